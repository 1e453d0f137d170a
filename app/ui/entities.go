package ui

import (
	"net/url"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// entityTypes is the order types are listed in.
var entityTypes = []string{"PER", "ORG", "LOC", "DATE", "EVENT", "MISC"}

const (
	// rowArticles is how many article links a row of the list shows.
	rowArticles = 5
	// detailArticles is how many articles of the selected entity show
	// their passages (each one loads a text chunk).
	detailArticles = 20
	// detailCooccurring is how many entities "found with" lists.
	detailCooccurring = 12
)

// EntitiesPage is the index of entities, entities?type=&q=&e=: every
// entity with its type, mention count and articles, filtered by type and
// by a forgiving text match; e= opens one entity with its passages and the
// entities found most often in the same articles. The URL holds the whole
// state, so a view can be shared, and so does its path: the list comes in
// pages of Env.PageSize rows, entities-page/2 the second, each
// prerendered by the build for the default state (every type, no text).
type EntitiesPage struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env         Env
	catalog     *site.Catalog
	err         error
	typ         string // type filter, "" for every type
	query       string // text filter
	filterField typedField
	selected    string // id of the opened entity, or ""
	page        int    // the page of the list shown, from 1
	detail      *entityDetail

	// The entities matching query in catalog, kept while both stay: a
	// render (a card opened, a type chosen) does not match them again.
	matched      []int
	matchedQuery string
	matchedFrom  *site.Catalog

	// titles maps article ids to titles for the rows' links, made once
	// per catalog: at 100,000 articles, making it on every render was
	// most of the render.
	titles     map[string]string
	titlesFrom *site.Catalog
}

// matches returns the indexes of the entities matching the text filter,
// best first (site.MatchEntities), matching again only when the filter or
// the catalog changed.
func (p *EntitiesPage) matches() []int {
	if p.matchedFrom != p.catalog || p.matchedQuery != p.query || p.matched == nil {
		p.matched = site.MatchEntities(p.catalog.Entities, p.query)
		p.matchedQuery, p.matchedFrom = p.query, p.catalog
	}
	return p.matched
}

func (p *EntitiesPage) OnPreRender(ctx app.Context) {
	env := p.Env
	ctx.Page().SetTitle(env.T("entities.title") + " — " + env.T("brand"))
	p.readURL(ctx.Page().URL())
	p.catalog, p.err = env.Data.Catalog()
}

func (p *EntitiesPage) OnMount(ctx app.Context) { p.load(ctx) }
func (p *EntitiesPage) OnNav(ctx app.Context)   { p.load(ctx) }

func (p *EntitiesPage) readURL(u *url.URL) {
	q := u.Query()
	p.typ, p.query, p.selected = q.Get("type"), q.Get("q"), q.Get("e")
	p.page = p.Env.EntitiesPage(u)
}

func (p *EntitiesPage) load(ctx app.Context) {
	env := p.Env
	p.readURL(ctx.Page().URL())
	p.setTitle(ctx)
	id := p.selected
	if id == "" {
		p.detail = nil
	} else if p.detail == nil || p.detail.entity == nil || p.detail.entity.ID != id {
		p.detail = &entityDetail{loading: true}
	}
	ctx.Async(func() {
		c, err := env.Data.Catalog()
		d := loadDetail(env, c, id)
		ctx.Dispatch(func(ctx app.Context) {
			p.catalog, p.err = c, err
			if id != p.selected {
				return
			}
			p.detail = d
			p.setTitle(ctx)
			if d != nil {
				ctx.Defer(func(ctx app.Context) { showDetail() })
			}
		})
	})
}

// detailView shows the opened entity, if any.
func (p *EntitiesPage) detailView() app.UI {
	if p.selected == "" || p.detail == nil {
		return nil
	}
	return &EntityDetail{Env: p.Env, Selected: p.selected, Detail: p.detail, Type: p.typ, Query: p.query}
}

func (p *EntitiesPage) setTitle(ctx app.Context) {
	env := p.Env
	title := env.T("entities.title") + " — " + env.T("brand")
	if p.detail != nil && p.detail.entity != nil {
		title = p.detail.entity.Name + " — " + title
	}
	ctx.Page().SetTitle(title)
}

// onFilter follows the text filter as the reader types, keeping the URL
// in step without a navigation.
func (p *EntitiesPage) onFilter(ctx app.Context, e app.Event) {
	env := p.Env
	p.query, p.page = ctx.JSSrc().Get("value").String(), 1
	app.Window().Get("history").Call("replaceState", nil, "", entitiesPath(env, p.typ, p.query, p.selected))
}

// onSubmit keeps the page in place when the reader presses Enter in the
// filter: the list already follows the box.
func (p *EntitiesPage) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
}

// entitiesPath links to the entities page with a type filter, a text
// filter and an opened entity, each optional.
func entitiesPath(env Env, typ, q, e string) string {
	return env.EntitiesPagePath(1, entitiesQuery(typ, q, e))
}

// entitiesQuery is the entities page's query string for a type filter, a
// text filter and an opened entity, each optional.
func entitiesQuery(typ, q, e string) string {
	v := url.Values{}
	if typ != "" {
		v.Set("type", typ)
	}
	if q != "" {
		v.Set("q", q)
	}
	if e != "" {
		v.Set("e", e)
	}
	return v.Encode()
}

func (p *EntitiesPage) Render() app.UI {
	env := p.Env
	switch {
	case p.err != nil:
		return failure(env, p.err)
	case p.catalog == nil:
		return pageLoading(env)
	}
	matches := p.matches()
	shown := matches[:0:0]
	perType := map[string]int{}
	for _, m := range matches {
		perType[p.catalog.Entities[m].Type]++
		if p.typ == "" || p.catalog.Entities[m].Type == p.typ {
			shown = append(shown, m)
		}
	}
	switch {
	case p.query == "" && p.typ == "":
		// Every entity: the order of the prerendered pages, made once.
		c := p.catalog
		shown = env.Data.Derived(c, "entities by type", func() any { return byTypeOrder(c.Entities, shown) }).([]int)
	case p.query == "":
		shown = byTypeOrder(p.catalog.Entities, shown)
	}
	from, to, pages := pageBounds(len(shown), env.pageSize(), p.page)
	q := entitiesQuery(p.typ, p.query, p.selected)
	pager := pagerNav(env, p.page, pages, func(n int) string { return env.EntitiesPagePath(n, q) })
	return app.Section().Class("entities").Body(
		app.H1().Text(env.T("entities.title")),
		p.detailView(),
		p.renderFilters(len(matches), perType),
		app.P().Class("count").ID("entities-status").Aria("live", "polite").Text(countText(env, len(shown))),
		app.If(len(shown) > 0 && from == to, pastTheEnd(env, p.page, entitiesPath(env, p.typ, p.query, p.selected))),
		p.renderList(shown[from:to], perType),
		pager,
	)
}

// byTypeOrder orders the entities shown by type (entityTypes' order), in
// the catalog's order within a type: the order the list groups them in,
// which its pages cut.
func byTypeOrder(ents []site.Entity, shown []int) []int {
	rank := map[string]int{}
	for i, t := range entityTypes {
		rank[t] = i
	}
	out := append([]int(nil), shown...)
	sort.SliceStable(out, func(i, j int) bool {
		ri, ok := rank[ents[out[i]].Type]
		if !ok {
			ri = len(entityTypes)
		}
		rj, ok := rank[ents[out[j]].Type]
		if !ok {
			rj = len(entityTypes)
		}
		return ri < rj
	})
	return out
}

func countText(env Env, n int) string {
	if n == 1 {
		return env.T("entities.count.one")
	}
	return env.Tf("entities.count", n)
}

// renderFilters is the text box and one link per type, with how many
// entities of that type match the text. Without JavaScript the form is a
// plain GET to the same page.
func (p *EntitiesPage) renderFilters(total int, perType map[string]int) app.UI {
	env := p.Env
	chip := func(typ, label string, n int) app.UI {
		a := app.A().Class("type-filter").DataSet("type-filter", typ).
			Href(entitiesPath(env, typ, p.query, p.selected)).
			Body(app.Text(label+" "), app.Span().Class("type-filter-count").Text("("+itoa(n)+")"))
		if typ != "" {
			a = a.Class("ent-" + typ)
		}
		if typ == p.typ {
			a = a.Aria("current", "true")
		}
		return app.Li().Body(a)
	}
	var chips []app.UI
	chips = append(chips, chip("", env.T("entities.all"), total))
	for _, typ := range entityTypes {
		if perType[typ] > 0 || typ == p.typ {
			chips = append(chips, chip(typ, env.T("types."+typ), perType[typ]))
		}
	}
	return app.Div().Class("entity-filters").Body(
		app.Form().Class("entity-search").Action(env.Path("entities")).Method("get").Attr("role", "search").
			OnSubmit(p.onSubmit).Body(
			app.Label().For("entity-q").Text(env.T("entities.filter")),
			app.Input().Type("text").ID("entity-q").Name("q").Value(p.filterField.value("entity-q", p.query)).
				Placeholder(env.T("entities.filter.ph")).AutoComplete(false).Attr("spellcheck", "false").
				OnInput(p.onFilter),
			app.If(p.typ != "", app.Input().Type("hidden").Name("type").Value(p.typ)),
		),
		app.Nav().Aria("label", env.T("entities.bytype")).Body(
			app.Ul().Class("type-filters").Body(chips...),
		),
	)
}

// renderList shows the matching entities of one page: grouped by type in
// the order of the catalog, each group headed with the number of its
// type in the whole list (perType), or, while a text filter is set, in
// order of relevance.
func (p *EntitiesPage) renderList(shown []int, perType map[string]int) app.UI {
	env := p.Env
	ents := p.catalog.Entities
	if p.titlesFrom != p.catalog {
		c := p.catalog
		p.titles = env.Data.Derived(c, "article titles by id", func() any {
			titles := make(map[string]string, len(c.Articles))
			for _, a := range c.Articles {
				titles[a.ID] = a.Title
			}
			return titles
		}).(map[string]string)
		p.titlesFrom = c
	}
	titles := p.titles
	row := func(i int) app.UI { return p.row(&ents[i], titles) }
	if p.query != "" {
		return app.Ul().Class("entity-list").Body(
			app.Range(shown).Slice(func(j int) app.UI { return row(shown[j]) }),
		)
	}
	byType := map[string][]int{}
	for _, i := range shown {
		byType[ents[i].Type] = append(byType[ents[i].Type], i)
	}
	var groups []app.UI
	for _, typ := range entityTypes {
		list := byType[typ]
		if len(list) == 0 {
			continue
		}
		groups = append(groups, app.Section().Class("entity-group").DataSet("group", typ).Body(
			app.H2().Text(env.T("types."+typ)+" ("+itoa(perType[typ])+")"),
			app.Ul().Class("entity-list").Body(
				app.Range(list).Slice(func(j int) app.UI { return row(list[j]) }),
			),
		))
	}
	return app.Div().Body(groups...)
}

func (p *EntitiesPage) row(e *site.Entity, titles map[string]string) app.UI {
	env := p.Env
	arts := e.Articles
	more := 0
	if len(arts) > rowArticles {
		arts, more = arts[:rowArticles], len(arts)-rowArticles
	}
	return app.Li().ID(e.ID).DataSet("entity-row", e.ID).DataSet("entity", e.Type).Body(
		// The swatch before the name is the stylesheet's, from the row's
		// type: the entities list has a thousand prerendered pages at
		// 100,000 articles, and an element for it was 6 MB of them.
		app.A().Class("ent ent-name").Href(env.EntitiesPagePath(p.page, entitiesQuery(p.typ, p.query, e.ID))).Text(e.Name),
		app.Span().Class("entity-type").Text(" "+env.T("type."+e.Type)),
		app.Span().Class("entity-count").Text(" · "+mentionsText(env, e.Mentions)),
		app.If(len(e.Aliases) > 0, app.Span().Class("entity-aliases").Text(" · "+strings.Join(e.Aliases, ", "))),
		app.Ul().Class("entity-articles").Body(
			app.Range(arts).Slice(func(j int) app.UI {
				id := arts[j]
				return app.Li().Body(app.A().Href(env.ArticlePath(id)).Text(titles[id]))
			}),
			app.If(more > 0, app.Li().Class("more").Body(
				app.A().Href(entitiesPath(env, p.typ, p.query, e.ID)).Text(env.Tf("entities.more", more)),
			)),
		),
	)
}

func mentionsText(env Env, n int) string {
	if n == 1 {
		return env.T("entities.mentions.one")
	}
	return env.Tf("entities.mentions", n)
}
