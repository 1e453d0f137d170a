//go:build !js

package browser

// Outside the browser there is no document: the build prerenders with
// go-app, and these write nothing.

// Document has no document outside the browser.
func Document() DocumentWriter { return DocumentWriter{} }

// DocumentWriter finds no element outside the browser.
type DocumentWriter struct{}

func (DocumentWriter) ElementByID(id string) (el any, ok bool) { return nil, false }
func (DocumentWriter) Same(a, b any) bool                      { return false }
func (DocumentWriter) CreateElement(tag string) any            { return nil }
func (DocumentWriter) CreateText(s string) any                 { return nil }
func (DocumentWriter) SetAttr(el any, name, value string)      {}
func (DocumentWriter) RemoveAttr(el any, name string)          {}
func (DocumentWriter) SetText(text any, s string)              {}
func (DocumentWriter) InsertBefore(parent, child, before any)  {}
func (DocumentWriter) RemoveChild(parent, child any)           {}
func (DocumentWriter) SetTextOf(id, s string) (ok bool)        { return false }
