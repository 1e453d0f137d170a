//go:build js

package browser

import (
	"strconv"
	"strings"
	"syscall/js"
)

// Rows is a resultsdom.DOM (and Releaser) that writes nothing at once: it
// numbers the nodes it creates and records every write, and Flush sends
// them to the page in one call to web/keystroke.js, which holds the nodes in a
// table. A keystroke's writes (hundreds of attributes, texts and nodes)
// then cross from WebAssembly to JavaScript once instead of once each,
// with their strings: those crossings took longer than the search.
//
// Handles are ints. Texts and values must not hold \x1f, the batch's
// separator (nor \x1e, which it was); Rows writes them as U+FFFD.
type Rows struct {
	apply, fresh js.Value
	batch        strings.Builder
	next         int   // the number of the next new node
	free         []int // numbers given back, to use again
}

// NewRows returns a writer with its own table in the page; ok is false
// when web/keystroke.js is not loaded.
func NewRows() (r *Rows, ok bool) {
	f := js.Global().Get("lecteurRows")
	if f.Type() != js.TypeFunction {
		return nil, false
	}
	w := f.Invoke()
	return &Rows{apply: w.Get("apply"), fresh: w.Get("fresh"), next: 1}, true
}

// Root states, as Fresh reports them.
const (
	RootSame    = 0 // the element named last by Root
	RootChanged = 1 // another element, mounted anew
	RootAbsent  = 2 // no element has the id
)

// Fresh reports, for each id, whether the element with that id is the one
// Root bound last for it (RootSame), another (RootChanged) or none
// (RootAbsent): one call for all.
func (r *Rows) Fresh(ids []string) []int {
	bits := r.fresh.Invoke(strings.Join(ids, "\x1f")).Int()
	out := make([]int, len(ids))
	for i := range ids {
		out[i] = bits >> (2 * i) & 3
	}
	return out
}

// Root returns a handle on the element with id id, bound when the batch
// is flushed.
func (r *Rows) Root(id string) any {
	h := r.alloc()
	r.op("r", h, id)
	return h
}

// SetTextOf sets the text of the element with id id by changing its first
// child when that is a text node: go-app keeps a handle on that node and
// writes to it on its next render, so replacing it would leave go-app
// writing to a detached node.
func (r *Rows) SetTextOf(id, s string) { r.op("s", -1, id, s) }

// Flush sends the writes recorded since the last Flush to the page.
func (r *Rows) Flush() {
	if r.batch.Len() == 0 {
		return
	}
	r.apply.Invoke(r.batch.String())
	r.batch.Reset()
}

func (r *Rows) CreateElement(tag string) any {
	h := r.alloc()
	r.op("e", h, tag)
	return h
}

func (r *Rows) CreateText(s string) any {
	h := r.alloc()
	r.op("t", h, s)
	return h
}

func (r *Rows) SetAttr(el any, name, value string) { r.op("a", el.(int), name, value) }
func (r *Rows) RemoveAttr(el any, name string)     { r.op("d", el.(int), name) }
func (r *Rows) SetText(text any, s string)         { r.op("x", text.(int), s) }

func (r *Rows) InsertBefore(parent, child, before any) {
	b := 0
	if before != nil {
		b = before.(int)
	}
	r.op("i", parent.(int), strconv.Itoa(child.(int)), strconv.Itoa(b))
}

func (r *Rows) RemoveChild(parent, child any) {
	r.op("m", parent.(int), strconv.Itoa(child.(int)))
}

// Release forgets node h; its number goes to a node created later.
func (r *Rows) Release(h any) {
	r.op("f", h.(int))
	r.free = append(r.free, h.(int))
}

func (r *Rows) alloc() int {
	if n := len(r.free); n > 0 {
		h := r.free[n-1]
		r.free = r.free[:n-1]
		return h
	}
	r.next++
	return r.next - 1
}

// op records one write: its name, the node (none when h < 0) and its
// other fields.
func (r *Rows) op(name string, h int, fields ...string) {
	b := &r.batch
	if b.Len() > 0 {
		b.WriteByte('\x1f')
	}
	b.WriteString(name)
	if h >= 0 {
		b.WriteByte('\x1f')
		b.WriteString(strconv.Itoa(h))
	}
	for _, f := range fields {
		b.WriteByte('\x1f')
		for {
			i := strings.IndexAny(f, "\x1e\x1f")
			if i < 0 {
				break
			}
			b.WriteString(f[:i])
			b.WriteString("\uFFFD")
			f = f[i+1:]
		}
		b.WriteString(f)
	}
}
