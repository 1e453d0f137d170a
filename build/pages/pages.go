// Package pages serves a built site the way GitHub Pages does, so that
// `make run` and the end-to-end tests see what readers will: a project site
// under a sub-path, pretty URLs resolved to .html files, and the site's
// 404.html with status 404 for anything else.
package pages

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"

	"lecteur/build/basepath"
)

func init() {
	// Types GitHub Pages sends that Go's table may lack.
	mime.AddExtensionType(".wasm", "application/wasm")
	mime.AddExtensionType(".webmanifest", "application/manifest+json")
	mime.AddExtensionType(".js", "text/javascript; charset=utf-8")
	mime.AddExtensionType(".json", "application/json")
	mime.AddExtensionType(".bin", "application/octet-stream")
}

// Handler serves the folder dir at the URL path base ("/" or "/sub/",
// percent-encoded as build/basepath makes it: "/my%20site/"). A request
// for /base/p is answered with, in order: the file p, p/index.html,
// p.html, and otherwise dir/404.html with status 404.
func Handler(dir, base string) http.Handler {
	base = "/" + strings.Trim(base, "/") + "/"
	if base == "//" {
		base = "/"
	}
	// Requests' paths arrive decoded: compare them with the decoded base.
	plain := basepath.Unescape(base)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := r.URL.Path
		if p+"/" == plain {
			http.Redirect(w, r, base, http.StatusMovedPermanently)
			return
		}
		if !strings.HasPrefix(p, plain) {
			notFound(w, dir)
			return
		}
		rel := path.Clean("/" + strings.TrimPrefix(p, plain))
		for _, c := range candidates(rel) {
			f := filepath.Join(dir, filepath.FromSlash(c))
			if st, err := os.Stat(f); err == nil && !st.IsDir() {
				if strings.HasSuffix(c, "/index.html") && !strings.HasSuffix(p, "/") && rel != "/" {
					http.Redirect(w, r, r.URL.EscapedPath()+"/", http.StatusMovedPermanently)
					return
				}
				serveFile(w, r, f, http.StatusOK)
				return
			}
		}
		notFound(w, dir)
	})
}

// candidates lists the files that may answer the clean path rel.
func candidates(rel string) []string {
	if rel == "/" {
		return []string{"/index.html"}
	}
	return []string{rel, rel + "/index.html", rel + ".html"}
}

func notFound(w http.ResponseWriter, dir string) {
	f := filepath.Join(dir, "404.html")
	if _, err := os.Stat(f); err != nil {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	serveFile(w, nil, f, http.StatusNotFound)
}

func serveFile(w http.ResponseWriter, r *http.Request, f string, status int) {
	data, err := os.ReadFile(f)
	if err != nil {
		http.Error(w, "cannot read file", http.StatusInternalServerError)
		return
	}
	ct := mime.TypeByExtension(filepath.Ext(f))
	if ct == "" {
		ct = http.DetectContentType(data)
	}
	w.Header().Set("Content-Type", ct)
	// GitHub Pages lets browsers cache for ten minutes; the service worker
	// handles offline, so tests and local runs always revalidate.
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	if r == nil || r.Method != http.MethodHead {
		w.Write(data)
	}
}
