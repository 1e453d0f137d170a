package ui

import (
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/search"
	"lecteur/app/ui/browser"
	"lecteur/app/ui/resultrows"
	"lecteur/app/ui/resultsdom"
)

// maxResults is how many results a query shows.
const maxResults = 50

// SearchPage shows the results of search?q=, updated on every keystroke.
type SearchPage struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env      Env
	query    string
	index    *search.Index
	result   search.Result
	items    []resultItem
	memo     itemMemo // items by id, of the last run (see itemMemo)
	err      error
	facet    facetState // the entity facet, and the entity of e=
	picked   []string   // ids ticked to compare, at most two, oldest first
	shown    int        // how many results are shown
	shownFor string     // the query shown was set for
	// asked holds what was asked of the store for the results shown
	// ("facets", "shard 3", "text <id>"): each once, so a file that does
	// not come never makes run loop (see need).
	asked map[string]bool
	// loading holds the keys of asked that are on their way.
	loading map[string]bool
	// stopTyping ends the search box's line to this page (env.Typing).
	stopTyping func()
	// out writes the result list, the entity facet, "did you mean", the
	// "more" button and the status into the page as soon as they change
	// (paint), without waiting for go-app's frame: a keystroke leaves
	// go-app nothing to render.
	out slotWriter
	// url follows the box once the reader pauses (see searchURL).
	url searchURL
	// typing is true while run answers a keystroke; the texts of the
	// results are then asked for once the reader pauses (textPause).
	typing     bool
	textsLater pause
	// deferred is true from a keystroke that left the texts or the rest
	// of the page to the pause after it (textsLater) until that pause
	// runs: a run in between, for a shard that arrived, does what a
	// keystroke does (see run).
	deferred bool
	// passagesShown is true once every result shown has its passage, or
	// its text came without one: no text is on its way or left for a
	// pause (see passagesAttr).
	passagesShown bool
	// rootAttrs holds the attributes paint gives the slots' roots, kept
	// here so that a keystroke allocates none.
	rootAttrs [2]resultsdom.Attr
	// keys counts the keystrokes heard: the run a pause schedules is
	// dropped when a key came after it was set. Stopping its timer is not
	// enough: one that fired while the page was busy has already handed
	// its run to go-app's queue, which may run it right after the next
	// key's own and show that key the whole page (seen under load in
	// TestScaleMoreResults).
	keys int
}

// The ids of the elements the search page writes into (see paint).
const (
	facetID   = "search-facet"
	suggestID = "search-suggest"
	moreID    = "search-more"
)

func (s *SearchPage) OnPreRender(ctx app.Context) {
	env := s.Env
	ctx.Page().SetTitle(env.T("search.title") + " — " + env.T("brand"))
}

func (s *SearchPage) OnMount(ctx app.Context) {
	env := s.Env
	s.load(ctx)
	s.url.listen()
	s.stopTyping = env.Typing.Listen(func(q string) {
		// In the keystroke's handler: run paints everything a key
		// changes now (paint), so go-app has nothing to render.
		s.url.set(facetPath(env, q, s.facet.entity))
		s.query = q
		s.keys++
		s.typing, s.deferred = true, false
		s.run(ctx)
		s.typing = false
	})
}

// OnUpdate repaints the results when the Shell hands a new Env (the
// language switched): go-app does not render them.
func (s *SearchPage) OnUpdate(ctx app.Context) { s.paint() }

func (s *SearchPage) OnDismount() {
	if s.stopTyping != nil {
		s.stopTyping()
	}
	s.url.stop()
	s.textsLater.stop()
}

func (s *SearchPage) OnNav(ctx app.Context) {
	s.url.drop() // the URL is another search's now
	s.deferred = false
	s.load(ctx)
}

// load reads the query from the URL; the first time, it loads the index,
// the article list and the shards the query needs, and shows the results
// with their titles; run then asks for the texts of their passages.
func (s *SearchPage) load(ctx app.Context) {
	env := s.Env
	ctx.Page().SetTitle(env.T("search.title") + " — " + env.T("brand"))
	s.query = ctx.Page().URL().Query().Get("q")
	s.facet.entity = ctx.Page().URL().Query().Get("e")
	if q, ok := earlyTyped(); ok && q != s.query {
		// Keys typed before the app started, into the prerendered box.
		s.query = q
		app.Window().Get("history").Call("replaceState", nil, "", env.SearchPath(q))
		if in := app.Window().GetElementByID("q"); in.Truthy() {
			in.Set("value", q)
			focusSearch()
		}
	}
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
	browser.Mark("lecteur:search page")
	ctx.Async(func() {
		ix, err := env.Data.PrepareSearch(q, maxResults, entity != "")
		ctx.Dispatch(func(ctx app.Context) {
			s.index, s.err = ix, err
			s.run(ctx)
			browser.Mark("lecteur:first results")
		})
	})
}

// pageResults is how many results show at first, and how many more each
// "more" adds (a keystroke writes fewer: keyResults).
const pageResults = 20

// keyResults is how many results a keystroke writes: the rest of the page
// of results comes once the reader pauses, with the passages (textPause).
// A screen shows fewer, and every row a key writes is built, compared and
// patched before the key's results are on screen.
const keyResults = 10

// firstTexts is how many results show their best passage on the first
// display; the texts of the next ones load after it.
const firstTexts = 3

// textPause is how long the reader stops typing before the texts of the
// results (their passages) are fetched; until then a new result shows its
// title. Fetching and decoding a chunk of texts takes longer than a
// keystroke's search and results (at 10,000 articles, Chromium's CPU
// profile of the bench's typing: 2.5 s against 1.7 s in the input
// handlers), and done for every key it ran between the keys, for
// results the next key had replaced.
const textPause = 150 * time.Millisecond

// run searches the current query and shows what it has; what the
// results lack (the facet table, index shards, the texts of the
// top results) it asks for, and runs again once it is there.
func (s *SearchPage) run(ctx app.Context) {
	env := s.Env
	if s.index == nil {
		return
	}
	// A run between the keys of a fast typist (a shard or a text came)
	// does what a key does: its full page and passages would hold up the
	// next key (the bench's typing at 10,000 articles: a shard arrives
	// after most new prefixes, and each such run asked for up to ten text
	// chunks and decoded them while the next key waited).
	typing := s.typing || s.deferred
	withFacets := env.Data.CatalogLoaded() || env.Data.LoadedFacets() != nil
	if withFacets {
		s.result = s.facet.search(env, s.index, s.query, maxResults, typing)
	} else {
		s.result = env.Data.SearchLoaded(s.index, s.query, maxResults)
	}
	var shards []int
	var shardKeys []string
	for _, n := range s.result.Missing {
		if k := "shard " + itoa(n); !s.asked[k] {
			shards, shardKeys = append(shards, n), append(shardKeys, k)
		}
	}
	s.need(ctx, shardKeys, func() error { return env.Data.LoadShards(shards) })
	if s.typing {
		s.prefetch(ctx)
	}
	if s.query != s.shownFor {
		s.shown, s.shownFor = pageResults, s.query
	}
	s.items = s.items[:0]
	limit, cut := s.shown, false
	if typing && limit > keyResults {
		limit = keyResults
	}
	var texts, textKeys []string
	memo := make(itemMemo, limit)
	for i, h := range s.result.Hits {
		if i == limit {
			cut = limit < s.shown
			break
		}
		it, ok := s.memo.item(env, h)
		if !ok {
			continue
		}
		memo[h.ID] = it
		if it.Passage == "" && len(texts) < 10 && !s.asked["text "+h.ID] {
			// Until its text arrives a result shows its title only.
			texts, textKeys = append(texts, h.ID), append(textKeys, "text "+h.ID)
		}
		s.items = append(s.items, it)
	}
	s.memo = memo
	switch {
	case s.typing && (len(texts) > 0 || cut || s.facet.stale):
		// See textPause, keyResults and facetState.search.
		key := s.keys
		s.deferred = true
		s.textsLater.restart(textPause, func() {
			ctx.Dispatch(func(ctx app.Context) {
				if s.keys == key {
					s.deferred = false
					s.run(ctx)
				}
			})
		})
	case typing:
		// The pause the key set runs this again.
	default:
		s.need(ctx, textKeys, func() error { return env.Data.LoadTexts(texts) })
	}
	s.passagesShown = !typing && !s.loadingTexts()
	if !withFacets && s.passagesShown {
		// The entity facet's table (and the catalog, with the reader's
		// own articles): asked for once the passages shown are in, it
		// does not hold them back.
		s.need(ctx, []string{"facets"}, env.Data.LoadFacets)
	}
	s.paint()
}

// loadingTexts reports whether texts of results asked for are on their
// way.
func (s *SearchPage) loadingTexts() bool {
	for k := range s.loading {
		if strings.HasPrefix(k, "text ") {
			return true
		}
	}
	return false
}

// paint writes what a query changes into the page now (the results, the
// facet, "did you mean", "more", the status line), from whatever handler
// changed them (a keystroke, a loaded file, "more", a tick): see
// ResultList and resultsdom. A keystroke then costs the search and a few
// changed nodes, and nothing is left for go-app to render on its next
// frame, which would otherwise run between two keys of a fast typist and
// hold the second one up (a render and diff of the whole page). In the
// prerendered page the slots are empty and the status asks for
// JavaScript.
func (s *SearchPage) paint() {
	if !app.IsClient || s.index == nil {
		// Nothing to show yet: the early search's rows, if any, stay
		// (early.go).
		return
	}
	env := s.Env
	// The early search's rows go in the same step as these are written,
	// so the list never goes empty (early.go).
	dropEarlyRows(resultsID)
	status := ""
	if s.err == nil {
		// The live region, so that a screen reader hears the count with
		// the results; go-app renders the same text on its frame.
		status = s.statusText()
	}
	passages := "pending"
	if s.passagesShown {
		passages = "shown"
	}
	// The query the links take (resultrows.QueryLink), when there is one.
	s.rootAttrs = [2]resultsdom.Attr{{Name: passagesAttr, Value: passages}, {Name: resultrows.QueryAttr, Value: s.query}}
	list, query := s.rootAttrs[:], s.rootAttrs[1:]
	if s.query == "" {
		list, query = list[:1], nil
	}
	s.out.write([]rowSlot{
		{resultsID, resultRows(env, s.items, s.picked), list},
		{facetID, s.facet.rows(env, s.query, len(s.result.Hits)), query},
		{suggestID, suggestionRows(env, s.result.Suggestions), nil},
		{moreID, moreRows(env, len(s.result.Hits)-s.shown), nil},
	}, "search-status", status)
}

// need asks the store, off the UI goroutine, for what keys name, then runs
// the search again. Each key is asked once: a file that fails shows its
// error and is not asked for again. It is the search page's one place
// that loads and retries.
func (s *SearchPage) need(ctx app.Context, keys []string, load func() error) {
	if len(keys) == 0 {
		return
	}
	if s.asked == nil {
		s.asked, s.loading = map[string]bool{}, map[string]bool{}
	}
	for _, k := range keys {
		if s.asked[k] {
			return
		}
		s.asked[k], s.loading[k] = true, true
	}
	ctx.Async(func() {
		err := load()
		ctx.Dispatch(func(ctx app.Context) {
			for _, k := range keys {
				delete(s.loading, k)
			}
			if err != nil {
				s.err = err
				return
			}
			s.run(ctx)
		})
	})
}

// prefetch loads, while the reader types the next letter of a word just
// begun, the index shards that letter's search will need
// (search.Index.NextShards), so that it does not wait for them. It runs
// the search again only when the results shown lack one of them; a shard
// that fails is asked for again by the search that needs it, which shows
// the error.
func (s *SearchPage) prefetch(ctx app.Context) {
	var shards []int
	var keys []string
	for _, n := range s.index.NextShards(s.query) {
		if k := "shard " + itoa(n); !s.asked[k] {
			shards, keys = append(shards, n), append(keys, k)
		}
	}
	if len(shards) == 0 {
		return
	}
	if s.asked == nil {
		s.asked, s.loading = map[string]bool{}, map[string]bool{}
	}
	for _, k := range keys {
		s.asked[k], s.loading[k] = true, true
	}
	env := s.Env
	ctx.Async(func() {
		err := env.Data.LoadShards(shards)
		ctx.Dispatch(func(ctx app.Context) {
			for _, k := range keys {
				delete(s.loading, k)
				if err != nil {
					delete(s.asked, k)
				}
			}
			for _, n := range s.result.Missing {
				if slices.Contains(shards, n) {
					s.run(ctx)
					return
				}
			}
		})
	})
}

// Render keeps one element per slot, empty or not: go-app drops nil
// children and matches the rest by position. The slots of the facet,
// "did you mean" and "more" are rendered empty: paint writes into them,
// as into the result list.
//
// The facet's table often arrives after the first results (a cold start
// loads it last), so the facet's slot must not push down what follows it:
// web/style.css puts it in a column beside the results on wide screens
// and keeps it a space of fixed height on narrow ones
// (TestSearchFacetDoesNotMoveResults; the wide layout places the facet
// and the list by their position here). The pick bar comes before it all
// the same: the link to compare the pair once sat below the facet, and a
// click on it landed on a facet that had just taken its place
// (TestSearchPickTwoToCompare under load).
func (s *SearchPage) Render() app.UI {
	env := s.Env
	return app.Section().Class("search").Body(
		app.H1().Text(env.T("search.title")),
		s.status(),
		app.Div().Class("slot").ID(suggestID),
		app.Div().Class("slot").Body(s.pickBar()),
		app.Div().Class("slot").ID(facetID),
		&ResultList{Picks: s},
		app.Div().Class("slot").ID(moreID).OnClick(s.more),
	)
}

// more shows the next page of results, when the click is on the "more"
// button its slot holds (moreRows).
func (s *SearchPage) more(ctx app.Context, e app.Event) {
	if !e.Get("target").Call("closest", "[data-more]").Truthy() {
		return
	}
	s.shown += pageResults
	s.deferred = false // a click: the reader has paused
	s.run(ctx)
}

// status says how many articles match, in a polite live region so screen
// readers hear it as the reader types.
func (s *SearchPage) status() app.UI {
	if s.err != nil {
		return failure(s.Env, s.err)
	}
	return app.P().Class("status").ID("search-status").Aria("live", "polite").Text(s.statusText())
}

// statusText is the status line's text when there is no error.
func (s *SearchPage) statusText() string {
	env := s.Env
	msg := ""
	switch {
	case app.IsServer:
		msg = env.T("search.noscript")
	case s.index == nil && earlyStatus() != "":
		msg = earlyStatus() // its rows are shown (early.go)
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
	return msg
}

// pick ticks or unticks a result for comparison; a third tick drops
// the oldest, so two are always the last two chosen.
func (s *SearchPage) pick(ctx app.Context, p pickEvent) {
	var kept []string
	for _, id := range s.picked {
		if id != p.ID {
			kept = append(kept, id)
		}
	}
	if p.On {
		kept = append(kept, p.ID)
	}
	if len(kept) > 2 {
		kept = kept[len(kept)-2:]
	}
	s.picked = kept
	s.paint()
	// The tick came through the result list's handler: the pick bar
	// is the page's to render.
	s.Update()
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
