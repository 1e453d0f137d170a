package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Shell is the one root component of every route: the header with the
// search box, the view the URL asks for, and the footer. Because it stays
// mounted across navigations, the search box keeps its focus and caret
// while the reader types from any page into the results.
type Shell struct {
	app.Compo
	view  string // which view the URL shows: see viewOf
	query string // the search in the URL, shown in the box
}

func (s *Shell) OnPreRender(ctx app.Context) { s.nav(ctx.Page().URL()) }
func (s *Shell) OnMount(ctx app.Context)     { s.nav(ctx.Page().URL()) }
func (s *Shell) OnNav(ctx app.Context)       { s.nav(ctx.Page().URL()) }

func (s *Shell) nav(u *url.URL) {
	s.view = viewOf(route(u))
	if s.view == "search" {
		s.query = u.Query().Get("q")
	} else {
		s.query = ""
	}
}

// viewOf names the view of a site-relative path.
func viewOf(path string) string {
	switch {
	case path == "/" || path == "/index.html":
		return "home"
	case path == "/search":
		return "search"
	case path == "/compare":
		return "compare"
	case path == "/entities":
		return "entities"
	case len(path) > len("/articles/") && path[:len("/articles/")] == "/articles/":
		return "article"
	}
	return "notfound"
}

func (s *Shell) Render() app.UI {
	return app.Div().Class("page page-"+s.view).Body(
		app.A().Class("skip").Href("#main").Text(t("skip")),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href(Path("")).Body(
				app.Span().Class("brand-mark").Aria("hidden", "true").Text("L"),
				app.Text(t("brand")),
			),
			&SearchBox{Query: s.query},
			app.Nav().Class("sections").Aria("label", t("nav")).Body(
				app.A().Href(Path("")).Text(t("nav.articles")),
				app.A().Href(Path("entities")).Text(t("nav.entities")),
			),
			&Preferences{},
		),
		&UpdatePrompt{},
		app.Main().ID("main").Body(s.content()),
		app.Footer().Class("bottom").Body(
			app.P().Text(t("footer")),
		),
	)
}

func (s *Shell) content() app.UI {
	switch s.view {
	case "home":
		return &Home{}
	case "search":
		return &SearchPage{}
	case "compare":
		return &ComparePage{}
	case "entities":
		return &EntitiesPage{}
	case "article":
		return &ArticleView{}
	}
	return &NotFound{}
}
