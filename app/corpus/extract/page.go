package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	atom.Title: true,
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

// Page reads a page with our own element rules. The article is the first
// <article>, else <main>, else the element with role="main", else <body>.
// Inside it, scripts, styles, navigation, footers, asides, forms and
// elements whose class or id names a menu, a sharing bar, an ad or related
// links are skipped; <h1> is the title, <h2>–<h6> are sub-headings,
// <figcaption> is a caption, and every other block element (<p>, <li>,
// <div>...) or <br> ends a line. An image's alt text is not read: it
// repeats the caption or says nothing ("photo").
func Page(doc *html.Node) []Block {
	return walkChrome(articleRoot(doc))
}

// articleRoot is the element Page reads: the first <article>, else
// <main>, else the element with role="main", else <body>, else doc.
func articleRoot(doc *html.Node) *html.Node {
	var article, main, roleMain, body *html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Article:
				if article == nil {
					article = n
				}
			case atom.Main:
				if main == nil {
					main = n
				}
			case atom.Body:
				body = n
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
	root := doc
	for _, n := range []*html.Node{body, roleMain, main, article} {
		if n != nil {
			root = n
		}
	}
	return root
}

// walkChrome reads the blocks of n, skipping chrome, but never an
// element that holds a headline (<h1>): layout classes such as
// "with-navigation" or "one-sidebar-second" name chrome words on the
// element that holds the whole article.
func walkChrome(n *html.Node) []Block {
	w := &walker{chrome: true, keep: headlineAncestors(n)}
	w.walk(n)
	w.flush()
	return w.blocks
}

// headlineAncestors are the elements that hold an <h1> under n.
func headlineAncestors(n *html.Node) map[*html.Node]bool {
	var keep map[*html.Node]bool
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			if keep == nil {
				keep = map[*html.Node]bool{}
			}
			for p := n.Parent; p != nil && !keep[p]; p = p.Parent {
				keep[p] = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return keep
}

// Whole reads the whole page's text with Page's rules, from <body> (or
// the document): the header around the headline, which Page's
// <article> or <main> may leave out, is where sites put the standfirst
// and the date.
func Whole(doc *html.Node) []Block {
	return walkChrome(doc)
}

// walkAll reads the blocks of an element Readability chose, skipping no
// class: Readability has already judged them.
func walkAll(n *html.Node) []Block {
	w := &walker{}
	w.walk(n)
	w.flush()
	return w.blocks
}

type walker struct {
	blocks []Block
	cur    strings.Builder
	kind   Kind
	titled bool
	chrome bool                // skip elements whose class names chrome
	keep   map[*html.Node]bool // but these (headlineAncestors)
	inLink int                 // depth of <a> elements around the text
	linked int                 // bytes of the current block's text inside links
}

func (w *walker) flush() {
	raw := w.cur.String()
	if t := strings.TrimSpace(raw); t != "" {
		letters := nonSpaceBytes(raw)
		w.blocks = append(w.blocks, Block{Text: t, Kind: w.kind, Link: letters > 0 && 5*w.linked >= 4*letters})
	}
	w.cur.Reset()
	w.linked = 0
}

// nonSpaceBytes is the number of bytes of s outside white space:
// len(strings.Join(strings.Fields(s), "")) without building either.
func nonSpaceBytes(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			n += size
		}
		s = s[size:]
	}
	return n
}

func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		if w.inLink > 0 {
			w.linked += nonSpaceBytes(n.Data)
		}
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) || w.chrome && isChrome(n) && !w.keep[n] {
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
				w.kind = Title
				w.titled = true
			} else {
				w.kind = Heading
			}
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			w.kind = Heading
		case atom.Figcaption:
			w.kind = Caption
		default:
			if captionMark(n) {
				w.kind = Caption
			}
		}
	}
	if n.DataAtom == atom.A {
		w.inLink++
		defer func() { w.inLink-- }()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
		w.kind = kind
	}
}

// captionClasses are class words of elements holding a photo's caption
// or credit.
var captionClasses = map[string]bool{
	"caption": true, "legend": true, "legende": true, "figcaption": true, "credit": true,
	"credits": true, "copyright": true,
}

// captionMark reports an element marked as a caption: by its class, or
// itemprop=caption.
func captionMark(n *html.Node) bool {
	if strings.EqualFold(attr(n, "itemprop"), "caption") {
		return true
	}
	for _, w := range classWords(attr(n, "class")) {
		if captionClasses[w] {
			return true
		}
	}
	return false
}

// classWords splits a class attribute into lower-case words of letters:
// "article__caption img-legend" → article, caption, img, legend.
func classWords(a string) []string {
	return strings.FieldsFunc(strings.ToLower(a), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
}

func hidden(n *html.Node) bool {
	return attr(n, "aria-hidden") == "true" || hasAttr(n, "hidden")
}

func isChrome(n *html.Node) bool {
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
