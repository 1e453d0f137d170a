// Package resultsdom keeps a list of rows in a DOM element up to date in
// place, from the handler of the event that changed it.
//
// Why it exists: go-app applies a component's update on its next frame,
// up to 8 ms after the event (more after a pause: its frame ticker slows
// down when idle), then re-renders and diffs the whole component. The
// search page's results must follow each keystroke within one frame, and
// the search itself takes about a millisecond. So the search page writes
// its result list through a List, synchronously in the keystroke's
// handler, while go-app keeps rendering the rest of the page.
//
// The rule that keeps the two apart: go-app renders the list's element
// (the root) with no children and never learns of the ones a List adds;
// go-app's diff walks only the children it rendered, so it leaves them
// alone. Nothing else may write inside the root.
//
// Rows are keyed: a row whose key was shown before keeps its element, a
// new one takes the element of a row gone if there is one, and only the
// attributes and texts that changed are written (a few text nodes per
// keystroke, not the list). The package is pure Go: the DOM is
// behind the small DOM interface (browser.Document in the page, a fake in
// the tests).
package resultsdom

// Node is an element (Tag set) or a text node (Tag empty, Text) to show.
type Node struct {
	Tag   string
	Attrs []Attr
	Text  string
	Kids  []Node
}

// Attr is one attribute of an element. An attribute named "checked" also
// sets the element's checked property, which is what a checkbox shows once
// the reader has clicked it.
type Attr struct{ Name, Value string }

// El is an element with its attributes (name, value pairs) and children.
func El(tag string, attrs []Attr, kids ...Node) Node {
	return Node{Tag: tag, Attrs: attrs, Kids: kids}
}

// Text is a text node; its content is never parsed as HTML.
func Text(s string) Node { return Node{Text: s} }

// Row is one row of a list and the key that identifies it across updates
// (an article id).
type Row struct {
	Key  string
	Node Node
}

// DOM is what a List needs of the document. Handles are opaque values of
// the implementation (js.Value in the page).
type DOM interface {
	CreateElement(tag string) any
	CreateText(s string) any
	SetAttr(el any, name, value string)
	RemoveAttr(el any, name string)
	SetText(text any, s string)
	// InsertBefore inserts child into parent before before, or last when
	// before is nil; a child already in parent moves.
	InsertBefore(parent, child, before any)
	RemoveChild(parent, child any)
}

// Releaser is a DOM whose handles hold a node until they are given back:
// the page's writer (browser.Rows) numbers the nodes it creates and keeps
// each in a table on the browser's side, so a List releases every handle
// it forgets, or the table would keep the nodes of every row ever shown.
type Releaser interface {
	Release(h any)
}

// List is the rows shown in one root element.
type List struct {
	dom  DOM
	root any
	rows []*row // in the order of the root's children
	// spare holds the elements of rows removed from the root, for rows
	// built later: a reader who empties the box and types again gets
	// the elements of the list they emptied, rewritten where they
	// differ, not new ones.
	spare []*live
}

// maxSpare bounds the elements a List keeps aside.
const maxSpare = 64

type row struct {
	key  string
	live *live
}

// live is a node as written to the DOM, with its handle.
type live struct {
	h    any
	node Node // Kids left out: see kids
	kids []*live
}

// New returns a List writing into root, an element with no children.
func New(dom DOM, root any) *List { return &List{dom: dom, root: root} }

// Root returns the element the list writes into.
func (l *List) Root() any { return l.root }

// Show makes the root's children rows, in order: rows whose key was shown
// keep their element and get only what changed; the others reuse the
// elements of rows no longer shown, or are built; elements left over are
// removed.
func (l *List) Show(rows []Row) {
	old := make(map[string]*row, len(l.rows))
	for _, r := range l.rows {
		if _, dup := old[r.key]; !dup {
			old[r.key] = r
		}
	}
	kept := make(map[*row]bool, len(rows))
	next := make([]*row, len(rows))
	for i, r := range rows {
		if o := old[r.Key]; o != nil && !kept[o] {
			kept[o] = true
			next[i] = o
		}
	}
	// A row whose key is new takes the element of a row no longer shown,
	// if there is one, and gets only what differs: as the reader types,
	// most rows change article from one key to the next, and creating
	// their elements then removing the old ones cost the browser several
	// times what rewriting a few texts and attributes does.
	spare := 0
	for i, r := range rows {
		if o := next[i]; o != nil {
			o.live = l.patch(l.root, o.live, r.Node)
			continue
		}
		for spare < len(l.rows) && kept[l.rows[spare]] {
			spare++
		}
		if spare < len(l.rows) {
			o := l.rows[spare]
			kept[o] = true
			o.key, o.live = r.Key, l.patch(l.root, o.live, r.Node)
			l.closeDetails(o.live)
			next[i] = o
			continue
		}
		if n := len(l.spare); n > 0 && l.spare[n-1].node.Tag == r.Node.Tag && r.Node.Tag != "" {
			lv := l.spare[n-1]
			l.spare = l.spare[:n-1]
			next[i] = &row{key: r.Key, live: l.patch(nil, lv, r.Node)}
			l.closeDetails(next[i].live)
			continue
		}
		next[i] = &row{key: r.Key, live: l.build(r.Node)}
	}
	cur := make([]*row, 0, len(l.rows))
	for _, r := range l.rows {
		if kept[r] {
			cur = append(cur, r)
		} else {
			l.dom.RemoveChild(l.root, r.live.h)
			if len(l.spare) < maxSpare {
				l.spare = append(l.spare, r.live)
			} else {
				l.release(r.live)
			}
		}
	}
	// Put each row in place, moving or inserting only the ones that are
	// not there yet (cur mirrors the root's children).
	for i, r := range next {
		if i < len(cur) && cur[i] == r {
			continue
		}
		var before any
		if i < len(cur) {
			before = cur[i].live.h
		}
		l.dom.InsertBefore(l.root, r.live.h, before)
		for j := i + 1; j < len(cur); j++ {
			if cur[j] == r {
				cur = append(cur[:j], cur[j+1:]...)
				break
			}
		}
		cur = append(cur, nil)
		copy(cur[i+1:], cur[i:])
		cur[i] = r
	}
	l.rows = next
}

// Release gives back the handles of every node the list holds, its rows'
// and those kept aside, when the list is dropped (its root left the
// page). The root's handle is the caller's.
func (l *List) Release() {
	for _, r := range l.rows {
		l.release(r.live)
	}
	for _, lv := range l.spare {
		l.release(lv)
	}
	l.rows, l.spare = nil, nil
}

// release gives back the handles of lv and its children, when the DOM
// wants them (Releaser).
func (l *List) release(lv *live) {
	r, ok := l.dom.(Releaser)
	if !ok {
		return
	}
	r.Release(lv.h)
	for _, k := range lv.kids {
		l.release(k)
	}
}

// closeDetails closes the <details> of an element that now shows another
// row: the reader may have opened one (a story's other versions), which
// the browser records on the element, out of the row's model, so the
// next article shown there would open with it.
func (l *List) closeDetails(lv *live) {
	if lv.node.Tag == "details" {
		if _, open := valueOf(lv.node.Attrs, "open"); !open {
			l.dom.RemoveAttr(lv.h, "open")
		}
	}
	for _, k := range lv.kids {
		l.closeDetails(k)
	}
}

// build creates the DOM of n.
func (l *List) build(n Node) *live {
	if n.Tag == "" {
		return &live{h: l.dom.CreateText(n.Text), node: n}
	}
	lv := &live{h: l.dom.CreateElement(n.Tag), node: Node{Tag: n.Tag, Attrs: n.Attrs}}
	for _, a := range n.Attrs {
		l.dom.SetAttr(lv.h, a.Name, a.Value)
	}
	for _, k := range n.Kids {
		c := l.build(k)
		lv.kids = append(lv.kids, c)
		l.dom.InsertBefore(lv.h, c.h, nil)
	}
	return lv
}

// patch makes lv, a child of parent, show n, and returns it, or the node
// that replaced it when n is another kind of node (parent is nil only for
// an element of the same tag as n, out of the document).
func (l *List) patch(parent any, lv *live, n Node) *live {
	if lv.node.Tag != n.Tag {
		nl := l.build(n)
		l.dom.InsertBefore(parent, nl.h, lv.h)
		l.dom.RemoveChild(parent, lv.h)
		l.release(lv)
		return nl
	}
	if n.Tag == "" {
		if lv.node.Text != n.Text {
			l.dom.SetText(lv.h, n.Text)
			lv.node.Text = n.Text
		}
		return lv
	}
	l.patchAttrs(lv.h, lv.node.Attrs, n.Attrs)
	lv.node.Attrs = n.Attrs
	i := 0
	for ; i < len(lv.kids) && i < len(n.Kids); i++ {
		lv.kids[i] = l.patch(lv.h, lv.kids[i], n.Kids[i])
	}
	for _, gone := range lv.kids[i:] {
		l.dom.RemoveChild(lv.h, gone.h)
		l.release(gone)
	}
	lv.kids = lv.kids[:i]
	for _, k := range n.Kids[i:] {
		c := l.build(k)
		lv.kids = append(lv.kids, c)
		l.dom.InsertBefore(lv.h, c.h, nil)
	}
	return lv
}

func (l *List) patchAttrs(el any, old, attrs []Attr) {
	for _, a := range attrs {
		if v, ok := valueOf(old, a.Name); !ok || v != a.Value {
			l.dom.SetAttr(el, a.Name, a.Value)
		}
	}
	for _, a := range old {
		if _, ok := valueOf(attrs, a.Name); !ok {
			l.dom.RemoveAttr(el, a.Name)
		}
	}
}

func valueOf(attrs []Attr, name string) (string, bool) {
	for _, a := range attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return "", false
}
