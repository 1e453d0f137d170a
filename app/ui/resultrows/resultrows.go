// Package resultrows is the markup of the search page's result rows, as
// resultsdom nodes: one card per story, its rank, title and passage with
// the matched words in <mark>, its metadata line, the box to compare and
// the story's other versions folded under it.
//
// Why it is a package of its own: two programs write these rows, the app
// (app/ui, on every keystroke) and the early search (app/earlysearch,
// before the app has started), and the app adopts the early rows as they
// are, so the two must write the same elements, attributes and texts
// (TestEarlySearchBeforeApp compares them in Chromium). app/ui imports
// go-app, which the early search must not (search.wasm stays small), so
// the rows live here, with nothing but the pure packages they need.
package resultrows

import (
	"strconv"
	"strings"

	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/i18n"
	"lecteur/app/ui/link"
	"lecteur/app/ui/resultsdom"
)

// Env is what the rows need of the page: the reader's language, the base
// path of links, and which articles are the reader's own.
type Env struct {
	i18n.Lang
	link.Base
	// Local reports whether an article is one of the reader's own, which
	// its metadata line badges; nil when there are none (the early
	// search shows only published articles).
	Local func(id string) bool
}

// Item is one hit as shown: its article's summary, its title's matched
// words and, once its text is loaded, its best passage and the passage's
// matched words.
type Item struct {
	Hit     search.Hit
	Sum     *site.Summary
	Title   []search.Range
	Passage string
	Marks   []search.Range
}

// Card is one card of a list: the article shown, by its index in the
// list, and the other versions of its story listed under it, in list
// order.
type Card struct {
	First  int
	Others []int
}

// FoldStories turns a list of articles, given as the story id of each
// ("" for none), into cards of indexes in the list: the first article of
// each story carries the story's other listed versions, which do not show
// again. With all set, or for an article in no story, each article is its
// own card.
func FoldStories(stories []string, all bool) []Card {
	cards := make([]Card, 0, len(stories))
	at := map[string]int{} // story id → its card
	for i, s := range stories {
		if all || s == "" {
			cards = append(cards, Card{First: i})
			continue
		}
		if c, ok := at[s]; ok {
			cards[c].Others = append(cards[c].Others, i)
			continue
		}
		at[s] = len(cards)
		cards = append(cards, Card{First: i})
	}
	return cards
}

// Rows are the results in rank order, one row per card keyed by its
// article id: each an element with data-result (its rank) and
// data-article-id, its title and best passage with the matched words in
// <mark>, and a box to tick it for comparison (ticked when its id is in
// picked). The versions of one story fold into the best ranked one's
// result ("also in N other versions"), each carrying data-story and the
// result data-versions. The links carry no query: the list's root
// does (QueryAttr).
func Rows(env Env, items []Item, picked []string) []resultsdom.Row {
	stories := make([]string, len(items))
	for i := range items {
		stories[i] = items[i].Sum.Story
	}
	cards := FoldStories(stories, false)
	rows := make([]resultsdom.Row, len(cards))
	for i, c := range cards {
		rows[i] = row(env, i, items, c, picked)
	}
	return rows
}

type attrs = []resultsdom.Attr

func row(env Env, i int, items []Item, c Card, picked []string) resultsdom.Row {
	it := &items[c.First]
	others := make([]*site.Summary, len(c.Others))
	for k, o := range c.Others {
		others[k] = items[o].Sum
	}
	// The link carries the query only once it is used (QueryLink): a
	// row that shows the same article from one key to the next is then
	// not written at all.
	href := env.ArticlePath(it.Sum.ID)
	if it.Hit.Para >= 0 {
		href += "#" + ParaID(it.Hit.Para)
	}
	id := it.Sum.ID
	li := attrs{{Name: "class", Value: "result"}, {Name: "data-result", Value: strconv.Itoa(i + 1)}, {Name: "data-article-id", Value: id}}
	if it.Sum.Story != "" {
		li = append(li, resultsdom.Attr{Name: "data-story", Value: it.Sum.Story})
	}
	if len(others) > 0 {
		li = append(li, resultsdom.Attr{Name: "data-versions", Value: strconv.Itoa(1 + len(others))})
	}
	box := attrs{{Name: "type", Value: "checkbox"}, {Name: "value", Value: id}, {Name: "data-pick", Value: id}}
	if contains(picked, id) {
		box = append(box, resultsdom.Attr{Name: "checked", Value: ""})
	}
	kids := []resultsdom.Node{
		resultsdom.El("h2", nil, resultsdom.El("a", attrs{{Name: "href", Value: href}, {Name: QueryLink, Value: ""}}, MarkedNodes(it.Sum.Title, it.Title)...)),
	}
	if m, ok := metaNode(env, it.Sum); ok {
		kids = append(kids, m)
	}
	kids = append(kids,
		resultsdom.El("p", attrs{{Name: "class", Value: "passage"}}, MarkedNodes(it.Passage, it.Marks)...),
		resultsdom.El("label", attrs{{Name: "class", Value: "pick"}},
			resultsdom.El("input", box),
			resultsdom.Text(" "+env.T("search.pick")),
		),
	)
	if len(others) > 0 {
		kids = append(kids, versionsNode(env, it.Sum, others))
	}
	return resultsdom.Row{Key: id, Node: resultsdom.El("li", li, kids...)}
}

// QueryLink and QueryAttr are how a list's links carry its query: a link
// with the attribute QueryLink gets ?q=<query> (in front of its other
// parameters) from the QueryAttr of the element around it, the list's
// root, when it is used: pressed, clicked, focused, dragged or opened in
// its menu (web/keystroke.js). Every result link and facet link carries
// the query; written into each on every key, they were most of a key's
// writes, and each written attribute costs the browser a style
// recalculation before it can take the next key. A list's root gets one
// attribute per key instead.
const (
	QueryLink = "data-query-link"
	QueryAttr = "data-query"
)

// ParaID is the id of paragraph i (from 0) in the reading view, which a
// result's link points to.
func ParaID(i int) string { return "p" + strconv.Itoa(i+1) }

// MetaText is an article's date, source, place and length as one line,
// empty when the article has none of them.
func MetaText(l i18n.Lang, s *site.Summary) string {
	var parts []string
	if s.Date != "" {
		parts = append(parts, l.Date(s.Date))
	}
	if s.Source != "" {
		parts = append(parts, s.Source)
	}
	if s.Place != "" {
		parts = append(parts, s.Place)
	}
	if s.Words > 0 {
		parts = append(parts, l.Tf("article.words", s.Words))
	}
	return strings.Join(parts, " · ")
}

// metaNode is the metadata line of a result; ok is false when it is
// empty.
func metaNode(env Env, s *site.Summary) (resultsdom.Node, bool) {
	text := MetaText(env.Lang, s)
	if text == "" {
		return resultsdom.Node{}, false
	}
	var kids []resultsdom.Node
	if env.Local != nil && env.Local(s.ID) {
		kids = append(kids, resultsdom.El("span",
			attrs{{Name: "class", Value: "badge-local"}, {Name: "title", Value: env.T("local.badge.title")}},
			resultsdom.Text(env.T("local.badge"))))
	}
	kids = append(kids, resultsdom.Text(text))
	return resultsdom.El("p", attrs{{Name: "class", Value: "meta"}}, kids...), true
}

// versionsNode is the fold of the other versions of a's story under its
// result, each linked to its reading view and to the differences with a.
func versionsNode(env Env, a *site.Summary, others []*site.Summary) resultsdom.Node {
	items := make([]resultsdom.Node, len(others))
	for i, o := range others {
		kids := []resultsdom.Node{resultsdom.El("a", attrs{{Name: "href", Value: env.ArticlePath(o.ID)}}, resultsdom.Text(o.Title))}
		if m, ok := metaNode(env, o); ok {
			kids = append(kids, m)
		}
		kids = append(kids, resultsdom.El("a",
			attrs{{Name: "class", Value: "diff-link"}, {Name: "data-diff-link", Value: o.ID}, {Name: "href", Value: env.DiffPath(a.ID, o.ID)}},
			resultsdom.Text(env.T("story.diff"))))
		items[i] = resultsdom.El("li", attrs{{Name: "data-article-id", Value: o.ID}, {Name: "data-story", Value: o.Story}}, kids...)
	}
	return resultsdom.El("details", attrs{{Name: "class", Value: "versions"}},
		resultsdom.El("summary", nil, resultsdom.Text(VersionsLabel(env.Lang, others))),
		resultsdom.El("p", attrs{{Name: "class", Value: "story-link"}},
			resultsdom.El("a", attrs{{Name: "data-story-link", Value: a.Story}, {Name: "href", Value: env.StoryPath(a.Story)}}, resultsdom.Text(env.T("story.group")))),
		resultsdom.El("ul", nil, items...),
	)
}

// VersionsLabel is the label of a story's fold: "also in N other
// versions (sources)".
func VersionsLabel(l i18n.Lang, others []*site.Summary) string {
	label := l.Tf("story.also", len(others))
	if len(others) == 1 {
		label = l.T("story.also.one")
	}
	if sources := VersionSources(others); len(sources) > 0 {
		label = l.Tf("story.sources", label, strings.Join(sources, ", "))
	}
	return label
}

// VersionSources names the sources of arts, each once, in order.
func VersionSources(arts []*site.Summary) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range arts {
		s := a.Source
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// MarkedNodes is s with the ranges in <mark>, as text nodes (never HTML).
// The nodes always alternate text, mark, text, …, starting with text (an
// empty one where a mark starts the string or follows another): the rows
// are patched child by child (resultsdom), so when every title and
// passage has the same shape, a row that shows another article from one
// key to the next rewrites its texts instead of rebuilding its marks.
func MarkedNodes(s string, ranges []search.Range) []resultsdom.Node {
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

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
