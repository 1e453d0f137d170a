package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/link"
)

// ResultList is the list of search results, in rank order: each an
// element with data-result and data-article-id, its title and best
// passage with the matched words in <mark>, and a box to tick it for
// comparison. The versions of one story fold into the best ranked one's
// result ("also in N other versions"), each carrying data-story and the
// result data-versions. It renders from its props alone and keeps no state, so the
// search page can update it from the keystroke that changed the query.
type ResultList struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env
	// Query is the search, carried to the article's link.
	Query string
	// Items are the results shown.
	Items []resultItem
	// Picked are the ids ticked for comparison.
	Picked []string
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

func (l *ResultList) Render() app.UI {
	stories := make([]string, len(l.Items))
	for i := range l.Items {
		stories[i] = l.Items[i].sum.Story
	}
	cards := foldStories(stories, false)
	return app.Ol().Class("results").Body(
		app.Range(cards).Slice(func(i int) app.UI { return l.item(i, cards[i]) }),
	)
}

func (l *ResultList) item(i int, c card) app.UI {
	env := l.Env
	it := &l.Items[c.first]
	others := make([]*site.Summary, len(c.others))
	for k, o := range c.others {
		others[k] = l.Items[o].sum
	}
	href := env.ArticlePath(it.sum.ID) + "?q=" + link.QueryEscape(l.Query)
	if it.hit.Para >= 0 {
		href += "#" + paraID(it.hit.Para)
	}
	id := it.sum.ID
	li := app.Li().Class("result").DataSet("result", itoa(i+1)).DataSet("article-id", id)
	if it.sum.Story != "" {
		li = li.DataSet("story", it.sum.Story)
	}
	if len(others) > 0 {
		li = li.DataSet("versions", itoa(1+len(others)))
	}
	return li.Body(
		app.H2().Body(app.A().Href(href).Body(highlighted(it.sum.Title, it.title)...)),
		metaLine(env, it.sum),
		app.P().Class("passage").Body(highlighted(it.passage, it.marks)...),
		app.Label().Class("pick").Body(
			app.Input().Type("checkbox").Value(id).DataSet("pick", id).
				Checked(l.isPicked(id)).OnChange(l.onPick),
			app.Text(" "+env.T("search.pick")),
		),
		versionsList(env, it.sum, others),
	)
}

func (l *ResultList) isPicked(id string) bool {
	for _, p := range l.Picked {
		if p == id {
			return true
		}
	}
	return false
}

func (l *ResultList) onPick(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionPick, pickEvent{
		ID: ctx.JSSrc().Get("value").String(),
		On: ctx.JSSrc().Get("checked").Bool(),
	})
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
