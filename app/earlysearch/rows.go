package main

import (
	"strconv"
	"strings"

	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/i18n"
	"lecteur/app/ui/link"
	"lecteur/app/ui/resultsdom"
)

// The rows below are the search page's first display, as app/ui writes it
// (results.go resultRows, meta.go metaText, story_card.go versionsLabel,
// stories.go foldStories, marks.go paraID): the same elements, attributes
// and texts, so that the app adopts them without a visible change
// (TestEarlySearchMatchesApp compares the two in Chromium). They are
// copied, not shared, because app/ui imports go-app, which this program
// must not: a change to the app's rows must be made here too, and that
// test fails until it is.

// Limits of the first display, as the search page's (app/ui/searchpage.go
// maxResults and pageResults).
const (
	maxResults  = 50
	pageResults = 20
)

// env is what the rows need of the app's Env: the reader's language and
// the base path.
type env struct {
	i18n.Lang
	link.Base
}

// statusText is the search page's status line for total matching
// articles, as app/ui's SearchPage.statusText says it.
func statusText(e env, total int) string {
	if total == 1 {
		return e.T("search.count.one")
	}
	return e.Tf("search.count", total)
}

// firstIDs returns the ids of the hits the first display shows.
func firstIDs(hits []search.Hit) []string {
	if len(hits) > pageResults {
		hits = hits[:pageResults]
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	return ids
}

// item is one hit with its summary and its title's matched words.
type item struct {
	hit   search.Hit
	sum   *site.Summary
	title []search.Range
}

// resultRows are the first pageResults hits as the search page's rows,
// their titles from sums (hits without one are left out, as the app does)
// and no passage yet: the app's first display has none either until the
// texts load.
func resultRows(e env, query string, hits []search.Hit, sums map[string]site.Summary) []resultsdom.Row {
	var items []item
	for i, h := range hits {
		if i == pageResults {
			break
		}
		s, ok := sums[h.ID]
		if !ok {
			continue
		}
		items = append(items, item{hit: h, sum: &s, title: search.Highlight(s.Title, h.Terms)})
	}
	stories := make([]string, len(items))
	for i := range items {
		stories[i] = items[i].sum.Story
	}
	cards := foldStories(stories)
	rows := make([]resultsdom.Row, len(cards))
	for i, c := range cards {
		rows[i] = resultRow(e, query, i, items, c)
	}
	return rows
}

type attrs = []resultsdom.Attr

// card is one result card: an item and the other versions of its story
// among the items.
type card struct {
	first  int
	others []int
}

// foldStories is app/ui's foldStories without "all".
func foldStories(stories []string) []card {
	cards := make([]card, 0, len(stories))
	at := map[string]int{}
	for i, s := range stories {
		if s == "" {
			cards = append(cards, card{first: i})
			continue
		}
		if c, ok := at[s]; ok {
			cards[c].others = append(cards[c].others, i)
			continue
		}
		at[s] = len(cards)
		cards = append(cards, card{first: i})
	}
	return cards
}

func resultRow(e env, query string, i int, items []item, c card) resultsdom.Row {
	it := &items[c.first]
	others := make([]*site.Summary, len(c.others))
	for k, o := range c.others {
		others[k] = items[o].sum
	}
	href := e.ArticlePath(it.sum.ID) + "?q=" + link.QueryEscape(query)
	if it.hit.Para >= 0 {
		href += "#p" + strconv.Itoa(it.hit.Para+1)
	}
	id := it.sum.ID
	li := attrs{{Name: "class", Value: "result"}, {Name: "data-result", Value: strconv.Itoa(i + 1)}, {Name: "data-article-id", Value: id}}
	if it.sum.Story != "" {
		li = append(li, resultsdom.Attr{Name: "data-story", Value: it.sum.Story})
	}
	if len(others) > 0 {
		li = append(li, resultsdom.Attr{Name: "data-versions", Value: strconv.Itoa(1 + len(others))})
	}
	box := attrs{{Name: "type", Value: "checkbox"}, {Name: "value", Value: id}, {Name: "data-pick", Value: id}}
	kids := []resultsdom.Node{
		resultsdom.El("h2", nil, resultsdom.El("a", attrs{{Name: "href", Value: href}}, markedNodes(it.sum.Title, it.title)...)),
	}
	if m, ok := metaNode(e, it.sum); ok {
		kids = append(kids, m)
	}
	kids = append(kids,
		resultsdom.El("p", attrs{{Name: "class", Value: "passage"}}),
		resultsdom.El("label", attrs{{Name: "class", Value: "pick"}},
			resultsdom.El("input", box),
			resultsdom.Text(" "+e.T("search.pick")),
		),
	)
	if len(others) > 0 {
		kids = append(kids, versionsNode(e, it.sum, others))
	}
	return resultsdom.Row{Key: id, Node: resultsdom.El("li", li, kids...)}
}

// metaText is app/ui's metaText: date, source, place and length.
func metaText(e env, s *site.Summary) string {
	var parts []string
	if s.Date != "" {
		parts = append(parts, e.Date(s.Date))
	}
	if s.Source != "" {
		parts = append(parts, s.Source)
	}
	if s.Place != "" {
		parts = append(parts, s.Place)
	}
	if s.Words > 0 {
		parts = append(parts, e.Tf("article.words", s.Words))
	}
	return strings.Join(parts, " · ")
}

// metaNode is app/ui's metaNode for a published article (the early
// search never shows the reader's own).
func metaNode(e env, s *site.Summary) (resultsdom.Node, bool) {
	text := metaText(e, s)
	if text == "" {
		return resultsdom.Node{}, false
	}
	return resultsdom.El("p", attrs{{Name: "class", Value: "meta"}}, resultsdom.Text(text)), true
}

func versionsNode(e env, a *site.Summary, others []*site.Summary) resultsdom.Node {
	items := make([]resultsdom.Node, len(others))
	for i, o := range others {
		kids := []resultsdom.Node{resultsdom.El("a", attrs{{Name: "href", Value: e.ArticlePath(o.ID)}}, resultsdom.Text(o.Title))}
		if m, ok := metaNode(e, o); ok {
			kids = append(kids, m)
		}
		kids = append(kids, resultsdom.El("a",
			attrs{{Name: "class", Value: "diff-link"}, {Name: "data-diff-link", Value: o.ID}, {Name: "href", Value: e.DiffPath(a.ID, o.ID)}},
			resultsdom.Text(e.T("story.diff"))))
		items[i] = resultsdom.El("li", attrs{{Name: "data-article-id", Value: o.ID}, {Name: "data-story", Value: o.Story}}, kids...)
	}
	return resultsdom.El("details", attrs{{Name: "class", Value: "versions"}},
		resultsdom.El("summary", nil, resultsdom.Text(versionsLabel(e, others))),
		resultsdom.El("p", attrs{{Name: "class", Value: "story-link"}},
			resultsdom.El("a", attrs{{Name: "data-story-link", Value: a.Story}, {Name: "href", Value: e.StoryPath(a.Story)}}, resultsdom.Text(e.T("story.group")))),
		resultsdom.El("ul", nil, items...),
	)
}

func versionsLabel(e env, others []*site.Summary) string {
	label := e.Tf("story.also", len(others))
	if len(others) == 1 {
		label = e.T("story.also.one")
	}
	seen := map[string]bool{}
	var sources []string
	for _, o := range others {
		if s := o.Source; s != "" && !seen[s] {
			seen[s] = true
			sources = append(sources, s)
		}
	}
	if len(sources) > 0 {
		label = e.Tf("story.sources", label, strings.Join(sources, ", "))
	}
	return label
}

// markedNodes is app/ui's markedNodes: text, mark, text, … starting with
// text.
func markedNodes(s string, ranges []search.Range) []resultsdom.Node {
	segs := search.Segments(s, ranges)
	out := make([]resultsdom.Node, 0, len(segs)+1)
	for _, seg := range segs {
		if seg.Match {
			if len(out)%2 == 0 {
				out = append(out, resultsdom.Text(""))
			}
			out = append(out, resultsdom.El("mark", nil, resultsdom.Text(seg.Text)))
		} else {
			out = append(out, resultsdom.Text(seg.Text))
		}
	}
	return out
}
