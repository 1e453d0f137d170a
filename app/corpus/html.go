package corpus

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements never hold article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Iframe: true, atom.Svg: true, atom.Template: true, atom.Select: true,
	atom.Head: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Input: true, atom.Textarea: true, atom.Dialog: true, atom.Menu: true,
}

// chromeClasses are class or id words of page parts that hold no article
// text: menus, sharing bars, related links, advertising, comments.
var chromeClasses = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true,
	"breadcrumbs": true, "footer": true, "share": true, "sharing": true, "social": true,
	"newsletter": true, "related": true, "ad": true, "ads": true, "advert": true,
	"advertisement": true, "publicite": true, "cookie": true, "cookies": true,
	"comments": true, "comment": true, "sidebar": true, "promo": true, "outbrain": true,
	"taboola": true, "paywall": true, "subscribe": true,
}

// blockElements end a block of text: what precedes them and what they hold
// are separate lines.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.Pre: true, atom.Figure: true, atom.Figcaption: true, atom.Table: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Br: true,
	atom.Hr: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Address: true, atom.Body: true,
}

// htmlBlocks reads a saved web page with a real HTML parser. The article is
// the first <article>, else <main>, else the element with role="main", else
// <body>. Inside it, scripts, styles, navigation, footers, asides, forms and
// elements whose class or id names a menu, a sharing bar, an ad or related
// links are skipped; <h1> is the title (else <title>, without its " - Site"
// tail), <h2>–<h6> are sub-headings, <figcaption> is a caption, and every
// other block element (<p>, <li>, <div>...) or <br> ends a line. <meta>
// tags give the date (article:published_time, date) and the author.
// Character references are decoded by the parser; the text is data and no
// markup is kept.
func htmlBlocks(text string) ([]block, hints) {
	var h hints
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return textBlocks(text), h
	}
	var pageTitle string
	var root, main, roleMain, body *html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Article:
				if root == nil {
					root = n
				}
			case atom.Main:
				if main == nil {
					main = n
				}
			case atom.Body:
				body = n
			case atom.Title:
				if pageTitle == "" {
					pageTitle = textOf(n)
				}
			case atom.Meta:
				readMeta(n, &h)
			}
			if roleMain == nil && attr(n, "role") == "main" {
				roleMain = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for _, n := range []*html.Node{main, roleMain, body, doc} {
		if root == nil {
			root = n
		}
	}
	w := &htmlWalker{}
	w.walk(root)
	w.flush()
	titled := false
	for _, b := range w.blocks {
		if b.kind == kindTitle {
			titled = true
		}
	}
	if !titled && pageTitle != "" {
		h.title = siteless(tidy(normalizeText(pageTitle)))
	}
	return w.blocks, h
}

type htmlWalker struct {
	blocks []block
	cur    strings.Builder
	kind   blockKind
	titled bool
}

func (w *htmlWalker) flush() {
	// Character references can name controls ("&#0;"): clean again.
	if t := tidy(normalizeText(w.cur.String())); t != "" {
		w.blocks = append(w.blocks, block{text: t, kind: w.kind})
	}
	w.cur.Reset()
}

func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || isChromeElement(n) {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := blockElements[n.DataAtom]
	kind := w.kind
	if block {
		w.flush()
		switch n.DataAtom {
		case atom.H1:
			if !w.titled {
				w.kind = kindTitle
				w.titled = true
			} else {
				w.kind = kindHeading
			}
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			w.kind = kindHeading
		case atom.Figcaption:
			w.kind = kindCaption
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if n.DataAtom == atom.Img {
		// An image's alt text is not read: it repeats the caption or
		// says nothing ("photo").
		return
	}
	if block {
		w.flush()
		w.kind = kind
	}
}

func isChromeElement(n *html.Node) bool {
	if attr(n, "aria-hidden") == "true" || hasAttr(n, "hidden") {
		return true
	}
	switch attr(n, "role") {
	case "navigation", "banner", "contentinfo", "complementary", "search":
		return true
	}
	for _, a := range []string{attr(n, "class"), attr(n, "id")} {
		for _, w := range strings.FieldsFunc(strings.ToLower(a), func(r rune) bool {
			return !(r >= 'a' && r <= 'z')
		}) {
			if chromeClasses[w] {
				return true
			}
		}
	}
	return false
}

func readMeta(n *html.Node, h *hints) {
	name := strings.ToLower(attr(n, "name") + attr(n, "property") + attr(n, "itemprop"))
	content := tidy(normalizeText(attr(n, "content")))
	if content == "" {
		return
	}
	switch name {
	case "article:published_time", "date", "datepublished", "dc.date", "dcterms.created", "pubdate":
		if d, ok := metaDate(content); ok && h.date == "" {
			h.date = d.iso()
		}
	case "author", "article:author", "dc.creator":
		if !strings.Contains(content, "://") && !contains(h.authors, content) {
			h.authors = append(h.authors, content)
		}
	}
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// siteless removes a site name after the title in <title>: "Title - Le
// Monde", "Title | BBC News".
func siteless(t string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(t, sep); i > 0 && wordCount(t[i:]) <= 4 {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}
