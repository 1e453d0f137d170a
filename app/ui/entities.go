package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// entityTypes is the order types are listed in.
var entityTypes = []string{"PER", "ORG", "LOC", "DATE", "EVENT", "MISC"}

// EntitiesPage lists every entity of the corpus with its type, mention
// count and articles.
type EntitiesPage struct {
	app.Compo
	catalog *site.Catalog
	err     error
}

func (p *EntitiesPage) OnPreRender(ctx app.Context) {
	ctx.Page().SetTitle(t("entities.title") + " — " + t("brand"))
	p.catalog, p.err = store.Catalog()
}

func (p *EntitiesPage) OnMount(ctx app.Context) { p.load(ctx) }
func (p *EntitiesPage) OnNav(ctx app.Context)   { p.load(ctx) }

func (p *EntitiesPage) load(ctx app.Context) {
	ctx.Page().SetTitle(t("entities.title") + " — " + t("brand"))
	ctx.Async(func() {
		c, err := store.Catalog()
		ctx.Dispatch(func(ctx app.Context) { p.catalog, p.err = c, err })
	})
}

func (p *EntitiesPage) Render() app.UI {
	switch {
	case p.err != nil:
		return failure(p.err)
	case p.catalog == nil:
		return loading()
	}
	titles := map[string]string{}
	for _, a := range p.catalog.Articles {
		titles[a.ID] = a.Title
	}
	byType := map[string][]site.Entity{}
	for _, e := range p.catalog.Entities {
		byType[e.Type] = append(byType[e.Type], e)
	}
	var groups []app.UI
	for _, typ := range entityTypes {
		ents := byType[typ]
		if len(ents) == 0 {
			continue
		}
		groups = append(groups, app.Section().Class("entity-group").Body(
			app.H2().Text(t("type."+typ)+" ("+itoa(len(ents))+")"),
			app.Ul().Class("entity-list").Body(
				app.Range(ents).Slice(func(i int) app.UI {
					e := ents[i]
					return app.Li().ID(e.ID).DataSet("entity-row", e.ID).DataSet("entity", e.Type).Body(
						app.Span().Class("ent ent-"+e.Type).Text(e.Name),
						app.Span().Class("entity-type").Text(" "+t("type."+e.Type)),
						app.Span().Class("entity-count").Text(" · "+itoa(e.Mentions)+" mentions"),
						app.Ul().Class("entity-articles").Body(
							app.Range(e.Articles).Slice(func(j int) app.UI {
								id := e.Articles[j]
								return app.Li().Body(app.A().Href(ArticlePath(id)).Text(titles[id]))
							}),
						),
					)
				}),
			),
		))
	}
	return app.Section().Class("entities").Body(
		app.H1().Text(t("entities.title")),
		app.P().Class("count").Text(itoa(len(p.catalog.Entities))+" entités"),
		app.Div().Body(groups...),
	)
}
