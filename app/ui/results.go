package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/browser"
	"lecteur/app/ui/data"
	"lecteur/app/ui/link"
	"lecteur/app/ui/resultsdom"
)

// resultsID is the id of the element the results are written into.
const resultsID = "results"

// ResultList is the element of the search results. go-app renders it
// once, empty, and never renders children into it: the search page writes
// the results there itself (ResultsWriter), from the keystroke's handler,
// so that they follow each key within one frame instead of on go-app's
// next one. A tick in a result's box reaches ResultList as the change
// event bubbles up, and is posted as actionPick.
type ResultList struct {
	app.Compo
}

// OnMount takes over the rows the early search wrote before the app
// started (early.go).
func (l *ResultList) OnMount(ctx app.Context) { adoptEarlyRows(l.JSValue()) }

func (l *ResultList) Render() app.UI {
	return app.Ol().ID(resultsID).Class("results").OnChange(l.onPick)
}

func (l *ResultList) onPick(ctx app.Context, e app.Event) {
	box := e.Get("target")
	if !box.Get("dataset").Get("pick").Truthy() {
		return
	}
	ctx.NewActionWithValue(actionPick, pickEvent{
		ID: box.Get("value").String(),
		On: box.Get("checked").Bool(),
	})
}

// slotWriter writes the search page's rows into their elements of the
// page, in place (see resultsdom): the results and each other slot a
// keystroke changes, one resultsdom.List each, and the status line. All
// the writes of one paint go to the page in one call (browser.Rows).
type slotWriter struct {
	dom   *browser.Rows
	lists map[string]*resultsdom.List
}

// rowSlot is the rows of the element with id id.
type rowSlot struct {
	id   string
	rows []resultsdom.Row
}

// write shows each slot's rows in the element with its id, if it is
// there (an element mounted anew starts a new list), and status, unless
// empty, as the text of the element with id statusID.
func (w *slotWriter) write(slots []rowSlot, statusID, status string) {
	if w.dom == nil {
		dom, ok := browser.NewRows()
		if !ok {
			browser.Log("search: web/keystroke.js is not loaded; results cannot be shown")
			return
		}
		w.dom, w.lists = dom, map[string]*resultsdom.List{}
	}
	ids := make([]string, len(slots))
	for i, sl := range slots {
		ids[i] = sl.id
	}
	states := w.dom.Fresh(ids)
	for i, sl := range slots {
		l := w.lists[sl.id]
		switch {
		case states[i] == browser.RootAbsent:
			continue
		case states[i] == browser.RootChanged, l == nil:
			if l != nil {
				l.Release()
				w.dom.Release(l.Root())
			}
			l = resultsdom.New(w.dom, w.dom.Root(sl.id))
			w.lists[sl.id] = l
		}
		l.Show(sl.rows)
	}
	if status != "" {
		w.dom.SetTextOf(statusID, status)
	}
	w.dom.Flush()
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

// actionPick is posted with a pickEvent when a result's box is ticked or
// unticked; the search page keeps the pair.
const actionPick = "lecteur.search.pick"

// pickEvent is one tick or untick of a result's box.
type pickEvent struct {
	ID string
	On bool
}

// passageRunes bounds a result's passage.
const passageRunes = 240

// newResultItem is hit as shown: its title with the matched words, and
// its best passage if its text is loaded (never waiting for it); ok is
// false when the article is unknown.
func newResultItem(env Env, h search.Hit) (resultItem, bool) {
	sum, _ := env.Data.Summary(h.ID)
	if sum == nil {
		return resultItem{}, false
	}
	it := resultItem{hit: h, sum: sum, title: search.Highlight(sum.Title, h.Terms)}
	if text := env.Data.LoadedText(h.ID); text != nil {
		para := text.Title
		if h.Para >= 0 && h.Para < len(text.Paragraphs) {
			para = text.Paragraphs[h.Para]
		} else if len(text.Paragraphs) > 0 {
			para = text.Paragraphs[0]
		}
		it.passage, it.marks = search.Passage(para, h.Terms, passageRunes)
	}
	return it, true
}

// resultRows are the results in rank order, one row per card keyed by its
// article id: each an element with data-result (its rank) and
// data-article-id, its title and best passage with the matched words in
// <mark>, and a box to tick it for comparison. The versions of one story
// fold into the best ranked one's result ("also in N other versions"),
// each carrying data-story and the result data-versions.
func resultRows(env Env, query string, items []resultItem, picked []string) []resultsdom.Row {
	stories := make([]string, len(items))
	for i := range items {
		stories[i] = items[i].sum.Story
	}
	cards := foldStories(stories, false)
	rows := make([]resultsdom.Row, len(cards))
	for i, c := range cards {
		rows[i] = resultRow(env, query, i, items, c, picked)
	}
	return rows
}

type attrs = []resultsdom.Attr

func resultRow(env Env, query string, i int, items []resultItem, c card, picked []string) resultsdom.Row {
	it := &items[c.first]
	others := make([]*site.Summary, len(c.others))
	for k, o := range c.others {
		others[k] = items[o].sum
	}
	href := env.ArticlePath(it.sum.ID) + "?q=" + link.QueryEscape(query)
	if it.hit.Para >= 0 {
		href += "#" + paraID(it.hit.Para)
	}
	id := it.sum.ID
	li := attrs{{Name: "class", Value: "result"}, {Name: "data-result", Value: itoa(i + 1)}, {Name: "data-article-id", Value: id}}
	if it.sum.Story != "" {
		li = append(li, resultsdom.Attr{Name: "data-story", Value: it.sum.Story})
	}
	if len(others) > 0 {
		li = append(li, resultsdom.Attr{Name: "data-versions", Value: itoa(1 + len(others))})
	}
	box := attrs{{Name: "type", Value: "checkbox"}, {Name: "value", Value: id}, {Name: "data-pick", Value: id}}
	if contains(picked, id) {
		box = append(box, resultsdom.Attr{Name: "checked", Value: ""})
	}
	kids := []resultsdom.Node{
		resultsdom.El("h2", nil, resultsdom.El("a", attrs{{Name: "href", Value: href}}, markedNodes(it.sum.Title, it.title)...)),
	}
	if m, ok := metaNode(env, it.sum); ok {
		kids = append(kids, m)
	}
	kids = append(kids,
		resultsdom.El("p", attrs{{Name: "class", Value: "passage"}}, markedNodes(it.passage, it.marks)...),
		resultsdom.El("label", attrs{{Name: "class", Value: "pick"}},
			resultsdom.El("input", box),
			resultsdom.Text(" "+env.T("search.pick")),
		),
	)
	if len(others) > 0 {
		kids = append(kids, versionsNode(env, it.sum, others))
	}
	return resultsdom.Row{Key: id, Node: resultsdom.El("li", li, kids...)}
}

// metaNode is metaLine for the result list; ok is false when it is empty.
func metaNode(env Env, s *site.Summary) (resultsdom.Node, bool) {
	text := metaText(env, s)
	if text == "" {
		return resultsdom.Node{}, false
	}
	var kids []resultsdom.Node
	if data.IsLocal(s.ID) {
		kids = append(kids, resultsdom.El("span",
			attrs{{Name: "class", Value: "badge-local"}, {Name: "title", Value: env.T("local.badge.title")}},
			resultsdom.Text(env.T("local.badge"))))
	}
	kids = append(kids, resultsdom.Text(text))
	return resultsdom.El("p", attrs{{Name: "class", Value: "meta"}}, kids...), true
}

// versionsNode is versionsList for the result list.
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
		resultsdom.El("summary", nil, resultsdom.Text(versionsLabel(env, others))),
		resultsdom.El("p", attrs{{Name: "class", Value: "story-link"}},
			resultsdom.El("a", attrs{{Name: "data-story-link", Value: a.Story}, {Name: "href", Value: env.StoryPath(a.Story)}}, resultsdom.Text(env.T("story.group")))),
		resultsdom.El("ul", nil, items...),
	)
}

// markedNodes is s with the ranges in <mark>, as text nodes (never HTML).
// The nodes always alternate text, mark, text, …, starting with text (an
// empty one where a mark starts the string or follows another): the rows
// are patched child by child (resultsdom), so when every title and
// passage has the same shape, a row that shows another article from one
// key to the next rewrites its texts instead of rebuilding its marks.
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

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
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
