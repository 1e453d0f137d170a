package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// typedField is a text field the reader types in (the search box, the
// compare picker, the entity filter, the paste box), as its component
// renders it.
//
// go-app renders on its own frame, a moment after an input handler copied
// the field's value into the component's state, and sets the field's value
// whenever the rendered value differs from the last render's, trimming
// its spaces. Keys typed in that moment were overwritten by the older copy
// (a search box cleared and typed into fast came out empty; spaces typed
// in the paste box vanished). So while the field has the focus, the
// reader's typing is the only writer: the component renders the value it
// rendered last, which go-app then leaves alone. Code that changes the
// value of a focused field sets the element's value itself.
type typedField struct {
	shown string // the value rendered last while the field had no focus
}

// value returns what to render in the field with element id id whose
// state is v.
func (f *typedField) value(id, v string) string {
	if focused(id) {
		return f.shown
	}
	f.shown = v
	return v
}

// focused reports whether the element with id id has the focus; never at
// build time.
func focused(id string) bool {
	in := app.Window().GetElementByID(id)
	return in.Truthy() && in.Equal(app.Window().Get("document").Get("activeElement"))
}
