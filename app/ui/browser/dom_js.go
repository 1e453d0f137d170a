//go:build js

package browser

import "syscall/js"

// Document writes to the page's document for resultsdom (a resultsdom.DOM);
// handles are js.Value.
func Document() DocumentWriter { return DocumentWriter{doc: js.Global().Get("document")} }

// DocumentWriter creates and changes the page's nodes; see Document.
type DocumentWriter struct{ doc js.Value }

// ElementByID returns the element with id id, and ok false without one.
func (d DocumentWriter) ElementByID(id string) (el any, ok bool) {
	v := d.doc.Call("getElementById", id)
	return v, v.Truthy()
}

// Same reports whether a and b are handles of the same node.
func (d DocumentWriter) Same(a, b any) bool {
	va, oka := a.(js.Value)
	vb, okb := b.(js.Value)
	return oka && okb && va.Equal(vb)
}

func (d DocumentWriter) CreateElement(tag string) any { return d.doc.Call("createElement", tag) }
func (d DocumentWriter) CreateText(s string) any      { return d.doc.Call("createTextNode", s) }

// SetAttr sets an attribute; "checked" also ticks the box, which its
// attribute alone does not once the reader has clicked it.
func (d DocumentWriter) SetAttr(el any, name, value string) {
	e := el.(js.Value)
	e.Call("setAttribute", name, value)
	if name == "checked" {
		e.Set("checked", true)
	}
}

// RemoveAttr removes an attribute; "checked" also unticks the box.
func (d DocumentWriter) RemoveAttr(el any, name string) {
	e := el.(js.Value)
	e.Call("removeAttribute", name)
	if name == "checked" {
		e.Set("checked", false)
	}
}

func (d DocumentWriter) SetText(text any, s string) { text.(js.Value).Set("nodeValue", s) }

func (d DocumentWriter) InsertBefore(parent, child, before any) {
	b := js.Null()
	if before != nil {
		b = before.(js.Value)
	}
	parent.(js.Value).Call("insertBefore", child, b)
}

func (d DocumentWriter) RemoveChild(parent, child any) {
	parent.(js.Value).Call("removeChild", child)
}

// SetTextOf sets the text of the element with id id by changing its first
// child's value when that is a text node, and ok false when it is not:
// go-app keeps a handle on that node and writes to it on its next render,
// so replacing it (textContent) would leave go-app writing to a detached
// node.
func (d DocumentWriter) SetTextOf(id, s string) (ok bool) {
	el := d.doc.Call("getElementById", id)
	if !el.Truthy() {
		return false
	}
	t := el.Get("firstChild")
	if !t.Truthy() || t.Get("nodeType").Int() != 3 {
		return false
	}
	if t.Get("nodeValue").String() != s {
		t.Set("nodeValue", s)
	}
	return true
}
