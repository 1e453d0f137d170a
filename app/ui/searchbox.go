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

	unlisten func()
}

// queryAction carries the box's text to the search page as the reader types.
const queryAction = "lecteur.query"

func (b *SearchBox) OnMount(ctx app.Context) {
	b.unlisten = app.Window().AddEventListener("keydown", func(ctx app.Context, e app.Event) {
		if e.Get("key").String() != "/" || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() {
			return
		}
		tag := e.Get("target").Get("tagName").String()
		if tag == "INPUT" || tag == "TEXTAREA" || tag == "SELECT" {
			return
		}
		e.PreventDefault()
		focusSearch()
	})
	if route(app.Window().URL()) == "/search" {
		focusSearch()
	}
}

func (b *SearchBox) OnDismount() {
	if b.unlisten != nil {
		b.unlisten()
	}
}

// focusSearch puts the caret at the end of the search box.
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
				Value(b.Query).
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
	if route(app.Window().URL()) == "/search" {
		ctx.NewActionWithValue(queryAction, q)
		return
	}
	ctx.Navigate(SearchPath(q))
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
		if first := app.Window().Get("document").Call("querySelector", "[data-result] a"); first.Truthy() {
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
		ctx.NewActionWithValue(queryAction, q)
		return
	}
	ctx.Navigate(SearchPath(q))
}
