package ui

import (
	"net/url"
	"slices"
	"sort"

	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/data"
	"lecteur/app/ui/i18n"
	"lecteur/app/ui/link"
	"lecteur/app/ui/resultrows"
	"lecteur/app/ui/resultsdom"
)

// facetSize is how many entities the search facet offers.
const facetSize = 12

// facetItem is one entity of the search facet: how many results mention it.
type facetItem struct {
	entity site.FacetEntity
	n      int
}

// facetTable is where the facet reads which entities an article
// mentions: the search page's facet table (data.Facets, packed: a tenth
// of the catalog's memory at 100,000 articles), or the catalog when it is
// loaded anyway (another page asked for it, or the reader's own articles,
// which only the merged catalog has). Both number only the entities the
// facet may offer (site.Faceted).
type facetTable interface {
	// of appends to dst the numbers of the entities article id mentions.
	of(dst []int, id string) []int
	entity(i int) site.FacetEntity
	// find returns the number of entity id, or -1.
	find(id string) int
}

// packedFacets is the facet table file's facetTable.
type packedFacets struct{ *data.Facets }

func (p packedFacets) of(dst []int, id string) []int { return p.OfArticle(dst, id) }
func (p packedFacets) entity(i int) site.FacetEntity { return p.Entity(i) }
func (p packedFacets) find(id string) int            { return p.Find(id) }

// catalogFacets is the catalog's facetTable: its entities that the facet
// may offer, and their numbers by article.
type catalogFacets struct {
	entities  []*site.Entity
	byArticle map[string][]int
}

func newCatalogFacets(c *site.Catalog) catalogFacets {
	t := catalogFacets{byArticle: map[string][]int{}}
	for i := range c.Entities {
		e := &c.Entities[i]
		if !site.Faceted(e) {
			continue
		}
		for _, a := range e.Articles {
			t.byArticle[a] = append(t.byArticle[a], len(t.entities))
		}
		t.entities = append(t.entities, e)
	}
	return t
}

func (c catalogFacets) of(dst []int, id string) []int { return append(dst, c.byArticle[id]...) }

func (c catalogFacets) entity(i int) site.FacetEntity {
	e := c.entities[i]
	return site.FacetEntity{ID: e.ID, Name: e.Name, Type: e.Type, Mentions: e.Mentions}
}

func (c catalogFacets) find(id string) int {
	for i, e := range c.entities {
		if e.ID == id {
			return i
		}
	}
	return -1
}

// entityFacet counts, for each entity of t, how many of hits mention it,
// and returns the limit most frequent (then most mentioned, then by
// name).
func entityFacet(hits []search.Hit, t facetTable, limit int) []facetItem {
	n := map[int]int{}
	var ents []int
	for _, h := range hits {
		ents = t.of(ents[:0], h.ID)
		for _, i := range ents {
			n[i]++
		}
	}
	out := make([]facetItem, 0, len(n))
	for i, c := range n {
		out = append(out, facetItem{t.entity(i), c})
	}
	sort.Slice(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if x.n != y.n {
			return x.n > y.n
		}
		if x.entity.Mentions != y.entity.Mentions {
			return x.entity.Mentions > y.entity.Mentions
		}
		return x.entity.Name < y.entity.Name
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// mentioning keeps the hits whose article mentions entity number e of t.
func mentioning(hits []search.Hit, t facetTable, e int) []search.Hit {
	var out []search.Hit
	var ents []int
	for _, h := range hits {
		ents = t.of(ents[:0], h.ID)
		if slices.Contains(ents, e) {
			out = append(out, h)
		}
	}
	return out
}

// facetState is what the search page keeps for its entity facet.
type facetState struct {
	entity  string // the entity the results are filtered to, from e=
	items   []facetItem
	sampled bool // counted on the first results only
	table   facetTable
	from    any // the catalog or facet table that table reads
	// chosen is the number of entity in table, or -1, found for
	// chosenIn.
	chosen   int
	chosenIn string
	// countedFor is the ids of the results items were counted on, in
	// the unfiltered case: a key that leaves the results as they were
	// (most keys of a long word) keeps the counts.
	countedFor []string
	// stale is set while the reader types and the results are no
	// longer the ones items were counted on: the facet keeps its last
	// counts, marked busy, until the reader pauses (see search).
	stale bool
	// drawn is the facet's rows as rows last drew them, and drawnFor
	// what they were drawn from: a key that leaves the counts as they
	// were (most keys) reuses them instead of drawing a dozen links again
	// (a sixth of a keystroke's allocations at 1,000 articles,
	// BenchmarkKeystroke).
	drawn    []resultsdom.Row
	drawnFor facetDrawn
}

// facetDrawn is what the facet's rows depend on, besides the entities
// and their counts.
type facetDrawn struct {
	lang    i18n.Lang
	base    link.Base
	entity  string
	sampled bool
	loading bool
	stale   bool
	items   []facetItem
}

// loaded returns the facet table to read, nil when neither the catalog
// nor the facet table is loaded.
func (f *facetState) loaded(env Env) facetTable {
	if env.Data.CatalogLoaded() {
		c, _ := env.Data.Catalog()
		if c == nil {
			return nil
		}
		if f.from != any(c) {
			f.table, f.from, f.chosenIn, f.countedFor = newCatalogFacets(c), c, "", nil
		}
		return f.table
	}
	fs := env.Data.LoadedFacets()
	if fs == nil {
		return nil
	}
	if f.from != any(fs) {
		f.table, f.from, f.chosenIn, f.countedFor = packedFacets{fs}, fs, "", nil
	}
	return f.table
}

// search runs query with the facet: the counts come from the results the
// page shows (all of them when there are at most limit), and when an
// entity is chosen the results are every match that mentions it, best
// first, at most limit.
//
// While the reader types (typing) the counts are not taken again: the
// facet keeps the last ones, marked stale, and the search page counts
// once the reader pauses, as it loads the passages. Counting and drawing
// the facet for every key was half of a keystroke's writes to the page
// (BenchmarkKeystroke at 1,000 articles: 24 of 46), for a panel a reader
// turns to once the query is typed.
func (f *facetState) search(env Env, ix *search.Index, query string, limit int, typing bool) search.Result {
	t := f.loaded(env)
	if t == nil {
		return env.Data.SearchLoaded(ix, query, limit)
	}
	if f.entity != "" && f.chosenIn != f.entity {
		f.chosen, f.chosenIn = t.find(f.entity), f.entity
	}
	if f.entity == "" || f.chosen < 0 {
		// No entity chosen, or not one the facet offers: every result.
		res := env.Data.SearchLoaded(ix, query, limit)
		switch {
		case sameIDs(f.countedFor, res.Hits):
			f.stale = false
		case typing:
			f.stale = true
		default:
			f.items = entityFacet(res.Hits, t, facetSize)
			f.countedFor = f.countedFor[:0]
			for _, h := range res.Hits {
				f.countedFor = append(f.countedFor, h.ID)
			}
			f.sampled = res.Total > len(res.Hits)
			f.stale = false
		}
		return res
	}
	f.countedFor = nil
	res := env.Data.SearchLoaded(ix, query, 0)
	if typing {
		f.stale = true
	} else {
		f.items = entityFacet(res.Hits, t, facetSize)
		f.sampled = false
		f.stale = false
	}
	res.Hits = mentioning(res.Hits, t, f.chosen)
	res.Total = len(res.Hits)
	if len(res.Hits) > limit {
		res.Hits = res.Hits[:limit]
	}
	if f.stale {
		return res
	}
	// The chosen entity stays offered, even when it is not among the
	// most frequent.
	e := t.entity(f.chosen)
	found := false
	for _, it := range f.items {
		found = found || it.entity.ID == e.ID
	}
	if !found {
		f.items = append(f.items, facetItem{e, res.Total})
	}
	return res
}

// sameIDs reports whether hits are the articles ids, in order.
func sameIDs(ids []string, hits []search.Hit) bool {
	if ids == nil || len(ids) != len(hits) {
		return false
	}
	for i, h := range hits {
		if h.ID != ids[i] {
			return false
		}
	}
	return true
}

// facetPath links to the results of query q filtered to entity e ("" for
// every result).
func facetPath(env Env, q, e string) string {
	if e == "" {
		return env.SearchPath(q)
	}
	if q == "" {
		return env.Path("search?e=" + url.QueryEscape(e))
	}
	return env.SearchPath(q) + "&e=" + url.QueryEscape(e)
}

// rows draws the facet, as a row for the facet's slot (see SearchPage's
// paint), for a query that has results (none without): one link per
// entity with its count of results, the chosen one marked as current,
// and a link back to every result. The links take query from the slot
// (paint writes it there) when used. Until the facet's table is loaded
// the facet is its heading only, marked busy, and without an entity to
// offer it says so: its place beside or above the results is taken from
// the first result on, and filled when the table comes (web/style.css).
// While the reader types, the last counts stay, marked busy (stale), or
// the heading alone when nothing was counted yet.
func (f *facetState) rows(env Env, query string, results int) []resultsdom.Row {
	if results == 0 || query == "" {
		return nil
	}
	loading := f.table == nil || f.stale && f.countedFor == nil && f.items == nil
	stale := f.stale && !loading
	d := f.drawnFor
	if f.drawn != nil && d.lang == env.Lang && d.base == env.Base && d.entity == f.entity && d.sampled == f.sampled && d.loading == loading && d.stale == stale && slices.Equal(d.items, f.items) {
		return f.drawn
	}
	f.drawn = f.draw(env, loading, stale)
	f.drawnFor = facetDrawn{env.Lang, env.Base, f.entity, f.sampled, loading, stale, slices.Clone(f.items)}
	return f.drawn
}

// draw is rows, drawn anew.
func (f *facetState) draw(env Env, loading, stale bool) []resultsdom.Row {
	title := env.T("facet.title")
	if f.sampled {
		title = env.Tf("facet.sampled", maxResults)
	}
	nav := attrs{{Name: "class", Value: "facet"}, {Name: "aria-label", Value: env.T("facet.title")}}
	switch {
	case loading:
		return []resultsdom.Row{{Key: "facet", Node: resultsdom.El("nav", append(nav, resultsdom.Attr{Name: "aria-busy", Value: "true"}),
			resultsdom.El("h2", nil, resultsdom.Text(title)),
		)}}
	case len(f.items) == 0:
		return []resultsdom.Row{{Key: "facet", Node: resultsdom.El("nav", nav,
			resultsdom.El("h2", nil, resultsdom.Text(title)),
			resultsdom.El("p", attrs{{Name: "class", Value: "facet-none"}}, resultsdom.Text(env.T("facet.none"))),
		)}}
	}
	var items []resultsdom.Node
	if f.entity != "" {
		items = append(items, resultsdom.El("li", nil,
			resultsdom.El("a", attrs{{Name: "class", Value: "facet-link"}, {Name: "data-facet", Value: ""}, {Name: "href", Value: facetPath(env, "", "")}, {Name: resultrows.QueryLink, Value: ""}},
				resultsdom.Text(env.T("facet.all")))))
	}
	for _, it := range chosenFirst(f.items, f.entity) {
		a := attrs{{Name: "class", Value: "facet-link"}, {Name: "data-facet", Value: it.entity.ID}, {Name: "title", Value: env.T("type." + it.entity.Type)}}
		if it.entity.ID == f.entity {
			a = append(a, resultsdom.Attr{Name: "aria-current", Value: "true"}, resultsdom.Attr{Name: "href", Value: facetPath(env, "", "")})
		} else {
			a = append(a, resultsdom.Attr{Name: "href", Value: facetPath(env, "", it.entity.ID)})
		}
		// The query comes from the slot when the link is used
		// (resultrows.QueryLink): the facet's links then stay as they
		// are while the reader types and its counts do not change.
		a = append(a, resultsdom.Attr{Name: resultrows.QueryLink, Value: ""})
		items = append(items, resultsdom.El("li", nil, resultsdom.El("a", a,
			resultsdom.El("span", attrs{{Name: "class", Value: "ent-swatch"}, {Name: "data-entity", Value: it.entity.Type}, {Name: "aria-hidden", Value: "true"}}),
			resultsdom.Text(it.entity.Name),
			resultsdom.El("span", attrs{{Name: "class", Value: "facet-count"}}, resultsdom.Text(" "+itoa(it.n))),
		)))
	}
	if stale {
		nav = append(nav, resultsdom.Attr{Name: "aria-busy", Value: "true"})
	}
	return []resultsdom.Row{{Key: "facet", Node: resultsdom.El("nav", nav,
		resultsdom.El("h2", nil, resultsdom.Text(title)),
		resultsdom.El("ul", attrs{{Name: "class", Value: "facet-list"}}, items...),
	)}}
}

// chosenFirst is items with the chosen entity's first, the others in
// their order. On a narrow screen the facet is one line of chips scrolled
// sideways (web/style.css): the filter in use is then in view, next to
// the link back to every result, wherever it ranks.
func chosenFirst(items []facetItem, chosen string) []facetItem {
	i := slices.IndexFunc(items, func(it facetItem) bool { return it.entity.ID == chosen })
	if chosen == "" || i <= 0 {
		return items
	}
	out := make([]facetItem, 0, len(items))
	out = append(out, items[i])
	out = append(out, items[:i]...)
	return append(out, items[i+1:]...)
}
