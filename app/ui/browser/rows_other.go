//go:build !js

package browser

// Outside the browser there is no page to write rows into: NewRows says
// so, and the search page paints nothing (the build prerenders it empty).

// Rows writes nothing outside the browser.
type Rows struct{}

// NewRows has no page outside the browser.
func NewRows() (r *Rows, ok bool) { return nil, false }

// Root states, as Fresh reports them.
const (
	RootSame    = 0
	RootChanged = 1
	RootAbsent  = 2
)

func (*Rows) Fresh(ids []string) []int {
	out := make([]int, len(ids))
	for i := range out {
		out[i] = RootAbsent
	}
	return out
}
func (*Rows) Root(id string) any                     { return nil }
func (*Rows) SetTextOf(id, s string)                 {}
func (*Rows) Flush()                                 {}
func (*Rows) CreateElement(tag string) any           { return nil }
func (*Rows) CreateText(s string) any                { return nil }
func (*Rows) SetAttr(el any, name, value string)     {}
func (*Rows) RemoveAttr(el any, name string)         {}
func (*Rows) SetText(text any, s string)             {}
func (*Rows) InsertBefore(parent, child, before any) {}
func (*Rows) RemoveChild(parent, child any)          {}
func (*Rows) Release(h any)                          {}
