package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/data"
	"lecteur/app/ui/link"
)

// maxResults is how many results a query shows.
const maxResults = 50

// passageRunes bounds a result's passage.
const passageRunes = 240

// SearchPage shows the results of search?q=, updated on every keystroke.
type SearchPage struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env      Env
	query    string
	index    *search.Index
	result   search.Result
	items    []resultItem
	err      error
	pending  bool       // texts of the top results are loading
	facet    facetState // the entity facet, and the entity of e=
	picked   []string   // ids ticked to compare, at most two, oldest first
	shown    int        // how many results are shown
	shownFor string     // the query shown was set for
	// asked holds the results whose texts were asked of the store: each is
	// asked once, so a text that does not come never makes run loop.
	asked map[string]bool
	// askedShards likewise holds the index shards asked of the env.Data.
	askedShards map[int]bool
	// loadingShards is set while index shards the query needs are loading.
	loadingShards bool
	// loadingCatalog is set while the catalog (for the facet) loads.
	loadingCatalog bool
	// stopTyping ends the search box's line to this page (env.Typing).
	stopTyping func()
}

// resultItem is one result as shown: the hit and what the reader sees of
// its article.
type resultItem struct {
	hit     search.Hit
	sum     *site.Summary
	passage string
	marks   []search.Range
	title   []search.Range
}

func (s *SearchPage) OnPreRender(ctx app.Context) {
	env := s.Env
	ctx.Page().SetTitle(env.T("search.title") + " — " + env.T("brand"))
}

func (s *SearchPage) OnMount(ctx app.Context) {
	env := s.Env
	s.load(ctx)
	s.stopTyping = env.Typing.Listen(func(q string) {
		app.Window().Get("history").Call("replaceState", nil, "", facetPath(env, q, s.facet.entity))
		s.query = q
		s.run(ctx)
		s.Update()
	})
}

func (s *SearchPage) OnDismount() {
	if s.stopTyping != nil {
		s.stopTyping()
	}
}

func (s *SearchPage) OnNav(ctx app.Context) { s.load(ctx) }

// load reads the query from the URL; the first time, it loads the index,
// the catalog and the texts of the first results before showing them.
func (s *SearchPage) load(ctx app.Context) {
	env := s.Env
	ctx.Page().SetTitle(env.T("search.title") + " — " + env.T("brand"))
	s.query = ctx.Page().URL().Query().Get("q")
	s.facet.entity = ctx.Page().URL().Query().Get("e")
	if q, typing := liveQuery(); typing && q != s.query {
		// Keys typed while the page was on its way.
		s.query = q
		app.Window().Get("history").Call("replaceState", nil, "", env.SearchPath(q))
	}
	if s.index != nil {
		s.run(ctx)
		return
	}
	q, entity := s.query, s.facet.entity
	ctx.Async(func() {
		// The index meta part and the article list load side by side, then
		// the index shards the query needs and the texts of the first
		// results (the others follow in run). The catalog, which the entity
		// facet needs and which is five times the article list, follows the
		// first results, unless the URL asks for a facet entity.
		var ix *search.Index
		n := 2
		if entity != "" {
			n = 3
		}
		err := data.Parallel(n, func(i int) error {
			var err error
			switch i {
			case 0:
				ix, err = env.Data.Index()
			case 1:
				_, err = env.Data.Summary("")
			default:
				_, err = env.Data.Catalog()
			}
			return err
		})
		if err == nil {
			var res search.Result
			res, err = env.Data.Search(q, maxResults)
			var top []string
			for i := 0; i < len(res.Hits) && i < firstTexts; i++ {
				top = append(top, res.Hits[i].ID)
			}
			if err == nil {
				err = env.Data.LoadTexts(top)
			}
		}
		ctx.Dispatch(func(ctx app.Context) {
			s.index, s.err = ix, err
			s.run(ctx)
		})
	})
}

// pageResults is how many results show at first, and how many more each
// "more" adds: rendering fewer keeps every keystroke within a frame.
const pageResults = 20

// firstTexts is how many results show their best passage on the first
// display; the texts of the next ones load after it.
const firstTexts = 3

// run searches the current query and, when the index shards it needs or
// the texts of some top results are not loaded yet, shows what it has,
// loads them and runs again. A file that fails to load shows its error and
// is not asked for again.
func (s *SearchPage) run(ctx app.Context) {
	env := s.Env
	if s.index == nil {
		return
	}
	if env.Data.CatalogLoaded() {
		s.result = s.facet.search(env, s.index, s.query, maxResults)
	} else {
		s.result = env.Data.SearchLoaded(s.index, s.query, maxResults)
		if !s.loadingCatalog {
			s.loadingCatalog = true
			ctx.Async(func() {
				_, err := env.Data.Catalog()
				ctx.Dispatch(func(ctx app.Context) {
					s.loadingCatalog = false
					if err != nil {
						s.err = err
						return
					}
					s.run(ctx)
				})
			})
		}
	}
	var shards []int
	for _, n := range s.result.Missing {
		if !s.askedShards[n] {
			shards = append(shards, n)
		}
	}
	if len(shards) > 0 && !s.loadingShards {
		s.loadingShards = true
		if s.askedShards == nil {
			s.askedShards = map[int]bool{}
		}
		for _, n := range shards {
			s.askedShards[n] = true
		}
		ctx.Async(func() {
			err := env.Data.LoadShards(shards)
			ctx.Dispatch(func(ctx app.Context) {
				s.loadingShards = false
				if err != nil {
					s.err = err
					return
				}
				s.run(ctx)
			})
		})
	}
	if s.query != s.shownFor {
		s.shown, s.shownFor = pageResults, s.query
	}
	s.items = s.items[:0]
	var missing []string
	for i, h := range s.result.Hits {
		if i == s.shown {
			break
		}
		sum, _ := env.Data.Summary(h.ID)
		if sum == nil {
			continue
		}
		it := resultItem{hit: h, sum: sum}
		it.title = search.Highlight(sum.Title, h.Terms)
		if text := env.Data.LoadedText(h.ID); text != nil {
			para := text.Title
			if h.Para >= 0 && h.Para < len(text.Paragraphs) {
				para = text.Paragraphs[h.Para]
			} else if len(text.Paragraphs) > 0 {
				para = text.Paragraphs[0]
			}
			it.passage, it.marks = search.Passage(para, h.Terms, passageRunes)
		} else if len(missing) < 10 && !s.asked[h.ID] {
			// Until its text arrives a result shows its title only.
			missing = append(missing, h.ID)
		}
		s.items = append(s.items, it)
	}
	if len(missing) > 0 && !s.pending {
		s.pending = true
		if s.asked == nil {
			s.asked = map[string]bool{}
		}
		for _, id := range missing {
			s.asked[id] = true
		}
		ctx.Async(func() {
			err := env.Data.LoadTexts(missing)
			ctx.Dispatch(func(ctx app.Context) {
				s.pending = false
				if err != nil {
					s.err = err
					return
				}
				s.run(ctx)
			})
		})
	}
}

// Render keeps one element per slot, empty or not: go-app drops nil
// children and matches the rest by position, so a facet or a suggestion
// that comes and goes would otherwise rebuild the whole result list.
func (s *SearchPage) Render() app.UI {
	env := s.Env
	return app.Section().Class("search").Body(
		app.H1().Text(env.T("search.title")),
		s.status(),
		app.Div().Class("slot").Body(s.suggestions()),
		app.Div().Class("slot").Body(s.facet.render(env, s.query)),
		app.Div().Class("slot").Body(s.pickBar()),
		app.Ol().Class("results").Body(
			app.Range(s.items).Slice(func(i int) app.UI {
				return s.item(i)
			}),
		),
		app.If(len(s.result.Hits) > len(s.items),
			app.Button().Class("more").Type("button").OnClick(s.more).
				Text(env.Tf("search.more", len(s.result.Hits)-len(s.items))),
		),
	)
}

// more shows the next page of results.
func (s *SearchPage) more(ctx app.Context, e app.Event) {
	s.shown += pageResults
	s.run(ctx)
}

// status says how many articles match, in a polite live region so screen
// readers hear it as the reader types.
func (s *SearchPage) status() app.UI {
	env := s.Env
	msg := ""
	switch {
	case s.err != nil:
		return failure(env, s.err)
	case app.IsServer:
		msg = env.T("search.noscript")
	case s.index == nil, len(s.result.Missing) > 0 && len(s.result.Hits) == 0:
		msg = env.T("loading")
	case s.query == "":
		msg = env.T("search.empty")
	case s.result.Total == 0:
		msg = env.Tf("search.none", s.query)
	case s.result.Total == 1:
		msg = env.T("search.count.one")
	default:
		msg = env.Tf("search.count", s.result.Total)
	}
	return app.P().Class("status").ID("search-status").Aria("live", "polite").Text(msg)
}

func (s *SearchPage) suggestions() app.UI {
	env := s.Env
	sug := s.result.Suggestions
	if len(sug) == 0 {
		return nil
	}
	return app.P().Class("didyoumean").Body(
		app.Text(env.T("search.didyou")+" "),
		app.Range(sug).Slice(func(i int) app.UI {
			sep := ""
			if i > 0 {
				sep = ", "
			}
			return app.Span().Body(app.Text(sep), app.A().Href(env.SearchPath(sug[i])).Text(sug[i]))
		}),
		app.Text(env.T("search.didyou.end")),
	)
}

func (s *SearchPage) item(i int) app.UI {
	env := s.Env
	it := &s.items[i]
	href := env.ArticlePath(it.sum.ID) + "?q=" + link.QueryEscape(s.query)
	if it.hit.Para >= 0 {
		href += "#" + paraID(it.hit.Para)
	}
	return app.Li().Class("result").DataSet("result", itoa(i+1)).DataSet("article-id", it.sum.ID).Body(
		app.H2().Body(app.A().Href(href).Body(highlighted(it.sum.Title, it.title)...)),
		metaLine(env, it.sum),
		app.P().Class("passage").Body(highlighted(it.passage, it.marks)...),
		app.Label().Class("pick").Body(
			app.Input().Type("checkbox").Value(it.sum.ID).DataSet("pick", it.sum.ID).
				Checked(s.isPicked(it.sum.ID)).OnChange(s.pick),
			app.Text(" "+env.T("search.pick")),
		),
	)
}

func (s *SearchPage) isPicked(id string) bool {
	for _, p := range s.picked {
		if p == id {
			return true
		}
	}
	return false
}

// pick ticks or unticks a result for comparison; a third tick drops the
// oldest, so two are always the last two chosen.
func (s *SearchPage) pick(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("value").String()
	on := ctx.JSSrc().Get("checked").Bool()
	var kept []string
	for _, p := range s.picked {
		if p != id {
			kept = append(kept, p)
		}
	}
	if on {
		kept = append(kept, id)
	}
	if len(kept) > 2 {
		kept = kept[len(kept)-2:]
	}
	s.picked = kept
}

// pickBar says what ticking results is for, and links the pair once two
// are ticked.
func (s *SearchPage) pickBar() app.UI {
	env := s.Env
	switch len(s.picked) {
	case 0:
		return nil
	case 1:
		return app.P().Class("pickbar").Aria("live", "polite").Text(env.T("search.pick.one"))
	}
	return app.P().Class("pickbar").Aria("live", "polite").Body(
		app.A().Href(env.ComparePath(s.picked[0], s.picked[1])).DataSet("compare-picked", "yes").Text(env.T("search.pick.two")),
	)
}

// highlighted renders s with the ranges marked; every part is escaped text.
func highlighted(s string, ranges []search.Range) []app.UI {
	segs := search.Segments(s, ranges)
	out := make([]app.UI, len(segs))
	for i, seg := range segs {
		if seg.Match {
			out[i] = app.Mark().Text(seg.Text)
		} else {
			out[i] = app.Text(seg.Text)
		}
	}
	return out
}
