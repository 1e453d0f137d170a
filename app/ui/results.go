package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/search"
	"lecteur/app/ui/browser"
	"lecteur/app/ui/data"
	"lecteur/app/ui/resultrows"
	"lecteur/app/ui/resultsdom"
)

// resultsID is the id of the element the results are written into.
const resultsID = "results"

// ResultList is the element of the search results. go-app renders it
// once, empty, and never renders children into it: the search page writes
// the results there itself (ResultsWriter), from the keystroke's handler,
// so that they follow each key within one frame instead of on go-app's
// next one. A tick in a result's box reaches ResultList as the change
// event bubbles up, and goes to Picks in the event's own handler.
type ResultList struct {
	app.Compo
	// Picks keeps the ticked pair. It is called, not sent an action:
	// go-app posts each action from a goroutine of its own, and two ticks
	// in quick succession could then arrive in either order, when the
	// pair is the last two ticked in order (TestSearchPickTwoToCompare).
	Picks picker
}

// picker is what keeps the ticks (the search page).
type picker interface {
	pick(ctx app.Context, p pickEvent)
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
	if l.Picks != nil {
		l.Picks.pick(ctx, pickEvent{
			ID: box.Get("value").String(),
			On: box.Get("checked").Bool(),
		})
	}
}

// slotWriter writes the search page's rows into their elements of the
// page, in place (see resultsdom): the results and each other slot a
// keystroke changes, one resultsdom.List each, and the status line. All
// the writes of one paint go to the page in one call (browser.Rows).
type slotWriter struct {
	dom   *browser.Rows
	lists map[string]*resultsdom.List
	// attrs holds, by slot id, the attributes each list's root carries
	// (see rowSlot.attrs), as last written.
	attrs map[string]map[string]string
}

// rowSlot is the rows of the element with id id, and the attributes its
// root carries, each written when its value changes: the query its
// links take when used, if they take one (resultrows.QueryAttr, for
// resultrows.QueryLink), and what the rows' state is (passagesAttr).
type rowSlot struct {
	id    string
	rows  []resultsdom.Row
	attrs attrs
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
		w.dom, w.lists, w.attrs = dom, map[string]*resultsdom.List{}, map[string]map[string]string{}
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
			delete(w.attrs, sl.id)
		}
		l.Show(sl.rows)
		for _, a := range sl.attrs {
			written := w.attrs[sl.id]
			if v, ok := written[a.Name]; ok && v == a.Value {
				continue
			}
			if written == nil {
				written = map[string]string{}
				w.attrs[sl.id] = written
			}
			w.dom.SetAttr(l.Root(), a.Name, a.Value)
			written[a.Name] = a.Value
		}
	}
	if status != "" {
		w.dom.SetTextOf(statusID, status)
	}
	w.dom.Flush()
}

type attrs = []resultsdom.Attr

// passagesAttr is the attribute of the result list's root that says
// whether the passages of the results shown are final: "shown" once
// every shown result has its passage (or its text came without one),
// "pending" while a text is on its way or left for the reader's pause
// (textPause). The facet's table is asked for from the same moment
// (SearchPage.run), and a test that measures what the facet moves waits
// for it (TestSearchFacetDoesNotMoveResults).
const passagesAttr = "data-passages"

// resultItem is one result as shown: the hit and what the reader sees of
// its article.
type resultItem = resultrows.Item

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
	it := resultItem{Hit: h, Sum: sum, Title: search.Highlight(sum.Title, h.Terms)}
	if text := env.Data.LoadedText(h.ID); text != nil {
		para := text.Title
		if h.Para >= 0 && h.Para < len(text.Paragraphs) {
			para = text.Paragraphs[h.Para]
		} else if len(text.Paragraphs) > 0 {
			para = text.Paragraphs[0]
		}
		it.Passage, it.Marks = search.Passage(para, h.Terms, passageRunes)
	}
	return it, true
}

// itemMemo holds the items of the last run by article id. From one key to
// the next most results stay, with the same matched terms: finding their
// title's marks and best passage again was a tenth of a key's run at
// 10,000 articles (Chromium's profile of the bench's typing).
type itemMemo map[string]resultItem

// item is newResultItem(env, h), from the memo when the memo's item is
// hit's article with the same paragraph and terms, and its passage, if it
// had none, still waits for its text.
func (m itemMemo) item(env Env, h search.Hit) (resultItem, bool) {
	if it, ok := m[h.ID]; ok && it.Hit.Para == h.Para && slices.Equal(it.Hit.Terms, h.Terms) &&
		(it.Passage != "" || env.Data.LoadedText(h.ID) == nil) {
		it.Hit = h
		return it, true
	}
	return newResultItem(env, h)
}

// resultRows are the result list's rows (resultrows.Rows), the reader's
// own articles badged.
func resultRows(env Env, items []resultItem, picked []string) []resultsdom.Row {
	return resultrows.Rows(rowEnv(env), items, picked)
}

// rowEnv is what resultrows needs of env.
func rowEnv(env Env) resultrows.Env {
	return resultrows.Env{Lang: env.Lang, Base: env.Base, Local: data.IsLocal}
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
