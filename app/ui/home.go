package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
	"lecteur/app/ui/resultrows"
)

// Home is the overview of the corpus: the list of articles, sortable and
// filterable by source, language, entity and period; a timeline of
// publication where a bar filters the list; and the most frequent entities
// of each type. Its state is in its URL (see homeFilter), and so is the
// page of the list it shows: the home page is page 1, page/2 the next
// (link.Base.HomePagePath), each prerendered by the build for the default
// filter, so that the pages together list every article, JavaScript or
// not.
type Home struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env    Env
	ov     *overview
	filter homeFilter
	shown  []int  // catalog indexes of the articles listed, in order
	cards  []card // indexes in shown, the versions of a story folded into one card
	page   int    // the page of cards shown, from 1
	err    error
}

func (h *Home) OnPreRender(ctx app.Context) {
	env := h.Env
	ctx.Page().SetTitle(env.T("brand") + " — " + env.T("home.title"))
	c, err := env.Data.Catalog()
	h.show(c, err, filterOf(ctx.Page().URL().Query()), env.HomePage(ctx.Page().URL()))
}

func (h *Home) OnMount(ctx app.Context) { h.load(ctx) }
func (h *Home) OnNav(ctx app.Context)   { h.load(ctx) }

func (h *Home) load(ctx app.Context) {
	env := h.Env
	ctx.Page().SetTitle(env.T("brand") + " — " + env.T("home.title"))
	f, page := filterOf(ctx.Page().URL().Query()), env.HomePage(ctx.Page().URL())
	if env.Data.CatalogLoaded() {
		// Preloaded: show it in this update, without a loading line.
		c, err := env.Data.Catalog()
		h.show(c, err, f, page)
		return
	}
	ctx.Async(func() {
		c, err := env.Data.Catalog()
		ctx.Dispatch(func(ctx app.Context) { h.show(c, err, f, page) })
	})
}

// show lists the catalog's articles that f keeps, on page page.
func (h *Home) show(c *site.Catalog, err error, f homeFilter, page int) {
	h.err = err
	if err != nil || c == nil {
		return
	}
	if h.ov == nil || h.ov.cat != c {
		h.ov = h.Env.Data.Derived(c, "home overview", func() any { return newOverview(c) }).(*overview)
	}
	h.filter, h.page = f, page
	if f == filterOf(nil) {
		// The default list, which every prerendered page of the list
		// cuts: sorted and folded once.
		l := h.Env.Data.Derived(c, "home default list", func() any { return newHomeList(h.ov, f) }).(homeList)
		h.shown, h.cards = l.shown, l.cards
		return
	}
	l := newHomeList(h.ov, f)
	h.shown, h.cards = l.shown, l.cards
}

// homeList is the home list for a filter: the articles it keeps, in
// order, and its cards.
type homeList struct {
	shown []int
	cards []card
}

func newHomeList(ov *overview, f homeFilter) homeList {
	shown := ov.list(f)
	return homeList{shown: shown, cards: resultrows.FoldStories(storiesOf(ov.cat.Articles, shown), f.Versions == "all")}
}

// set navigates to the home page with the filter changed by change.
func (h *Home) set(ctx app.Context, change func(f *homeFilter)) {
	env := h.Env
	f := h.filter
	change(&f)
	ctx.Navigate(f.path(env))
}

func (h *Home) Render() app.UI {
	env := h.Env
	switch {
	case h.err != nil:
		return failure(env, h.err)
	case h.ov == nil:
		return pageLoading(env)
	}
	total := len(h.ov.cat.Articles)
	count := env.Tf("home.count", total)
	if h.filter.filtered() {
		count = env.Tf("home.shown", len(h.shown), total)
		if len(h.shown) == 1 {
			count = env.Tf("home.shown.one", total)
		}
	}
	from, to, pages := pageBounds(len(h.cards), env.pageSize(), h.page)
	shown := h.cards[from:to]
	arts := h.ov.cat.Articles
	return app.Div().Class("home").Body(
		app.H1().Text(env.T("home.title")),
		app.Div().Class("home-grid").Body(
			app.Section().Class("home-list").Aria("label", env.T("home.title")).Body(
				h.controls(),
				app.P().Class("count").ID("home-count").Aria("live", "polite").Text(count),
				app.P().Class("home-compare").Body(app.A().Href(env.Path("compare")).Text(env.T("home.compare"))),
				app.If(len(h.shown) == 0, app.P().Class("status").Text(env.T("home.none"))),
				app.If(len(h.shown) > 0 && from == to, pastTheEnd(env, h.page, h.filter.path(env))),
				app.Ol().Class("articles").Body(
					app.Range(shown).Slice(func(i int) app.UI {
						return storyCard(env, cardVersions(arts, h.shown, shown[i]))
					}),
				),
				h.pager(pages),
			),
			app.Aside().Class("home-side").Aria("label", env.T("home.overview")).Body(
				h.timeline(),
				h.topEntities(),
			),
		),
	)
}

// controls are the sort order and the filters, as menus that change the
// URL; an active entity filter shows as a chip that removes it.
func (h *Home) controls() app.UI {
	env := h.Env
	f := h.filter
	sortLabels := map[string]string{
		"date": env.T("home.sort.date"), "dateasc": env.T("home.sort.dateasc"),
		"title": env.T("home.sort.title"), "source": env.T("home.sort.source"),
	}
	sel := func(id, label, value string, values, labels []string, all bool, set func(f *homeFilter, v string)) app.UI {
		opts := make([]app.UI, 0, len(values)+1)
		if all {
			opts = append(opts, app.Option().Value("").Selected(value == "").Text(env.T("home.all")))
		}
		for i, v := range values {
			opts = append(opts, app.Option().Value(v).Selected(v == value).Text(labels[i]))
		}
		return app.Div().Class("control").Body(
			app.Label().For(id).Text(label),
			app.Select().ID(id).DataSet("filter", id).Body(opts...).OnChange(func(ctx app.Context, e app.Event) {
				v := ctx.JSSrc().Get("value").String()
				h.set(ctx, func(f *homeFilter) { set(f, v) })
			}),
		)
	}
	sortNames := make([]string, len(sortOrders))
	for i, s := range sortOrders {
		sortNames[i] = sortLabels[s]
	}
	langNames := make([]string, len(h.ov.langs))
	for i, l := range h.ov.langs {
		langNames[i] = langName(env, l)
	}
	periods, periodNames := []string{}, []string{}
	for _, b := range h.ov.buckets {
		if b.N > 0 {
			periods = append(periods, b.Key)
			periodNames = append(periodNames, periodName(env, b.Key, true)+" ("+itoa(b.N)+")")
		}
	}
	periods = append(periods, noDate)
	periodNames = append(periodNames, env.T("home.nodate"))

	var entity app.UI
	if e := h.ov.entity[f.Entity]; e != nil {
		entity = app.Div().Class("control active-filter").Body(
			app.Span().Class("control-label").Text(env.T("home.entity")),
			app.Button().Type("button").Class("chip ent-"+e.Type).DataSet("entity", e.Type).
				Aria("label", env.Tf("home.entity.remove", e.Name)).
				OnClick(func(ctx app.Context, ev app.Event) { h.set(ctx, func(f *homeFilter) { f.Entity = "" }) }).
				Body(
					app.Span().Class("chip-type").Text(env.T("type."+e.Type)),
					app.Text(" "+e.Name+" "),
					app.Span().Aria("hidden", "true").Text("×"),
				),
		)
	}
	return app.Form().Class("controls").Aria("label", env.T("home.filters")).
		OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
		Body(
			sel("sort", env.T("home.sort"), f.Sort, sortOrders, sortNames, false, func(f *homeFilter, v string) { f.Sort = v }),
			app.If(len(h.ov.sources) > 1, sel("source", env.T("home.source"), f.Source, h.ov.sources, h.ov.sources, true, func(f *homeFilter, v string) { f.Source = v })),
			app.If(len(h.ov.langs) > 1, sel("lang", env.T("home.lang"), f.Lang, h.ov.langs, langNames, true, func(f *homeFilter, v string) { f.Lang = v })),
			sel("period", env.T("home.period"), f.Period, periods, periodNames, true, func(f *homeFilter, v string) { f.Period = v }),
			entity,
			h.versionsToggle(),
			app.If(f.filtered(), app.P().Class("control reset").Body(
				app.A().Href(homeFilter{Sort: f.Sort}.path(env)).Text(env.T("home.reset")),
			)),
		)
}

// langName names an article language in the interface language.
func langName(env Env, code string) string {
	if s, ok := env.Lang.Lookup("lang." + code); ok {
		return s
	}
	return code
}

// periodName names a timeline bucket: a month, a year or no date.
func periodName(env Env, key string, full bool) string {
	switch {
	case key == noDate:
		return env.T("home.nodate")
	case len(key) == 7:
		return env.Month(key, full)
	}
	return key
}

// topEntities lists the most frequent entities of each type; each filters
// the list.
func (h *Home) topEntities() app.UI {
	env := h.Env
	var groups []app.UI
	for _, typ := range entityTypes {
		ents := h.ov.top[typ]
		if len(ents) == 0 {
			continue
		}
		groups = append(groups, app.Div().Class("top-group").DataSet("top-type", typ).Body(
			app.H3().Text(env.T("type."+typ)),
			app.Ul().Class("top-list").Body(
				app.Range(ents).Slice(func(i int) app.UI {
					e := ents[i]
					f := h.filter
					f.Entity = e.ID
					a := app.A().Href(f.path(env)).Class("ent-link").DataSet("entity", e.Type).DataSet("entity-id", e.ID).Body(
						app.Span().Class("ent-name").Text(e.Name),
						app.Span().Class("ent-n").Text(articleCount(env, len(e.Articles))),
					)
					if h.filter.Entity == e.ID {
						a = a.Aria("current", "true")
					}
					return app.Li().Body(a)
				}),
			),
		))
	}
	if len(groups) == 0 {
		return nil
	}
	return app.Section().Class("top-entities").Aria("labelledby", "top-title").Body(
		app.H2().ID("top-title").Text(env.T("home.top")),
		app.Div().Body(groups...),
	)
}

// articleCount says "1 article" or "n articles".
func articleCount(env Env, n int) string {
	if n == 1 {
		return env.T("home.top.count.one")
	}
	return env.Tf("home.top.count", n)
}
