package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui/link"
)

// Prerendered is the view the build prerendered into the page the app
// started on. go-app replaces the prerendered page with the app's own
// render as soon as it starts, and a view's data arrives only after it
// mounts: without this, a cold deep link shows its article, then
// "Chargement…" for a moment, then the article again. While its data
// loads, a view shows the prerendered copy instead (pageLoading), as long
// as the reader is still on the very URL it was prerendered for.
type Prerendered struct {
	base  link.Base
	route string // the route it was prerendered for (no query)
	html  string // the outer HTML of the view's root element
}

// PrerenderedView reads the view out of the page before go-app replaces
// it: main's first element, if main says it was prerendered for the URL
// the page shows (the offline 404 page, or a page with a query, was
// prerendered for another one). nil when there is none.
func PrerenderedView(base link.Base) *Prerendered {
	doc := app.Window().Get("document")
	main := doc.Call("getElementById", "main")
	if !main.Truthy() {
		return nil
	}
	view := main.Get("firstElementChild")
	u := app.Window().URL()
	if !view.Truthy() || u.RawQuery != "" || main.Call("getAttribute", "data-path").String() != base.Route(u) {
		return nil
	}
	return &Prerendered{base: base, route: base.Route(u), html: busy(view.Get("outerHTML").String())}
}

// busy marks the root element of html aria-busy: assistive technologies
// wait for the view to be whole again, and tests can tell the copy from
// the view.
func busy(html string) string {
	i := strings.IndexAny(html, " >")
	if !strings.HasPrefix(html, "<") || i < 0 {
		return html
	}
	return html[:i] + ` aria-busy="true"` + html[i:]
}

// pageLoading is loading for a page's view: the prerendered copy of the
// view while the reader is on its URL, else the loading line.
func pageLoading(env Env) app.UI {
	if p := env.Prerendered; p != nil && app.IsClient {
		if u := app.Window().URL(); u.RawQuery == "" && p.base.Route(u) == p.route {
			return app.Raw(p.html)
		}
	}
	return loading(env)
}
