package ui

import (
	"net/url"
	"sort"

	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/resultsdom"
)

// facetSize is how many entities the search facet offers.
const facetSize = 12

// facetItem is one entity of the search facet: how many results mention it.
type facetItem struct {
	entity *site.Entity
	n      int
}

// entityFacet counts, for each entity other than a date or a
// low-confidence one, how many of hits
// mention it, and returns the limit most frequent (then most mentioned,
// then by name). byArticle maps an article to its entities' indexes in
// entities (site.EntitiesByArticle).
func entityFacet(hits []search.Hit, entities []site.Entity, byArticle map[string][]int, limit int) []facetItem {
	n := map[int]int{}
	for _, h := range hits {
		for _, i := range byArticle[h.ID] {
			if entities[i].Type != "DATE" && !entities[i].Low {
				n[i]++
			}
		}
	}
	out := make([]facetItem, 0, len(n))
	for i, c := range n {
		out = append(out, facetItem{&entities[i], c})
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

// mentioning keeps the hits whose article mentions the entity e.
func mentioning(hits []search.Hit, e *site.Entity) []search.Hit {
	in := make(map[string]bool, len(e.Articles))
	for _, a := range e.Articles {
		in[a] = true
	}
	var out []search.Hit
	for _, h := range hits {
		if in[h.ID] {
			out = append(out, h)
		}
	}
	return out
}

// facetState is what the search page keeps for its entity facet.
type facetState struct {
	entity    string // the entity the results are filtered to, from e=
	items     []facetItem
	sampled   bool // counted on the first results only
	byArticle map[string][]int
	// countedFor is the ids of the results items were counted on, in
	// the unfiltered case: a key that leaves the results as they were
	// (most keys of a long word) keeps the counts.
	countedFor []string
}

// search runs query with the facet: the counts come from the results the
// page shows (all of them when there are at most limit), and when an
// entity is chosen the results are every match that mentions it, best
// first, at most limit.
func (f *facetState) search(env Env, ix *search.Index, query string, limit int) search.Result {
	c, _ := env.Data.Catalog()
	if c == nil {
		return env.Data.SearchLoaded(ix, query, limit)
	}
	if f.byArticle == nil {
		f.byArticle = site.EntitiesByArticle(c.Entities)
	}
	var e *site.Entity
	if f.entity != "" {
		e, _ = env.Data.Entity(f.entity)
	}
	if e == nil {
		res := env.Data.SearchLoaded(ix, query, limit)
		if !sameIDs(f.countedFor, res.Hits) {
			f.items = entityFacet(res.Hits, c.Entities, f.byArticle, facetSize)
			f.countedFor = f.countedFor[:0]
			for _, h := range res.Hits {
				f.countedFor = append(f.countedFor, h.ID)
			}
		}
		f.sampled = res.Total > len(res.Hits)
		return res
	}
	f.countedFor = nil
	res := env.Data.SearchLoaded(ix, query, 0)
	f.items = entityFacet(res.Hits, c.Entities, f.byArticle, facetSize)
	f.sampled = false
	res.Hits = mentioning(res.Hits, e)
	res.Total = len(res.Hits)
	if len(res.Hits) > limit {
		res.Hits = res.Hits[:limit]
	}
	// The chosen entity stays offered, even when it is not among the
	// most frequent.
	found := false
	for _, it := range f.items {
		found = found || it.entity == e
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
// paint), none when it has nothing to offer: one link per entity with
// its count of results, the chosen one marked as current, and a link back
// to every result.
func (f *facetState) rows(env Env, query string) []resultsdom.Row {
	if len(f.items) == 0 || query == "" {
		return nil
	}
	title := env.T("facet.title")
	if f.sampled {
		title = env.Tf("facet.sampled", maxResults)
	}
	var items []resultsdom.Node
	if f.entity != "" {
		items = append(items, resultsdom.El("li", nil,
			resultsdom.El("a", attrs{{Name: "class", Value: "facet-link"}, {Name: "data-facet", Value: ""}, {Name: "href", Value: facetPath(env, query, "")}},
				resultsdom.Text(env.T("facet.all")))))
	}
	for _, it := range f.items {
		a := attrs{{Name: "class", Value: "facet-link"}, {Name: "data-facet", Value: it.entity.ID}, {Name: "title", Value: env.T("type." + it.entity.Type)}}
		if it.entity.ID == f.entity {
			a = append(a, resultsdom.Attr{Name: "aria-current", Value: "true"}, resultsdom.Attr{Name: "href", Value: facetPath(env, query, "")})
		} else {
			a = append(a, resultsdom.Attr{Name: "href", Value: facetPath(env, query, it.entity.ID)})
		}
		items = append(items, resultsdom.El("li", nil, resultsdom.El("a", a,
			resultsdom.El("span", attrs{{Name: "class", Value: "ent-swatch"}, {Name: "data-entity", Value: it.entity.Type}, {Name: "aria-hidden", Value: "true"}}),
			resultsdom.Text(it.entity.Name),
			resultsdom.El("span", attrs{{Name: "class", Value: "facet-count"}}, resultsdom.Text(" "+itoa(it.n))),
		)))
	}
	return []resultsdom.Row{{Key: "facet", Node: resultsdom.El("nav", attrs{{Name: "class", Value: "facet"}, {Name: "aria-label", Value: env.T("facet.title")}},
		resultsdom.El("h2", nil, resultsdom.Text(title)),
		resultsdom.El("ul", attrs{{Name: "class", Value: "facet-list"}}, items...),
	)}}
}
