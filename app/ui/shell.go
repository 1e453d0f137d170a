package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui/i18n"
)

// Shell is the one root component of every route: the header with the
// search box, the view the URL asks for, and the footer. Because it stays
// mounted across navigations, the search box keeps its focus and caret
// while the reader types from any page into the results.
type Shell struct {
	app.Compo
	// Env is the language, links and data main or the build hands to
	// Routes; the Shell is the root, so nothing overwrites it.
	Env Env

	env   Env    // Env as the reader changed it (language), passed to every view
	view  string // which view the URL shows: see viewOf
	query string // the search in the URL, shown in the box
	navs  int    // navigations inside the app since it started, for Escape
	url   string // the URL shown
	path  string // its route, without the base path

	unlisten func()
}

// OnInit starts from the Env it was given, with a line from the search
// box to the search page of its own, and, in the browser, on the view of
// the URL: go-app mounts the Shell's first render in place of the
// prerendered page, and OnMount runs only after that, a frame later.
// Without the view then, every cold start showed the not-found page for
// a frame (its title too), and a cold search dropped the early search's
// rows for that frame before its result list adopted them
// (TestEarlySearchBeforeApp, "the result list went empty").
func (s *Shell) OnInit() {
	s.env = s.Env
	if app.IsClient {
		s.nav(app.Window().URL())
	}
	if s.env.Typing == nil {
		s.env.Typing = &Typing{}
	}
}

func (s *Shell) OnPreRender(ctx app.Context) { s.nav(ctx.Page().URL()) }

// OnMount listens to the keyboard shortcuts (keys.go) for the whole visit.
func (s *Shell) OnMount(ctx app.Context) {
	s.nav(ctx.Page().URL())
	s.unlisten = s.listenKeys(ctx)
	ctx.Handle(actionLang, s.onLang)
}

// onLang switches the interface to the language the action carries: the
// Shell renders again with it, passing it to every view, then navigates to
// the same URL so that each view reloads its data (from the store, already
// in memory) and sets its title in the new language.
func (s *Shell) onLang(ctx app.Context, a app.Action) {
	l, _ := a.Value.(string)
	s.env.Lang = i18n.Of(l)
	ctx.Defer(func(ctx app.Context) {
		// After the render in the new language, not before: the page's
		// lang names the language its text is in (a screen reader reads
		// the text with it), and a test that waits for the lang finds
		// the text already switched (TestLanguageSwitchIsRemembered).
		applyLang(s.env.Lang)
		if d, ok := ctx.Dispatcher().(app.ClientDispatcher); ok {
			d.Nav(app.Window().URL())
		}
	})
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
	env := s.env
	s.url = u.String()
	s.path = env.Route(u)
	s.view = env.View(u)
	if s.view == "search" {
		s.query = u.Query().Get("q")
	} else {
		s.query = ""
	}
}

func (s *Shell) Render() app.UI {
	env := s.env
	return app.Div().Class("page page-"+s.view).Body(
		app.A().Class("skip").Href("#main").Text(env.T("skip")),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href(env.Path("")).Body(
				app.Span().Class("brand-mark").Aria("hidden", "true").Text("L"),
				app.Text(env.T("brand")),
			),
			&SearchBox{Env: env, Query: s.query},
			app.Nav().Class("sections").Aria("label", env.T("nav")).Body(
				s.navLink("", "home", env.T("nav.articles")),
				s.navLink("entities", "entities", env.T("nav.entities")),
				s.navLink("local", "local", env.T("nav.local")),
			),
			&Preferences{Env: env},
		),
		&UpdatePrompt{Env: env},
		// data-path says which page the build prerendered (PrerenderedView).
		app.Main().ID("main").DataSet("path", s.path).Body(s.content()),
		app.Footer().Class("bottom").Body(
			app.P().Text(env.T("footer")),
			app.If(app.IsClient, &OfflineStatus{Env: env}),
			app.If(app.IsClient, app.P().Body(
				app.Button().Type("button").Class("linklike").ID("keys-open").
					Aria("haspopup", "dialog").
					Text(env.T("keys.open")).
					OnClick(func(ctx app.Context, e app.Event) { openShortcuts() }),
			)),
		),
		shortcutsDialog(env),
	)
}

// navLink is a link of the header's navigation, marked as the current page
// when its view is shown.
func (s *Shell) navLink(path, view, label string) app.UI {
	env := s.env
	a := app.A().Href(env.Path(path)).Text(label)
	if s.view == view {
		a = a.Aria("current", "page")
	}
	return a
}

func (s *Shell) content() app.UI {
	env := s.env
	switch s.view {
	case "home":
		return &Home{Env: env}
	case "search":
		return &SearchPage{Env: env}
	case "compare":
		return &ComparePage{Env: env}
	case "entities":
		return &EntitiesPage{Env: env}
	case "article":
		return &ArticleView{Env: env}
	case "local":
		return &LocalPage{Env: env}
	case "story":
		return &StoryPage{Env: env}
	}
	return &NotFound{Env: env}
}
