package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// SearchPage shows the results of search?q=.
type SearchPage struct {
	app.Compo
	query string
}

func (s *SearchPage) OnPreRender(ctx app.Context) {
	ctx.Page().SetTitle(t("search.title") + " — " + t("brand"))
	s.query = ctx.Page().URL().Query().Get("q")
}

func (s *SearchPage) OnMount(ctx app.Context) {
	ctx.Handle(queryAction, func(ctx app.Context, a app.Action) {
		q, _ := a.Value.(string)
		s.setQuery(ctx, q)
	})
}

func (s *SearchPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle(t("search.title") + " — " + t("brand"))
	s.query = ctx.Page().URL().Query().Get("q")
}

// setQuery keeps the query in the URL without adding a history entry per
// keystroke, then searches.
func (s *SearchPage) setQuery(ctx app.Context, q string) {
	s.query = q
	app.Window().Get("history").Call("replaceState", nil, "", SearchPath(q))
}

func (s *SearchPage) Render() app.UI {
	return page(s.query, app.Section().Class("search").Body(
		app.H1().Text(t("search.title")),
		app.P().Class("status").Aria("live", "polite").Text(t("search.empty")),
	))
}
