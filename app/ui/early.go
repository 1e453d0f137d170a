package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui/resultrows"
)

// The early search (web/early-search.js, search.wasm from
// app/earlysearch) writes the first results of a cold search?q= into the
// prerendered page before this app has started, with the same markup as
// resultRows. When go-app starts it replaces the prerendered page with
// its own, so the app takes the early rows over:
//
//   - ResultList's OnMount moves them into the app's own (empty) result
//     list and tells the early search to stop (lecteurEarly.stop), so that
//     it never writes once the app is there;
//   - the search page does not paint before it has results of its own
//     (paint), and its first paint removes the early rows in the same
//     task as it writes its own (dropEarlyRows): the reader never sees
//     the list empty or doubled;
//   - until then its status line says what the early search's said
//     (earlyStatus), not "loading";
//   - what the reader typed into the prerendered box is the page's query
//     (earlyTyped).

// adoptEarlyRows moves the early search's rows into list, the app's
// result list, once.
func adoptEarlyRows(list app.Value) {
	early := app.Window().Get("lecteurEarly")
	if !early.Truthy() {
		return
	}
	early.Set("stop", true)
	old := early.Get("root")
	if !old.Truthy() || !list.Truthy() || old.Equal(list) {
		return
	}
	early.Set("root", nil)
	// The rows' links take their query from the list (resultrows.QueryLink).
	if q := old.Call("getAttribute", resultrows.QueryAttr); q.Truthy() {
		list.Call("setAttribute", resultrows.QueryAttr, q)
	}
	moved := false
	for c := old.Get("firstChild"); c.Truthy(); c = old.Get("firstChild") {
		list.Call("appendChild", c)
		moved = true
	}
	early.Set("adopted", moved)
}

// dropEarlyRows removes the adopted early rows from the element with id
// id, the first time the app writes results of its own there.
func dropEarlyRows(id string) {
	early := app.Window().Get("lecteurEarly")
	if !early.Truthy() || !early.Get("adopted").Truthy() {
		return
	}
	early.Set("adopted", false)
	list := app.Window().GetElementByID(id)
	for c := list.Get("firstChild"); c.Truthy(); c = list.Get("firstChild") {
		list.Call("removeChild", c)
	}
}

// earlyTyped returns what the reader typed into the prerendered search
// box before the app started (ok false when nothing), once: go-app
// replaced that box with its own, empty of it.
func earlyTyped() (q string, ok bool) {
	early := app.Window().Get("lecteurEarly")
	if !early.Truthy() {
		return "", false
	}
	typed := early.Get("typed")
	if typed.Type() != app.TypeString {
		return "", false
	}
	early.Set("typed", nil)
	return typed.String(), true
}

// earlyStatus returns the status line the early search wrote with its
// rows, or "" when it wrote none.
func earlyStatus() string {
	early := app.Window().Get("lecteurEarly")
	if !early.Truthy() || early.Get("shown").Int() == 0 {
		return ""
	}
	if st := early.Get("status"); st.Type() == app.TypeString {
		return st.String()
	}
	return ""
}
