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
	navs  int    // navigations inside the app since it started, for Escape
	url   string // the URL shown

	unlisten func()
}

func (s *Shell) OnPreRender(ctx app.Context) { s.nav(ctx.Page().URL()) }

// OnMount listens to the keyboard shortcuts (keys.go) for the whole visit.
func (s *Shell) OnMount(ctx app.Context) {
	s.nav(ctx.Page().URL())
	s.unlisten = s.listenKeys(ctx)
}

func (s *Shell) OnDismount() {
	if s.unlisten != nil {
		s.unlisten()
	}
}

func (s *Shell) OnNav(ctx app.Context) {
	if u := ctx.Page().URL().String(); u != s.url {
		s.navs++ // not a language switch, which renders the same URL again
	}
	s.nav(ctx.Page().URL())
}

func (s *Shell) nav(u *url.URL) {
	s.url = u.String()
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
	case path == "/local":
		return "local"
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
			&SearchBox{Query: s.query, Lang: string(lang)},
			app.Nav().Class("sections").Aria("label", t("nav")).Body(
				s.navLink("", "home", t("nav.articles")),
				s.navLink("entities", "entities", t("nav.entities")),
				s.navLink("local", "local", t("nav.local")),
			),
			&Preferences{Lang: string(lang)},
		),
		&UpdatePrompt{},
		app.Main().ID("main").Body(s.content()),
		app.Footer().Class("bottom").Body(
			app.P().Text(t("footer")),
			app.If(app.IsClient, &OfflineStatus{}),
			app.If(app.IsClient, app.P().Body(
				app.Button().Type("button").Class("linklike").ID("keys-open").
					Aria("haspopup", "dialog").
					Text(t("keys.open")).
					OnClick(func(ctx app.Context, e app.Event) { openShortcuts() }),
			)),
		),
		shortcutsDialog(),
	)
}

// navLink is a link of the header's navigation, marked as the current page
// when its view is shown.
func (s *Shell) navLink(path, view, label string) app.UI {
	a := app.A().Href(Path(path)).Text(label)
	if s.view == view {
		a = a.Aria("current", "page")
	}
	return a
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
	case "local":
		return &LocalPage{}
	}
	return &NotFound{}
}
