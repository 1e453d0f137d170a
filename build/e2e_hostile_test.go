package main

// Build-level and end-to-end tests of corpora and settings a careless or
// hostile user gives (issue 19): file names of 255 bytes, article text
// naming hosts, articles named index, a site built inside its corpus, a
// server that redirects, and base paths that need percent-encoding.

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"lecteur/build/basepath"
	"lecteur/build/pages"
)

// writeArticle writes a readable article titled title at the slash path
// name under dir.
func writeArticle(t *testing.T, dir, name, title, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	body := title + "\n\nLe gouvernement a présenté mercredi un plan de lutte contre la fraude en ligne, qui prévoit un filtre contre les sites malveillants. " + text + "\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// seedWasm is the app.wasm of the shared built site, so that a test's own
// build does not compile it again.
func seedWasm(t *testing.T) string {
	t.Helper()
	builtSite(t)
	return filepath.Join(siteDir, "site", "web", "app.wasm")
}

// TestBuildHostileCorpus builds the seed corpus into a site inside the
// corpus folder, then adds what broke the build in issue 19: a 255-byte
// file name (#5), article text naming 127.0.0.1 and example.com (#7) and
// articles named index (#8). The second build must succeed, read the
// articles and not the first site's pages (#10), and say it skipped them.
func TestBuildHostileCorpus(t *testing.T) {
	wasm := seedWasm(t)
	corpusDir := filepath.Join(t.TempDir(), "articles")
	if err := os.Mkdir(corpusDir, 0o755); err != nil {
		t.Fatal(err)
	}
	copyCorpus(t, corpusDir, "", "", "")
	out := filepath.Join(corpusDir, "_site")
	r, err := buildSite(options{corpus: corpusDir, out: out, base: e2eBase, wasm: wasm})
	if err != nil {
		t.Fatalf("first build: %v", err)
	}
	if r.articles != 4 {
		t.Errorf("first build: %d articles, want 4", r.articles)
	}

	stem := strings.Repeat("Le gouvernement annonce un plan contre la fraude en ligne ", 5)[:251]
	writeArticle(t, corpusDir, stem+".txt", "Un article au nom de 255 octets", "Son nom est le plus long permis.")
	writeArticle(t, corpusDir, "hotes.txt", "Un serveur local répond aux requêtes", "Le serveur écoute sur 127.0.0.1 et le site de démonstration est example.com, selon la documentation.")
	writeArticle(t, corpusDir, "index.txt", "Un article nommé index", "Son fichier s'appelle index.txt.")
	writeArticle(t, corpusDir, "sub/index.md", "Un autre article nommé index", "Son fichier s'appelle sub/index.md.")
	var log bytes.Buffer
	r, err = buildSite(options{corpus: corpusDir, out: out, base: e2eBase, wasm: wasm, log: &log})
	if err != nil {
		t.Fatalf("second build: %v", err)
	}
	if r.articles != 8 {
		t.Errorf("second build: %d articles, want 8 (4 seeds, 4 new)", r.articles)
	}
	if want := "skipped _site/: a site a Lecteur build wrote (it holds .lecteur-site), not articles: not read\n"; !strings.Contains(log.String(), want) {
		t.Errorf("build output does not say the site inside the corpus was skipped:\n%s", log.String())
	}

	// The long name's id, written by hand: its first 111 characters made
	// URL-safe, and 8 hex digits of the name's SHA-1.
	sum := sha1.Sum([]byte(stem))
	longID := "le-gouvernement-annonce-un-plan-contre-la-fraude-en-ligne-le-gouvernement-annonce-un-plan-contre-la-fraude-en-l-" + hex.EncodeToString(sum[:4])
	site := readTree(t, out)
	tests := []struct {
		id, title, text string
	}{
		{longID, "Un article au nom de 255 octets", "Son nom est le plus long permis."},
		{"hotes", "Un serveur local répond aux requêtes", "Le serveur écoute sur 127.0.0.1 et le site de démonstration est example.com"},
		{"index-txt", "Un article nommé index", "Son fichier s'appelle index.txt."},
		{"sub/index-md", "Un autre article nommé index", "Son fichier s'appelle sub/index.md."},
	}
	home := string(site["index.html"])
	for _, tt := range tests {
		page := string(site["articles/"+tt.id+".html"])
		if !strings.Contains(page, tt.title) || !strings.Contains(page, tt.text) {
			t.Errorf("articles/%s.html lacks its title %q or text %q", tt.id, tt.title, tt.text)
		}
		if !strings.Contains(home, attrHTML("data-article-id", tt.id)) || !strings.Contains(home, attrHTML("href", e2eBase+"articles/"+tt.id)) {
			t.Errorf("home page does not list %s", tt.id)
		}
	}
	for name := range site {
		if strings.HasPrefix(name, "articles/_site") {
			t.Errorf("the site holds %s, a page of the first site read as an article", name)
		}
	}
}

// TestIndexArticleWithServiceWorker reproduces issue 19 #8: articles named
// index (at the top and in a folder) open once the service worker controls
// the page, online and offline.
func TestIndexArticleWithServiceWorker(t *testing.T) {
	wasm := seedWasm(t)
	corpusDir := t.TempDir()
	copyCorpus(t, corpusDir, "", "", "")
	writeArticle(t, corpusDir, "index.txt", "Un article nommé index", "Son fichier s'appelle index.txt.")
	writeArticle(t, corpusDir, "sub/index.md", "Un autre article nommé index", "Son fichier s'appelle sub/index.md.")
	out := filepath.Join(t.TempDir(), "site")
	if _, err := buildSite(options{corpus: corpusDir, out: out, base: e2eBase, wasm: wasm}); err != nil {
		t.Fatalf("build: %v", err)
	}
	titles := map[string]string{"index-txt": "Un article nommé index", "sub/index-md": "Un autre article nommé index"}

	srv := serveSwitchable(t, out)
	b := newBrowser(t, true)
	b.run(t, chromedp.Navigate(page("/")), waitApp(), waitWorker())
	open := func(when string) {
		t.Helper()
		for id, title := range titles {
			var h1 string
			b.run(t,
				chromedp.Navigate(page("articles/"+id)),
				waitApp(),
				waitFor(`document.querySelector("article.reading h1") !== null`, 20*time.Second),
				chromedp.Text(`article.reading h1`, &h1),
			)
			if h1 != title {
				t.Errorf("%s, articles/%s: h1 %q, want %q", when, id, h1, title)
			}
		}
	}
	open("with the service worker")
	b.run(t, goOffline(srv))
	open("offline")
}

// TestWorkerNeverCachesRedirect reproduces the other half of issue 19 #8:
// a host that redirects a page the service worker precaches. The worker
// must not cache the redirected response (a navigation answered with one
// fails with net::ERR_FAILED) and the page must open.
func TestWorkerNeverCachesRedirect(t *testing.T) {
	builtSite(t)
	seed := filepath.Join(siteDir, "site")
	srv := serveSwitchable(t, seed)
	site := pages.Handler(seed, e2eBase)
	srv.serveHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == e2eBase+"entities" && r.URL.RawQuery == "" {
			http.Redirect(w, r, e2eBase+"entities?via=redirect", http.StatusMovedPermanently)
			return
		}
		site.ServeHTTP(w, r)
	}))
	b := newBrowser(t, true)
	var redirected []string
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		waitWorker(),
		chromedp.Evaluate(`(async () => {
			const found = [];
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const req of await cache.keys()) {
					if ((await cache.match(req)).redirected) found.push(req.url);
				}
			}
			return found;
		})()`, &redirected, awaitPromise),
	)
	if len(redirected) > 0 {
		t.Errorf("the service worker cached redirected responses for %q", redirected)
	}
	var rows int
	b.run(t,
		chromedp.Navigate(page("entities")),
		waitApp(),
		waitFor(`document.querySelectorAll("[data-entity-row]").length > 0`, 20*time.Second),
		chromedp.Evaluate(`document.querySelectorAll("[data-entity-row]").length`, &rows),
	)
	if rows == 0 {
		t.Errorf("the entities page shows no entity")
	}
}

// TestUnusualBaseOffline reproduces issue 19 #9: a base with a space and
// one with an accent. Links and resources name the base percent-encoded,
// styles load, the app routes, and after one visit the site works offline.
func TestUnusualBaseOffline(t *testing.T) {
	wasm := seedWasm(t)
	tests := []struct{ raw, base string }{
		{"/my site/", "/my%20site/"},
		{"/café/", "/caf%C3%A9/"},
	}
	for _, tt := range tests {
		t.Run(tt.base, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "site")
			if _, err := buildSite(options{corpus: "../testdata/corpus", out: out, base: tt.raw, wasm: wasm}); err != nil {
				t.Fatalf("build for %q: %v", tt.raw, err)
			}
			files := readTree(t, out)
			for name, want := range map[string]string{
				"index.html":    attrHTML("href", tt.base+"web/style.css"),
				"app-worker.js": `const base = "` + tt.base + `";`,
				"app.js":        `"GOAPP_ROOT_PREFIX":"` + strings.TrimSuffix(tt.base, "/") + `"`,
			} {
				if !strings.Contains(string(files[name]), want) {
					t.Errorf("%s lacks %s", name, want)
				}
			}

			srv := serveSwitchableAt(t, out, tt.base)
			at := func(p string) string { return siteURL + tt.base + p }
			b := newBrowser(t, true)
			var styled bool
			var listed int
			b.run(t,
				recordCSP(),
				chromedp.Navigate(at("")),
				waitApp(),
				waitWorker(),
				// The visit ends when the page says the site works
				// offline: until then the worker is still fetching the
				// "Add articles" reader (ingest.wasm, 12 MB) in the
				// background, and on a loaded machine going offline
				// before it is cached left every later page asking for it
				// again (a red -count=3 run of session 13).
				waitOfflineReady(),
				waitFor(`document.querySelectorAll("li[data-article-id]").length > 0`, 20*time.Second),
				chromedp.Evaluate(`[...document.styleSheets].some((s) => s.href && s.href.endsWith("/web/style.css") && s.cssRules.length > 0)`, &styled),
				chromedp.Evaluate(`document.querySelectorAll("li[data-article-id]").length`, &listed),
			)
			if !styled {
				t.Errorf("style.css did not load")
			}
			if listed != len(seedTitles) {
				t.Errorf("home lists %d articles, want %d", listed, len(seedTitles))
			}
			b.run(t, goOffline(srv))
			id := "002_fab8e3d9eb0b6293"
			var h1 string
			var results []string
			b.run(t,
				chromedp.Navigate(at("articles/"+id)),
				waitApp(),
				waitFor(`document.querySelector("article.reading h1") !== null`, 20*time.Second),
				chromedp.Text(`article.reading h1`, &h1),
				chromedp.Navigate(at("search?q=mnuchin")),
				waitApp(),
				waitFor(`document.querySelectorAll("[data-result]").length > 0`, 20*time.Second),
				chromedp.Evaluate(`[...document.querySelectorAll("[data-result]")].map((e) => e.dataset.articleId)`, &results),
			)
			if h1 != seedTitles[id] {
				t.Errorf("offline articles/%s: h1 %q, want %q", id, h1, seedTitles[id])
			}
			if len(results) == 0 || results[0] != "000_0e8d66ae8489baff" {
				t.Errorf("offline search mnuchin = %v, want 000_0e8d66ae8489baff first", results)
			}
			if v := cspViolations(b, t); len(v) > 0 {
				t.Errorf("CSP violations %q", v)
			}
			for _, p := range srv.missedPaths() {
				if p != basepath.Unescape(tt.base)+"app-worker.js" {
					t.Errorf("offline, the site asked the network for %s", p)
				}
			}
		})
	}
}
