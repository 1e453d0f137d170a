package resultsdom

import (
	"html"
	"strings"
	"testing"
)

// fakeNode is a node of fakeDOM, a document in memory that counts writes.
type fakeNode struct {
	tag     string
	text    string
	attrs   []Attr
	checked bool
	kids    []*fakeNode
	parent  *fakeNode
}

type fakeDOM struct{ writes int }

func (d *fakeDOM) CreateElement(tag string) any { d.writes++; return &fakeNode{tag: tag} }
func (d *fakeDOM) CreateText(s string) any      { d.writes++; return &fakeNode{text: s} }
func (d *fakeDOM) SetAttr(el any, name, value string) {
	d.writes++
	n := el.(*fakeNode)
	if name == "checked" {
		n.checked = true
	}
	for i, a := range n.attrs {
		if a.Name == name {
			n.attrs[i].Value = value
			return
		}
	}
	n.attrs = append(n.attrs, Attr{name, value})
}
func (d *fakeDOM) RemoveAttr(el any, name string) {
	d.writes++
	n := el.(*fakeNode)
	if name == "checked" {
		n.checked = false
	}
	for i, a := range n.attrs {
		if a.Name == name {
			n.attrs = append(n.attrs[:i], n.attrs[i+1:]...)
			return
		}
	}
}
func (d *fakeDOM) SetText(t any, s string) { d.writes++; t.(*fakeNode).text = s }
func (d *fakeDOM) InsertBefore(parent, child, before any) {
	d.writes++
	p, c := parent.(*fakeNode), child.(*fakeNode)
	if c.parent != nil {
		c.parent.remove(c)
	}
	c.parent = p
	if before == nil {
		p.kids = append(p.kids, c)
		return
	}
	for i, k := range p.kids {
		if k == before.(*fakeNode) {
			p.kids = append(p.kids[:i], append([]*fakeNode{c}, p.kids[i:]...)...)
			return
		}
	}
	panic("InsertBefore: before is not a child of parent")
}
func (d *fakeDOM) RemoveChild(parent, child any) {
	d.writes++
	p, c := parent.(*fakeNode), child.(*fakeNode)
	if c.parent != p {
		panic("RemoveChild: not a child")
	}
	p.remove(c)
}

func (n *fakeNode) remove(c *fakeNode) {
	for i, k := range n.kids {
		if k == c {
			n.kids = append(n.kids[:i], n.kids[i+1:]...)
			c.parent = nil
			return
		}
	}
}

func (n *fakeNode) html() string {
	if n.tag == "" {
		return html.EscapeString(n.text)
	}
	var b strings.Builder
	b.WriteString("<" + n.tag)
	for _, a := range n.attrs {
		b.WriteString(" " + a.Name + "=" + a.Value)
	}
	b.WriteString(">")
	for _, k := range n.kids {
		b.WriteString(k.html())
	}
	b.WriteString("</" + n.tag + ">")
	return b.String()
}

// result is a row like a search result: a title with a marked word.
func result(id, before, marked, after string) Row {
	return Row{Key: id, Node: El("li", []Attr{{"data-article-id", id}},
		El("a", []Attr{{"href", "/a/" + id}}, Text(before), El("mark", nil, Text(marked)), Text(after)),
	)}
}

func TestShow(t *testing.T) {
	tests := []struct {
		name string
		rows [][]Row // successive updates
		want string  // the root's HTML after the last
	}{
		{
			name: "first",
			rows: [][]Row{{result("a", "Le ", "chat", ""), result("b", "", "Chats", " noirs")}},
			want: "<ol><li data-article-id=a><a href=/a/a>Le <mark>chat</mark></a></li><li data-article-id=b><a href=/a/b><mark>Chats</mark> noirs</a></li></ol>",
		},
		{
			name: "reordered, one gone, one new",
			rows: [][]Row{
				{result("a", "", "A", ""), result("b", "", "B", ""), result("c", "", "C", "")},
				{result("c", "", "C", ""), result("d", "", "D", ""), result("a", "x", "A", "")},
			},
			want: "<ol><li data-article-id=c><a href=/a/c><mark>C</mark></a></li><li data-article-id=d><a href=/a/d><mark>D</mark></a></li><li data-article-id=a><a href=/a/a>x<mark>A</mark></a></li></ol>",
		},
		{
			name: "to empty and back",
			rows: [][]Row{{result("a", "", "A", "")}, nil, {result("a", "", "A", "")}},
			want: "<ol><li data-article-id=a><a href=/a/a><mark>A</mark></a></li></ol>",
		},
		{
			name: "text and mark trade places, attribute removed",
			rows: [][]Row{
				{result("a", "un ", "deux", " trois")},
				{{Key: "a", Node: El("li", nil, El("a", []Attr{{"href", "/a/a"}}, El("mark", nil, Text("un")), Text(" deux")))}},
			},
			want: "<ol><li><a href=/a/a><mark>un</mark> deux</a></li></ol>",
		},
		{
			name: "duplicate keys",
			rows: [][]Row{{result("a", "", "1", ""), result("a", "", "2", "")}, {result("a", "", "3", "")}},
			want: "<ol><li data-article-id=a><a href=/a/a><mark>3</mark></a></li></ol>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dom := &fakeDOM{}
			root := &fakeNode{tag: "ol"}
			l := New(dom, root)
			for _, rows := range tt.rows {
				l.Show(rows)
			}
			if got := root.html(); got != tt.want {
				t.Errorf("Show(%d updates) = %s, want %s", len(tt.rows), got, tt.want)
			}
		})
	}
}

// TestShowWritesOnlyChanges: showing the same rows again writes nothing,
// and a changed marked word in one row rewrites only that text.
func TestShowWritesOnlyChanges(t *testing.T) {
	dom := &fakeDOM{}
	root := &fakeNode{tag: "ol"}
	l := New(dom, root)
	rows := []Row{result("a", "Le ", "chat", ""), result("b", "", "Chats", " noirs")}
	l.Show(rows)
	dom.writes = 0
	l.Show([]Row{result("a", "Le ", "chat", ""), result("b", "", "Chats", " noirs")})
	if dom.writes != 0 {
		t.Errorf("same rows again: %d writes, want 0", dom.writes)
	}
	l.Show([]Row{result("a", "Le ", "chat", ""), result("b", "", "Chats", " blancs")})
	if dom.writes != 1 {
		t.Errorf("one text changed: %d writes, want 1", dom.writes)
	}
}

// TestChecked: the checked attribute drives the checkbox's state both ways.
func TestChecked(t *testing.T) {
	dom := &fakeDOM{}
	root := &fakeNode{tag: "ol"}
	l := New(dom, root)
	box := func(on bool) []Row {
		attrs := []Attr{{"type", "checkbox"}}
		if on {
			attrs = append(attrs, Attr{"checked", ""})
		}
		return []Row{{Key: "a", Node: El("input", attrs)}}
	}
	l.Show(box(true))
	if !root.kids[0].checked {
		t.Fatalf("checked: box not ticked")
	}
	l.Show(box(false))
	if root.kids[0].checked {
		t.Errorf("unchecked: box still ticked")
	}
}

// TestShowReusesGoneRows: a row with a new key takes the element of a row
// no longer shown, rewriting only what differs, while a kept key keeps
// its own element wherever it moves.
func TestShowReusesGoneRows(t *testing.T) {
	dom := &fakeDOM{}
	root := &fakeNode{tag: "ol"}
	l := New(dom, root)
	l.Show([]Row{result("a", "", "A", ""), result("b", "Le ", "chat", "")})
	a, b := root.kids[0], root.kids[1]
	dom.writes = 0
	l.Show([]Row{result("c", "Le ", "chien", ""), result("a", "", "A", "")})
	want := "<ol><li data-article-id=c><a href=/a/c>Le <mark>chien</mark></a></li><li data-article-id=a><a href=/a/a><mark>A</mark></a></li></ol>"
	if got := root.html(); got != want {
		t.Fatalf("Show = %s, want %s", got, want)
	}
	if root.kids[0] != b || root.kids[1] != a {
		t.Errorf("c got a new element or a lost its own; want c in b's, a in its own")
	}
	// data-article-id, href, the marked word, and one move.
	if dom.writes != 4 {
		t.Errorf("%d writes, want 4", dom.writes)
	}
}

// TestShowReusesRemovedRows: rows shown after the list was emptied take
// the elements removed, rewritten where they differ.
func TestShowReusesRemovedRows(t *testing.T) {
	dom := &fakeDOM{}
	root := &fakeNode{tag: "ol"}
	l := New(dom, root)
	l.Show([]Row{result("a", "", "A", ""), result("b", "Le ", "chat", "")})
	old := map[*fakeNode]bool{root.kids[0]: true, root.kids[1]: true}
	l.Show(nil)
	l.Show([]Row{result("c", "Le ", "chien", ""), result("d", "", "D", ""), result("e", "", "E", "")})
	want := "<ol><li data-article-id=c><a href=/a/c>Le <mark>chien</mark></a></li><li data-article-id=d><a href=/a/d><mark>D</mark></a></li><li data-article-id=e><a href=/a/e><mark>E</mark></a></li></ol>"
	if got := root.html(); got != want {
		t.Fatalf("Show = %s, want %s", got, want)
	}
	if reused := old[root.kids[0]] && old[root.kids[1]] && !old[root.kids[2]]; !reused {
		t.Errorf("want the first two rows in the two removed elements, the third new")
	}
}

// TestShowClosesReusedDetails: a <details> the reader opened in a row is
// closed when its element shows another article, and stays open while
// it shows the same one.
func TestShowClosesReusedDetails(t *testing.T) {
	dom := &fakeDOM{}
	root := &fakeNode{tag: "ol"}
	l := New(dom, root)
	card := func(id string) Row {
		return Row{Key: id, Node: El("li", []Attr{{"data-article-id", id}},
			El("details", nil, El("summary", nil, Text("versions")), Text(id)))}
	}
	isOpen := func(n *fakeNode) bool {
		for _, a := range n.kids[0].attrs {
			if a.Name == "open" {
				return true
			}
		}
		return false
	}
	l.Show([]Row{card("a"), card("b")})
	dom.SetAttr(root.kids[0].kids[0], "open", "") // the reader opens a's
	l.Show([]Row{card("a"), card("c")})
	if !isOpen(root.kids[0]) {
		t.Errorf("a's details closed while a is still shown")
	}
	l.Show([]Row{card("d")})
	if isOpen(root.kids[0]) {
		t.Errorf("d shown in a's element with a's details open")
	}
	dom.SetAttr(root.kids[0].kids[0], "open", "")
	l.Show(nil)
	l.Show([]Row{card("e")})
	if isOpen(root.kids[0]) {
		t.Errorf("e shown in a removed element with its details open")
	}
}

// releasingDOM is fakeDOM with handles to give back (a Releaser): it
// keeps the nodes created and not yet released.
type releasingDOM struct {
	fakeDOM
	held    map[*fakeNode]bool
	twice   int // handles released twice, or never created
	created int
}

func (d *releasingDOM) CreateElement(tag string) any { return d.hold(d.fakeDOM.CreateElement(tag)) }
func (d *releasingDOM) CreateText(s string) any      { return d.hold(d.fakeDOM.CreateText(s)) }
func (d *releasingDOM) hold(h any) any {
	d.held[h.(*fakeNode)] = true
	d.created++
	return h
}
func (d *releasingDOM) Release(h any) {
	if !d.held[h.(*fakeNode)] {
		d.twice++
	}
	delete(d.held, h.(*fakeNode))
}

// TestRelease: the handles a List holds are exactly the nodes it shows
// and those it keeps aside, whatever rows come and go (shapes changing,
// more rows removed than it keeps), and none once released.
func TestRelease(t *testing.T) {
	dom := &releasingDOM{held: map[*fakeNode]bool{}}
	root := &fakeNode{tag: "ol"}
	l := New(dom, root)
	many := func(prefix string, n int) []Row {
		var rows []Row
		for i := 0; i < n; i++ {
			rows = append(rows, result(prefix+itoa(i), "x", "y", "z"))
		}
		return rows
	}
	steps := [][]Row{
		many("a", 3),
		{result("a0", "", "A", ""), {Key: "n", Node: El("p", nil, Text("other shape"))}},
		many("b", maxSpare+10),
		nil,
		{{Key: "a0", Node: El("li", nil, El("mark", nil, Text("mark first")))}},
		many("c", 5),
	}
	var reach func(n *fakeNode, into map[*fakeNode]bool)
	reach = func(n *fakeNode, into map[*fakeNode]bool) {
		into[n] = true
		for _, k := range n.kids {
			reach(k, into)
		}
	}
	for i, rows := range steps {
		l.Show(rows)
		want := map[*fakeNode]bool{}
		for _, k := range root.kids {
			reach(k, want)
		}
		for _, lv := range l.spare {
			reach(lv.h.(*fakeNode), want)
		}
		if len(dom.held) != len(want) || dom.twice != 0 {
			t.Fatalf("after step %d: %d handles held (%d released twice), want the %d nodes shown or kept aside", i, len(dom.held), dom.twice, len(want))
		}
		for n := range want {
			if !dom.held[n] {
				t.Fatalf("after step %d: a node shown or kept aside was released", i)
			}
		}
	}
	l.Release()
	if len(dom.held) != 0 || dom.twice != 0 {
		t.Errorf("Release: %d handles still held, %d released twice, want 0 and 0 (of %d created)", len(dom.held), dom.twice, dom.created)
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
