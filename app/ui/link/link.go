package link

import (
	"net/url"
	"strconv"
	"strings"
)

// Base is the path the site is served under, always with a trailing
// slash: "/" or "/explorer/", percent-encoded ("/my%20site/",
// build/basepath). The build hands it to the Shell; in the browser it comes
// from go-app's root prefix. Its methods make every internal link, since
// go-app only prefixes /web/ resources by itself.
type Base string

// NewBase cleans b ("sub", "/sub", "/sub/") into a Base ("/sub/").
func NewBase(b string) Base {
	b = "/" + strings.Trim(b, "/") + "/"
	if b == "//" {
		b = "/"
	}
	return Base(b)
}

// Path makes an internal link: the site-relative path p ("articles/x",
// "search?q=y") under the base path.
func (b Base) Path(p string) string {
	if b == "" {
		b = "/"
	}
	return string(b) + strings.TrimPrefix(p, "/")
}

// ArticlePath links to the reading view of article id.
func (b Base) ArticlePath(id string) string { return b.Path("articles/" + escapeID(id)) }

// SearchPath links to the results of query q.
func (b Base) SearchPath(q string) string {
	if q == "" {
		return b.Path("search")
	}
	return b.Path("search?q=" + url.QueryEscape(q))
}

// ComparePath links to the compare view of two articles.
func (b Base) ComparePath(left, right string) string {
	v := url.Values{}
	if left != "" {
		v.Set("left", left)
	}
	if right != "" {
		v.Set("right", right)
	}
	return b.Path("compare?" + v.Encode())
}

// DiffPath links to the compare view's differences mode of two
// versions of a story (mode=diff).
func (b Base) DiffPath(left, right string) string {
	return b.ComparePath(left, right) + "&mode=diff"
}

// EntityPath links to one entity on the entities page.
func (b Base) EntityPath(id string) string { return b.Path("entities?e=" + url.QueryEscape(id)) }

// escapeID escapes each segment of an article id, keeping "/".
func escapeID(id string) string {
	parts := strings.Split(id, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

// Route returns the site-relative path of u ("/articles/x"), without the
// base path, unescaped. The base is percent-encoded ("/my%20site/") and
// u.Path is not, so they are compared unescaped.
func (b Base) Route(u *url.URL) string {
	p := u.Path
	plain, err := url.PathUnescape(string(b))
	if err != nil {
		plain = string(b)
	}
	if strings.HasPrefix(p, plain) {
		p = "/" + strings.TrimPrefix(p, plain)
	}
	return p
}

// StoryPath is the group view of story id: all its versions.
func (b Base) StoryPath(id string) string { return b.Path("stories/" + escapeID(id)) }

// StoryID extracts the story id from a group-view URL.
func (b Base) StoryID(u *url.URL) string {
	p := b.Route(u)
	p = strings.TrimPrefix(p, "/stories/")
	p = strings.TrimSuffix(p, ".html")
	return strings.Trim(p, "/")
}

// ArticleID extracts the article id from a reading-view URL.
func (b Base) ArticleID(u *url.URL) string {
	p := b.Route(u)
	p = strings.TrimPrefix(p, "/articles/")
	p = strings.TrimSuffix(p, ".html")
	return strings.Trim(p, "/")
}

// HomePagePath links to page n of the home page's list (1 is the home
// page itself), with the filters of query (already encoded, "" for none).
// Further pages are paths, page/2, page/3…, so that the build can
// prerender them: a static host cannot serve a file per query string.
func (b Base) HomePagePath(n int, query string) string { return b.listPath("", "page/", n, query) }

// EntitiesPagePath links to page n of the entities page's list, the same
// way: entities, entities-page/2… (not entities/page/2: GitHub Pages
// answers a path that is also a folder with a redirection to the folder,
// and entities.html would be out of reach).
func (b Base) EntitiesPagePath(n int, query string) string {
	if n > 1 {
		return b.listPath("", "entities-page/", n, query)
	}
	return b.listPath("entities", "", 1, query)
}

// listPath is page n of a list: first, the path of its first page, or
// pages+n, the path of a further one.
func (b Base) listPath(first, pages string, n int, query string) string {
	p := first
	if n > 1 {
		p = pages + strconv.Itoa(n)
	}
	if query != "" {
		p += "?" + query
	}
	return b.Path(p)
}

// HomePage is the page of the home list a URL shows: n for page/n, 1 for
// the home page and for any other URL.
func (b Base) HomePage(u *url.URL) int {
	if n, ok := listPage(b.Route(u), "/page/"); ok {
		return n
	}
	return 1
}

// EntitiesPage is the page of the entities list a URL shows: n for
// entities-page/n, else 1.
func (b Base) EntitiesPage(u *url.URL) int {
	if n, ok := listPage(b.Route(u), "/entities-page/"); ok {
		return n
	}
	return 1
}

// listPage reads route prefix+"n" (or +"n.html", the file a static host
// serves it from): n, and whether route is one.
func listPage(route, prefix string) (int, bool) {
	rest, ok := strings.CutPrefix(route, prefix)
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSuffix(rest, "/"), ".html"))
	if err != nil || n < 1 {
		return 0, false
	}
	return n, true
}

// View names the view of a URL: home, search, compare, entities, local,
// article, story or notfound.
func (b Base) View(u *url.URL) string {
	path := b.Route(u)
	if _, ok := listPage(path, "/page/"); ok {
		return "home"
	}
	if _, ok := listPage(path, "/entities-page/"); ok {
		return "entities"
	}
	switch {
	case path == "/" || path == "/index.html":
		return "home"
	case path == "/search":
		return "search"
	case path == "/compare":
		return "compare"
	case path == "/entities":
		return "entities"
	case path == "/local":
		return "local"
	case len(path) > len("/articles/") && path[:len("/articles/")] == "/articles/":
		return "article"
	case len(path) > len("/stories/") && path[:len("/stories/")] == "/stories/":
		return "story"
	}
	return "notfound"
}

// QueryEscape escapes a query for a URL's query string.
func QueryEscape(q string) string { return url.QueryEscape(q) }
