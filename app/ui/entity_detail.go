package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// EntityDetail is the entities page's card of the opened entity: its
// mentions, the entities found most often with it and the passages of
// its first articles that name it.
type EntityDetail struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env
	// Selected is the id in the URL; Detail what was found of it.
	Selected string
	Detail   *entityDetail
	// Type and Query are the page's filters, kept by the card's links.
	Type, Query string
}

// entityDetail is what the page shows of the opened entity.
type entityDetail struct {
	entity   *site.Entity
	with     []site.Cooccurrence
	articles []articlePassages
	loading  bool
}

// articlePassages are the passages of one article that mention the opened
// entity.
type articlePassages struct {
	sum      *site.Summary
	passages []site.Passage
}

// link links to the entities page with the same filters, entity id
// opened ("" closes the card).
func (v *EntityDetail) link(id string) string { return entitiesPath(v.Env, v.Type, v.Query, id) }

func (v *EntityDetail) Render() app.UI {
	env := v.Env
	d := v.Detail
	back := app.P().Class("detail-close").Body(app.A().Href(v.link("")).Text(env.T("entities.close")))
	if d.loading {
		return app.Section().Class("entity-detail").ID("entity-detail").Body(loading(env))
	}
	if d.entity == nil {
		return app.Section().Class("entity-detail").ID("entity-detail").Body(
			app.P().Class("status").Text(env.Tf("entities.unknown", v.Selected)),
			back,
		)
	}
	e := d.entity
	return app.Section().Class("entity-detail").ID("entity-detail").DataSet("entity-detail", e.ID).Aria("labelledby", "entity-detail-name").Body(
		app.H2().ID("entity-detail-name").TabIndex(-1).Body(
			app.Span().Class("ent-swatch").DataSet("entity", e.Type).Aria("hidden", "true"),
			app.Text(e.Name),
		),
		app.P().Class("meta").Text(env.T("type."+e.Type)+" · "+mentionsText(env, e.Mentions)+" · "+articlesText(env, len(e.Articles))),
		app.If(len(e.Aliases) > 0, app.P().Class("meta").Text(env.T("entities.aliases")+" "+strings.Join(e.Aliases, ", "))),
		app.If(len(d.with) > 0, app.Section().Class("cooccurring").Body(
			app.H3().Text(env.T("entities.with")),
			app.Ol().Class("with-list").Body(
				app.Range(d.with).Slice(func(i int) app.UI {
					w := d.with[i].Entity
					return app.Li().DataSet("with", w.ID).Body(
						app.A().Class("chip ent-"+w.Type).Href(v.link(w.ID)).Body(
							app.Text(w.Name+" "),
							app.Span().Class("chip-type").Text(env.T("type."+w.Type)),
						),
						app.Span().Class("entity-count").Text(" "+sharedText(env, d.with[i].Shared)),
					)
				}),
			),
		)),
		app.Section().Class("passages").Body(
			app.H3().Text(env.T("entities.passages")),
			app.If(len(e.Articles) > len(d.articles), app.P().Class("meta").Text(env.Tf("entities.firstarticles", len(d.articles), len(e.Articles)))),
			app.Range(d.articles).Slice(func(i int) app.UI {
				ap := d.articles[i]
				return app.Article().Class("passage-article").DataSet("article-id", ap.sum.ID).Body(
					app.H4().Body(app.A().Href(env.ArticlePath(ap.sum.ID)).Text(ap.sum.Title)),
					metaLine(env, ap.sum),
					app.Range(ap.passages).Slice(func(j int) app.UI {
						ps := ap.passages[j]
						href := env.ArticlePath(ap.sum.ID)
						if ps.Para >= 0 {
							href += "#" + paraID(ps.Para)
						}
						return app.Blockquote().Class("passage").DataSet("passage", itoa(ps.Block)).Body(
							app.P().Body(marked(env, ps.Text, ps.Marks, nil)...),
							app.P().Class("passage-link").Body(app.A().Href(href).Text(env.T("entities.read"))),
						)
					}),
				)
			}),
		),
		back,
	)
}

// showDetail brings the opened entity into view, when the reader chose it
// lower in the list, and moves the focus to its name.
func showDetail() {
	h := app.Window().GetElementByID("entity-detail-name")
	if !h.Truthy() {
		return
	}
	if h.Call("getBoundingClientRect").Get("top").Float() < 0 {
		app.Window().GetElementByID("entity-detail").Call("scrollIntoView")
	}
	h.Call("focus", map[string]any{"preventScroll": true})
}

// loadDetail gathers what the page shows of entity id: the entities found
// with it and the passages of its first articles. It loads text chunks, so
// it runs in ctx.Async.
func loadDetail(env Env, c *site.Catalog, id string) *entityDetail {
	if c == nil || id == "" {
		return nil
	}
	d := &entityDetail{}
	for i := range c.Entities {
		if c.Entities[i].ID == id {
			d.entity = &c.Entities[i]
		}
	}
	if d.entity == nil {
		return d
	}
	d.with = site.Cooccurring(c.Entities, id, detailCooccurring)
	for i, a := range d.entity.Articles {
		if i == detailArticles {
			break
		}
		sum, _ := env.Data.Summary(a)
		text, _ := env.Data.Text(a)
		if sum == nil || text == nil {
			continue
		}
		d.articles = append(d.articles, articlePassages{sum: sum, passages: site.Passages(text, id)})
	}
	return d
}

func articlesText(env Env, n int) string {
	if n == 1 {
		return env.T("entities.articles.one")
	}
	return env.Tf("entities.articles", n)
}

func sharedText(env Env, n int) string {
	if n == 1 {
		return env.T("entities.shared.one")
	}
	return env.Tf("entities.shared", n)
}
