package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// base is the path the site is served under, always with a trailing slash:
// "/" or "/explorer/", percent-encoded ("/my%20site/", build/basepath). The
// build sets it with SetBase; in the browser it comes from go-app's root
// prefix.
var base = "/"

// SetBase sets the path the site is served under ("/", "/sub/").
func SetBase(b string) {
	b = "/" + strings.Trim(b, "/") + "/"
	if b == "//" {
		b = "/"
	}
	base = b
}

// Base returns the path the site is served under, with a trailing slash.
func Base() string { return base }

// Path makes an internal link: the site-relative path p ("articles/x",
// "search?q=y") under the base path. Every internal href goes through it,
// since go-app only prefixes /web/ resources by itself.
func Path(p string) string {
	return base + strings.TrimPrefix(p, "/")
}

// ArticlePath links to the reading view of article id.
func ArticlePath(id string) string { return Path("articles/" + escapeID(id)) }

// SearchPath links to the results of query q.
func SearchPath(q string) string {
	if q == "" {
		return Path("search")
	}
	return Path("search?q=" + url.QueryEscape(q))
}

// ComparePath links to the compare view of two articles.
func ComparePath(left, right string) string {
	v := url.Values{}
	if left != "" {
		v.Set("left", left)
	}
	if right != "" {
		v.Set("right", right)
	}
	return Path("compare?" + v.Encode())
}

// EntityPath links to one entity on the entities page.
func EntityPath(id string) string { return Path("entities?e=" + url.QueryEscape(id)) }

// escapeID escapes each segment of an article id, keeping "/".
func escapeID(id string) string {
	parts := strings.Split(id, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

// route returns the site-relative path of u ("/articles/x"), without the
// base path, unescaped. The base is percent-encoded ("/my%20site/") and
// u.Path is not, so they are compared unescaped.
func route(u *url.URL) string {
	p := u.Path
	plain, err := url.PathUnescape(base)
	if err != nil {
		plain = base
	}
	if strings.HasPrefix(p, plain) {
		p = "/" + strings.TrimPrefix(p, plain)
	}
	return p
}

// articleID extracts the article id from a reading-view URL.
func articleID(u *url.URL) string {
	p := route(u)
	p = strings.TrimPrefix(p, "/articles/")
	p = strings.TrimSuffix(p, ".html")
	return strings.Trim(p, "/")
}

func init() {
	if app.IsClient {
		SetBase(app.Getenv("GOAPP_ROOT_PREFIX"))
	}
}

// queryEscape escapes a query for a URL's query string.
func queryEscape(q string) string { return url.QueryEscape(q) }
