package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// SearchBox is the one search box of every page. Without JavaScript it is a
// plain GET form to the search page; with it, typing updates the results
// on every keystroke.
type SearchBox struct {
	app.Compo
	// Query is the search in the URL, shown in the box.
	Query string
	// Lang is the interface language, so that the labels follow a switch.
	Lang string

	value string     // what the box shows
	field typedField // see typedField: typing is never overwritten
}

// OnInit shows the URL's query, for the prerendered page and the first
// render in the browser.
func (b *SearchBox) OnInit() { b.value = b.Query }

// OnUpdate follows the URL's query, except while the reader types: the
// URL then lags behind the box by a keystroke or two, and taking it would
// eat what was typed in between.
func (b *SearchBox) OnUpdate(ctx app.Context) {
	if q, typing := liveQuery(); typing {
		b.value = q
		return
	}
	b.value = b.Query
}

// onQuery is set by the mounted search page: the box calls it on every
// keystroke, in order (go-app actions are posted from goroutines and can
// arrive out of order when the reader types fast).
var onQuery func(q string)

// searchPending is set from the keystroke that leaves a page for the
// search page until that page is mounted: keys typed meanwhile only fill
// the box, and the search page reads the box when it starts.
var searchPending bool

// liveQuery returns what the search box holds while the reader is typing
// in it, and ok false when the box is not focused.
func liveQuery() (q string, ok bool) {
	if !focused("q") {
		return "", false
	}
	return app.Window().GetElementByID("q").Get("value").String(), true
}

// focusSearch puts the caret at the end of the search box (the "/"
// shortcut, Escape from the results: see keys.go).
func focusSearch() {
	in := app.Window().GetElementByID("q")
	if !in.Truthy() {
		return
	}
	in.Call("focus")
	n := len([]rune(in.Get("value").String()))
	in.Call("setSelectionRange", n, n)
}

func (b *SearchBox) Render() app.UI {
	return app.Form().
		Class("searchbox").
		Attr("role", "search").
		Action(Path("search")).
		Method("get").
		OnSubmit(b.onSubmit).
		Body(
			app.Label().For("q").Class("visually-hidden").Text(t("search.label")),
			app.Input().
				Type("search").
				ID("q").
				Name("q").
				Value(b.field.value("q", b.value)).
				Placeholder(t("search.ph")).
				AutoComplete(false).
				Attr("spellcheck", "false").
				Attr("enterkeyhint", "search").
				OnInput(b.onInput).
				OnKeyDown(b.onKeyDown),
			app.Button().Type("submit").Class("visually-hidden").Text(t("search.submit")),
		)
}

func (b *SearchBox) onInput(ctx app.Context, e app.Event) {
	q := ctx.JSSrc().Get("value").String()
	b.value = q
	if route(app.Window().URL()) == "/search" {
		if onQuery != nil {
			onQuery(q)
		}
		return
	}
	if !searchPending {
		searchPending = true
		ctx.Navigate(SearchPath(q))
	}
}

func (b *SearchBox) onKeyDown(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Escape":
		if ctx.JSSrc().Get("value").String() != "" {
			e.PreventDefault()
			ctx.JSSrc().Set("value", "")
			b.onInput(ctx, e)
		}
	case "ArrowDown":
		if first := app.Window().Get("document").Call("querySelector", "[data-result] h2 a"); first.Truthy() {
			e.PreventDefault()
			first.Call("focus")
		}
	}
}

func (b *SearchBox) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	in := app.Window().GetElementByID("q")
	q := ""
	if in.Truthy() {
		q = in.Get("value").String()
	}
	if route(app.Window().URL()) == "/search" {
		if onQuery != nil {
			onQuery(q)
		}
		return
	}
	ctx.Navigate(SearchPath(q))
}
