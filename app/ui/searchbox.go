package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// SearchBox is the one search box of every page. Without JavaScript it is a
// plain GET form to the search page; with it, typing updates the results
// on every keystroke.
type SearchBox struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env
	// Query is the search in the URL, shown in the box.
	Query string
	// Lang is the interface language, so that the labels follow a switch.
	Lang string

	value string     // what the box shows
	query string     // the Query value last followed (see Render)
	field typedField // see typedField: typing is never overwritten
}

// OnInit shows the URL's query, for the prerendered page and the first
// render in the browser.
func (b *SearchBox) OnInit() { b.value, b.query = b.Query, b.Query }

// OnUpdate follows the URL's query when the Shell hands new props (see
// follow).
func (b *SearchBox) OnUpdate(ctx app.Context) { b.follow() }

// follow shows the URL's query, except while the reader types: the URL
// then lags behind the box by a keystroke or two, and taking it would eat
// what was typed in between.
func (b *SearchBox) follow() {
	b.query = b.Query
	if q, typing := liveQuery(); typing {
		b.value = q
		return
	}
	b.value = b.Query
}

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

// Render follows a new Query itself: go-app renders a component with its
// new props before it calls OnUpdate, and a frame or more can pass until
// the render after it. Back from an article to search?q=, the box then
// showed the article page's empty value over the query's results, and a
// reader who clicked into it in that moment kept it empty (typedField:
// the focused box is the reader's), so Escape there did nothing
// (TestKeyboardOpensAResult under load).
func (b *SearchBox) Render() app.UI {
	env := b.Env
	if b.Query != b.query {
		b.follow()
	}
	return app.Form().
		Class("searchbox").
		Attr("role", "search").
		Action(env.Path("search")).
		Method("get").
		OnSubmit(b.onSubmit).
		Body(
			app.Label().For("q").Class("visually-hidden").Text(env.T("search.label")),
			app.Input().
				Type("search").
				ID("q").
				Name("q").
				Value(b.field.value("q", b.value)).
				Placeholder(env.T("search.ph")).
				AutoComplete(false).
				Attr("spellcheck", "false").
				Attr("enterkeyhint", "search").
				OnInput(b.onInput),
			app.Button().Type("submit").Class("visually-hidden").Text(env.T("search.submit")),
		)
}

func (b *SearchBox) onInput(ctx app.Context, e app.Event) {
	env := b.Env
	q := ctx.JSSrc().Get("value").String()
	b.value = q
	if env.Typing.Listening() {
		// The search page writes what a key changes in this handler;
		// nothing else changes with a key, so the box and the Shell
		// around it are not rendered again (go-app would, for every
		// event of the box), which leaves the next frame free for the
		// next key.
		ctx.PreventUpdate()
		env.Typing.Type(q)
		return
	}
	if !env.Typing.pending {
		env.Typing.pending = true
		ctx.Navigate(env.SearchPath(q))
	}
}

func (b *SearchBox) onSubmit(ctx app.Context, e app.Event) {
	env := b.Env
	e.PreventDefault()
	in := app.Window().GetElementByID("q")
	q := ""
	if in.Truthy() {
		q = in.Get("value").String()
	}
	if env.Route(app.Window().URL()) == "/search" {
		env.Typing.Type(q)
		return
	}
	ctx.Navigate(env.SearchPath(q))
}
