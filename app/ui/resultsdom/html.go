package resultsdom

import "strings"

// AppendHTML appends the markup of rows to b, as the browser would
// serialise them: texts and attribute values escaped, so that no text of
// an article is ever parsed as markup.
//
// Why: a program that writes a whole list once, into an empty element
// (the early search, before the app has started), sets it in one
// innerHTML, the browser's parser building every node natively, instead
// of one call out of WebAssembly per node and attribute (about a
// thousand for twenty rows). A List patching a list in place, key after
// key, keeps writing node by node.
func AppendHTML(b *strings.Builder, rows []Row) {
	for _, r := range rows {
		appendNode(b, r.Node)
	}
}

func appendNode(b *strings.Builder, n Node) {
	if n.Tag == "" {
		textEscaper.WriteString(b, n.Text)
		return
	}
	b.WriteByte('<')
	b.WriteString(n.Tag)
	for _, a := range n.Attrs {
		b.WriteByte(' ')
		b.WriteString(a.Name)
		b.WriteString(`="`)
		attrEscaper.WriteString(b, a.Value)
		b.WriteByte('"')
	}
	b.WriteByte('>')
	if voidElements[n.Tag] {
		return
	}
	for _, k := range n.Kids {
		appendNode(b, k)
	}
	b.WriteString("</")
	b.WriteString(n.Tag)
	b.WriteByte('>')
}

// The escapes of the HTML serialisation algorithm: "<" and ">" need no
// escape in a quoted attribute value, nor quotes in a text; the
// non-breaking space is left as it is (it is no markup).
var (
	textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	attrEscaper = strings.NewReplacer("&", "&amp;", `"`, "&quot;")
)

// voidElements are the elements rows use that have no content and no end
// tag.
var voidElements = map[string]bool{"input": true, "br": true, "img": true, "wbr": true, "hr": true}
