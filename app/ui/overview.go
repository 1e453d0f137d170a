package ui

import (
	"net/url"
	"sort"
	"strings"

	"lecteur/app/search"
	"lecteur/app/site"
)

// homeFilter is the home page's state, kept in its URL
// (?sort=title&source=AFP&lang=fr&entity=per-x&period=2013-07) so that a
// filtered list can be linked to and Back undoes a filter.
type homeFilter struct {
	Sort   string // "date" (newest first, the default), "dateasc", "title", "source"
	Source string // a source, or "" for all
	Lang   string // an article language, or "" for all
	Entity string // an entity id, or "" for all
	Period string // a timeline bucket ("2013-07", "2013", noDate), or "" for all
	// Versions is "all" to list every version of a story as its own
	// card, "" to fold them into the card of the first.
	Versions string
}

// noDate is the period of articles without a date.
const noDate = "none"

// sortOrders are the home page's sort orders, the default first.
var sortOrders = []string{"date", "dateasc", "title", "source"}

// filterOf reads the home page's state from its URL query.
func filterOf(q url.Values) homeFilter {
	f := homeFilter{
		Sort:   q.Get("sort"),
		Source: q.Get("source"),
		Lang:   q.Get("lang"),
		Entity: q.Get("entity"),
		Period: q.Get("period"),
	}
	if q.Get("versions") == "all" {
		f.Versions = "all"
	}
	known := false
	for _, s := range sortOrders {
		known = known || f.Sort == s
	}
	if !known {
		f.Sort = sortOrders[0]
	}
	return f
}

// path links to the home page with f; the default state is the bare home.
func (f homeFilter) path(env Env) string { return env.HomePagePath(1, f.query()) }

// query is f as the home page's query string, "" for the default state.
func (f homeFilter) query() string {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	if f.Sort != sortOrders[0] {
		set("sort", f.Sort)
	}
	set("source", f.Source)
	set("lang", f.Lang)
	set("entity", f.Entity)
	set("period", f.Period)
	set("versions", f.Versions)
	return v.Encode()
}

// filtered reports whether f hides any article.
func (f homeFilter) filtered() bool {
	return f.Source != "" || f.Lang != "" || f.Entity != "" || f.Period != ""
}

// overview is what the home page derives from the catalog once: sort keys,
// the values of each filter, the timeline and the top entities. Nothing in
// it reads article texts, so it stays fast for a large corpus.
type overview struct {
	cat      *site.Catalog
	titleKey []string // normalised titles, for sorting
	sources  []string // distinct sources, sorted
	langs    []string // distinct languages, sorted
	buckets  []bucket // the timeline
	byMonth  bool     // buckets are months (else years)
	top      map[string][]*site.Entity
	entity   map[string]*site.Entity
}

// bucket is one bar of the timeline: a month ("2013-07") or a year
// ("2013"), and how many articles were published in it.
type bucket struct {
	Key string
	N   int
}

// maxMonths is the longest span the timeline shows month by month; a
// longer one is shown year by year.
const maxMonths = 48

// topPerType is how many entities the home page lists per type.
const topPerType = 8

func newOverview(c *site.Catalog) *overview {
	o := &overview{cat: c, entity: map[string]*site.Entity{}}
	sources, langs := map[string]bool{}, map[string]bool{}
	o.titleKey = make([]string, len(c.Articles))
	for i := range c.Articles {
		a := &c.Articles[i]
		o.titleKey[i] = search.Normalize(a.Title)
		if a.Source != "" {
			sources[a.Source] = true
		}
		if a.Lang != "" {
			langs[a.Lang] = true
		}
	}
	o.sources, o.langs = sortedKeys(sources), sortedKeys(langs)
	o.buckets, o.byMonth = timeline(c.Articles)
	o.top = topEntities(c.Entities, topPerType)
	for i := range c.Entities {
		o.entity[c.Entities[i].ID] = &c.Entities[i]
	}
	return o
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return search.Normalize(out[i]) < search.Normalize(out[j]) })
	return out
}

// month returns the "YYYY-MM" of an ISO date, or "".
func month(date string) string {
	if len(date) >= 7 && date[4] == '-' && isDigits(date[:4]) && isDigits(date[5:7]) {
		return date[:7]
	}
	return ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// timeline counts the articles per month, every month from the first to
// the last included (so gaps show), or per year when that would be more
// than maxMonths bars. Undated articles are not in it.
func timeline(arts []site.Summary) (buckets []bucket, byMonth bool) {
	counts := map[string]int{}
	first, last := "", ""
	for i := range arts {
		m := month(arts[i].Date)
		if m == "" {
			continue
		}
		counts[m]++
		if first == "" || m < first {
			first = m
		}
		if m > last {
			last = m
		}
	}
	if first == "" {
		return nil, true
	}
	y0, m0 := atoi(first[:4]), atoi(first[5:7])
	y1, m1 := atoi(last[:4]), atoi(last[5:7])
	span := (y1-y0)*12 + m1 - m0 + 1
	if span <= maxMonths {
		for y, m := y0, m0; y < y1 || (y == y1 && m <= m1); {
			k := pad4(y) + "-" + pad2(m)
			buckets = append(buckets, bucket{Key: k, N: counts[k]})
			if m++; m > 12 {
				y, m = y+1, 1
			}
		}
		return buckets, true
	}
	years := map[string]int{}
	for k, n := range counts {
		years[k[:4]] += n
	}
	for y := y0; y <= y1; y++ {
		buckets = append(buckets, bucket{Key: pad4(y), N: years[pad4(y)]})
	}
	return buckets, false
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

func pad4(n int) string {
	s := itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// topEntities returns, per type, the n entities found in the most
// articles (then the most mentioned, then by name); low-confidence
// entities are left out.
func topEntities(ents []site.Entity, n int) map[string][]*site.Entity {
	byType := map[string][]*site.Entity{}
	for i := range ents {
		e := &ents[i]
		if e.Low {
			continue // never among the most frequent (issue 15)
		}
		byType[e.Type] = append(byType[e.Type], e)
	}
	for typ, list := range byType {
		sort.SliceStable(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if len(a.Articles) != len(b.Articles) {
				return len(a.Articles) > len(b.Articles)
			}
			if a.Mentions != b.Mentions {
				return a.Mentions > b.Mentions
			}
			return a.Name < b.Name
		})
		if len(list) > n {
			list = list[:n]
		}
		byType[typ] = list
	}
	return byType
}

// list returns the indexes in the catalog of the articles f keeps, in f's
// order. Undated articles come last in both date orders; ties keep the
// catalog's order.
func (o *overview) list(f homeFilter) []int {
	arts := o.cat.Articles
	var in map[string]bool
	if f.Entity != "" {
		in = map[string]bool{}
		if e := o.entity[f.Entity]; e != nil {
			for _, id := range e.Articles {
				in[id] = true
			}
		}
	}
	out := make([]int, 0, len(arts))
	for i := range arts {
		a := &arts[i]
		switch {
		case f.Source != "" && a.Source != f.Source,
			f.Lang != "" && a.Lang != f.Lang,
			in != nil && !in[a.ID],
			f.Period != "" && !inPeriod(a.Date, f.Period):
			continue
		}
		out = append(out, i)
	}
	less := map[string]func(i, j int) bool{
		"date": func(i, j int) bool {
			a, b := arts[out[i]].Date, arts[out[j]].Date
			return a != "" && (b == "" || a > b)
		},
		"dateasc": func(i, j int) bool {
			a, b := arts[out[i]].Date, arts[out[j]].Date
			return a != "" && (b == "" || a < b)
		},
		"title": func(i, j int) bool { return o.titleKey[out[i]] < o.titleKey[out[j]] },
		"source": func(i, j int) bool {
			a, b := strings.ToLower(arts[out[i]].Source), strings.ToLower(arts[out[j]].Source)
			if a != b {
				return a != "" && (b == "" || a < b)
			}
			return o.titleKey[out[i]] < o.titleKey[out[j]]
		},
	}[f.Sort]
	if less != nil {
		sort.SliceStable(out, less)
	}
	return out
}

// inPeriod reports whether an article dated date belongs to period p: a
// month ("2013-07"), a year ("2013") or noDate.
func inPeriod(date, p string) bool {
	m := month(date)
	if p == noDate {
		return m == ""
	}
	return m != "" && strings.HasPrefix(m, p)
}
