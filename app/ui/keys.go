package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// keyPress is a key pressed anywhere in the page, with where the focus was.
type keyPress struct {
	Key       string // KeyboardEvent.key: "/", "?", "c", "Escape", "ArrowDown"…
	Modified  bool   // Ctrl, Meta or Alt held: the browser's, not ours
	InField   bool   // the focus is in a text field, a menu or a button
	InResults bool   // the focus is on a search result's link
	InBox     bool   // the focus is in the search box
	BoxText   bool   // the search box holds text
	View      string // the view the URL shows: see viewOf
}

// keyAction is what a key press does.
type keyAction int

const (
	keyNone       keyAction = iota
	keySearch               // focus the search box
	keyNextResult           // focus the next search result
	keyPrevResult           // focus the previous result, or the box from the first
	keyToBox                // leave the results for the search box
	keyBack                 // go back to where the reader came from
	keyCompare              // compare the article shown with another
	keyHelp                 // show the keyboard shortcuts
	keyClearBox             // empty the search box (and its results)
)

// shortcutKeys are the keys shortcut maps to an action in some context:
// the only keydown events that reach app.wasm (listenKeys), so that a
// letter typed costs no call into it.
var shortcutKeys = []string{"/", "?", "c", "C", "Escape", "ArrowDown", "ArrowUp"}

// shortcut maps a key press to an action. Single-letter shortcuts never
// fire while the reader types in a field; arrows move through the results
// (Enter follows the focused link by itself).
func shortcut(k keyPress) keyAction {
	if k.Modified {
		return keyNone
	}
	if k.InBox {
		switch {
		case k.Key == "ArrowDown":
			return keyNextResult
		case k.Key == "Escape" && k.BoxText:
			return keyClearBox
		}
	}
	if k.InResults {
		switch k.Key {
		case "ArrowDown":
			return keyNextResult
		case "ArrowUp":
			return keyPrevResult
		case "Escape":
			return keyToBox
		}
	}
	if k.InField {
		return keyNone
	}
	switch k.Key {
	case "/":
		return keySearch
	case "?":
		return keyHelp
	case "c", "C":
		if k.View == "article" {
			return keyCompare
		}
	case "Escape":
		switch k.View {
		case "search":
			return keyToBox
		case "article", "compare", "entities", "notfound":
			return keyBack
		}
	}
	return keyNone
}

// listenKeys listens to the keyboard shortcuts on the window. The
// listener is a plain JavaScript one, run while the browser dispatches the
// event: go-app's handlers run a moment later, too late to keep "/" out of
// the search box it focuses or to stop an arrow from scrolling the page.
// web/keystroke.js calls it only for shortcutKeys: every key pressed into
// app.wasm cost a typist a few milliseconds a letter (the bench's typing
// at 1,000 articles: from keydown to input, 5.2 ms median and 45 ms p95,
// against 2.8 and 15 ms on MiniSearch's page).
func (s *Shell) listenKeys(ctx app.Context) func() {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		s.onKey(ctx, app.Event{Value: args[0]})
		return nil
	})
	win := app.Window()
	if !win.Get("lecteurKeydown").Truthy() {
		// A page without web/keystroke.js: every key, as before it.
		win.Call("addEventListener", "keydown", fn)
		return func() {
			win.Call("removeEventListener", "keydown", fn)
			fn.Release()
		}
	}
	stop := win.Call("lecteurKeydown", fn, strings.Join(shortcutKeys, "\x1f"))
	return func() {
		stop.Invoke()
		fn.Release()
	}
}

// onKey runs the shortcut of a key press, if it has one.
func (s *Shell) onKey(ctx app.Context, e app.Event) {
	env := s.env
	if e.Get("defaultPrevented").Bool() {
		return
	}
	doc := app.Window().Get("document")
	active := doc.Get("activeElement")
	k := keyPress{
		Key:      e.Get("key").String(),
		Modified: e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool(),
		View:     s.view,
	}
	if active.Truthy() {
		switch active.Get("tagName").String() {
		case "INPUT", "TEXTAREA", "SELECT", "BUTTON":
			k.InField = true
		}
		if active.Get("isContentEditable").Bool() {
			k.InField = true
		}
		k.InResults = active.Call("closest", "[data-result]").Truthy()
		if active.Get("id").String() == "q" {
			k.InBox, k.BoxText = true, active.Get("value").String() != ""
		}
	}
	if dialog := app.Window().GetElementByID("keys"); dialog.Truthy() && dialog.Get("open").Bool() {
		return // the open dialog handles its own keys (Escape closes it)
	}
	action := shortcut(k)
	switch action {
	case keyNone:
		return
	case keySearch, keyToBox:
		focusSearch()
	case keyClearBox:
		clearSearch(active)
	case keyNextResult, keyPrevResult:
		moveResult(active, action == keyNextResult)
	case keyBack:
		if s.navs > 0 {
			app.Window().Get("history").Call("back")
		} else {
			ctx.Navigate(env.Path(""))
		}
	case keyCompare:
		ctx.Navigate(env.ComparePath(env.ArticleID(app.Window().URL()), ""))
	case keyHelp:
		openShortcuts()
	}
	e.PreventDefault()
}

// clearSearch empties the search box as if the reader had deleted its
// text: the input event it sends goes through the box's own handler, and
// the search page shows no results.
func clearSearch(box app.Value) {
	box.Set("value", "")
	box.Call("dispatchEvent", app.Window().Get("Event").New("input", map[string]any{"bubbles": true}))
}

// moveResult focuses the link of the result after (or before) the one
// holding the focus; up from the first result goes back to the box.
func moveResult(active app.Value, down bool) {
	links := app.Window().Get("document").Call("querySelectorAll", "[data-result] h2 a")
	n := links.Length()
	cur := -1
	for i := 0; i < n; i++ {
		if links.Index(i).Call("contains", active).Bool() || active.Call("contains", links.Index(i)).Bool() {
			cur = i
			break
		}
	}
	next := cur + 1
	if !down {
		next = cur - 1
	}
	switch {
	case next < 0:
		focusSearch()
	case next < n:
		links.Index(next).Call("focus")
	}
}

// openShortcuts shows the keyboard shortcuts dialog, modal: the focus
// stays in it and Escape closes it.
func openShortcuts() {
	if d := app.Window().GetElementByID("keys"); d.Truthy() && !d.Get("open").Bool() {
		d.Call("showModal")
	}
}

func closeShortcuts(ctx app.Context, e app.Event) {
	if d := app.Window().GetElementByID("keys"); d.Truthy() {
		d.Call("close")
	}
}

// shortcutsDialog lists the keyboard shortcuts.
func shortcutsDialog(env Env) app.UI {
	row := func(keys []string, what string) app.UI {
		return app.Div().Class("keys-row").Body(
			app.Dt().Body(app.Range(keys).Slice(func(i int) app.UI {
				return app.Kbd().Text(keys[i])
			})),
			app.Dd().Text(what),
		)
	}
	return app.Dialog().ID("keys").Class("keys").Aria("labelledby", "keys-title").Body(
		app.H2().ID("keys-title").Text(env.T("keys.title")),
		app.Dl().Body(
			row([]string{"/"}, env.T("keys.search")),
			row([]string{"↓", "↑", env.T("key.enter")}, env.T("keys.results")),
			row([]string{env.T("key.esc")}, env.T("keys.back")),
			row([]string{"c"}, env.T("keys.compare")),
			row([]string{"?"}, env.T("keys.help")),
		),
		app.Button().Type("button").Class("keys-close").Text(env.T("keys.close")).OnClick(closeShortcuts),
	)
}
