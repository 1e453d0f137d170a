package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// Home lists every article of the corpus with its title, date, source and
// lede.
type Home struct {
	app.Compo
	catalog *site.Catalog
	err     error
}

func (h *Home) OnPreRender(ctx app.Context) {
	h.catalog, h.err = store.Catalog()
	ctx.Page().SetTitle(t("brand") + " — " + t("home.title"))
}

func (h *Home) OnMount(ctx app.Context) { h.load(ctx) }
func (h *Home) OnNav(ctx app.Context)   { h.load(ctx) }

func (h *Home) load(ctx app.Context) {
	ctx.Page().SetTitle(t("brand") + " — " + t("home.title"))
	ctx.Async(func() {
		c, err := store.Catalog()
		ctx.Dispatch(func(ctx app.Context) { h.catalog, h.err = c, err })
	})
}

func (h *Home) Render() app.UI {
	switch {
	case h.err != nil:
		return failure(h.err)
	case h.catalog == nil:
		return loading()
	}
	arts := h.catalog.Articles
	return app.Section().Class("home").Body(
		app.H1().Text(t("home.title")),
		app.P().Class("count").Text(tf("home.count", len(arts))),
		app.Ol().Class("articles").Body(
			app.Range(arts).Slice(func(i int) app.UI {
				a := &arts[i]
				return app.Li().Class("card").DataSet("article-id", a.ID).Body(
					app.H2().Body(app.A().Href(ArticlePath(a.ID)).Text(a.Title)),
					metaLine(a),
					app.If(a.Lede != "", app.P().Class("lede").Text(a.Lede)),
				)
			}),
		),
	)
}
