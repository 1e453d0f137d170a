package ui

import (
	"reflect"
	"testing"
)

// TestTyping: the search page hears every query typed, in order, while it
// listens, and nothing after it stops.
func TestTyping(t *testing.T) {
	var ty Typing
	ty.Type("before") // nobody listens: dropped
	var got []string
	ty.pending = true
	stop := ty.Listen(func(q string) { got = append(got, q) })
	if ty.pending {
		t.Errorf("Listen leaves pending set: the page that listens has taken over")
	}
	if !ty.Listening() {
		t.Errorf("Listening() = false while a page listens")
	}
	for _, q := range []string{"c", "cy", "cyb"} {
		ty.Type(q)
	}
	stop()
	if ty.Listening() {
		t.Errorf("Listening() = true after the page stopped")
	}
	ty.Type("after")
	if want := []string{"c", "cy", "cyb"}; !reflect.DeepEqual(got, want) {
		t.Errorf("heard %q, want %q", got, want)
	}

	// A page that stops after another listened leaves the other's line.
	var first, second []string
	stopFirst := ty.Listen(func(q string) { first = append(first, q) })
	ty.Listen(func(q string) { second = append(second, q) })
	stopFirst()
	ty.Type("x")
	if len(first) != 0 || !reflect.DeepEqual(second, []string{"x"}) {
		t.Errorf("after the first page stopped: first heard %q, second %q; want nothing and [x]", first, second)
	}
}
