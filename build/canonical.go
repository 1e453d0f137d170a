package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// canonicalHTML rewrites a page go-app prerendered so that the same input
// always gives the same bytes and nothing names the prerendering host:
//   - attributes are sorted (go-app prints them in map order);
//   - aria-* attributes printed bare get their value "true" back (go-app
//     prints "true" as a bare attribute, which ARIA reads as undefined);
//   - boolean attributes go-app printed as ="false" are dropped: HTML
//     reads any value as true, so a prerendered <option selected="false">
//     was the one shown with JavaScript off (the theme menu said "dark");
//   - the og:url meta tag, which names the prerendering host, is dropped;
//   - the viewport meta tag lets the reader zoom (go-app's forbids it,
//     which fails WCAG 1.4.4 on phones);
//   - the line breaks go-app puts between an element's children are
//     dropped: around inline marks they showed as spaces ("l' ONU");
//   - quotes are not escaped where HTML does not need it (apostrophes
//     and quotation marks in text, apostrophes in attribute values,
//     which are always in double quotes): French text is full of them,
//     and each &#39; is five bytes for one;
//   - meta tags with an empty content (go-app's keywords and og:image)
//     are dropped, and so are the Open Graph tags (og:title and
//     og:description repeat the title and the description, which link
//     previews fall back to), the preloads of stylesheets (go-app
//     preloads the ones the next lines link) and closed dialogs (the
//     shortcuts' help): with JavaScript off nothing opens them, and with
//     it the app renders the page anew. At 100,000 articles every byte
//     of a page is 100 KB of the site, which GitHub Pages caps at 1 GB;
//   - for the same reason, what only the app uses goes too: the language
//     and theme switches (<div class="prefs">: with JavaScript off they
//     do nothing), and each entity mark's title and data-entity-id (the
//     type's name, which only the type labels the app's legend turns on
//     show, and the entity's id, which only the app's entity card
//     reads): 2.0 of the 10.0 KB of an article page with its 34 marks.
//     The app renders them all when it starts (go-app replaces the
//     prerendered body), so the page with JavaScript is the same;
//   - stylesheet links lose type="text/css" (the default), and
//     attribute values lose the quotes HTML does without (writeTag).
//
// Article text never holds a line break (paragraphs are split on them), so
// every line break in a text node is formatting. Scripts, styles and
// comments are copied byte for byte.
func canonicalHTML(page []byte) []byte {
	out, _ := canonicalize(page)
	return out
}

// canonicalize is canonicalHTML, and also returns the first link or
// resource of the page outside the site (see outsideLink), or "". Only
// attributes are looked at: an article's text may name any host.
func canonicalize(page []byte) (canonical []byte, outside string) {
	var out bytes.Buffer
	out.Grow(len(page))
	z := html.NewTokenizer(bytes.NewReader(page))
	raw := false // inside <script> or <style>
	// tok is reused from tag to tag: building an html.Token (z.Token) and
	// printing it (Token.String) for each of a page's thousands of tags
	// allocated most of what this costs, a tenth of prerendering.
	var tok html.Token
	skip := 0      // depth inside an element left out
	skipping := "" // the name of that element: "dialog" or "div"
	for {
		tt := z.Next()
		if skip > 0 && tt != html.ErrorToken {
			if name, _ := z.TagName(); string(name) == skipping {
				switch tt {
				case html.StartTagToken:
					skip++
				case html.EndTagToken:
					skip--
				}
			}
			continue
		}
		switch tt {
		case html.ErrorToken:
			return out.Bytes(), outside
		case html.TextToken:
			if raw {
				out.Write(z.Raw())
			} else {
				writeUnbroken(&out, z.Raw())
			}
		case html.EndTagToken:
			raw = false
			out.Write(z.Raw())
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			if a := atom.Lookup(name); a != 0 {
				tok.Data = a.String()
			} else {
				tok.Data = string(name)
			}
			tok.Attr = tok.Attr[:0]
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				tok.Attr = append(tok.Attr, html.Attribute{Key: atom.String(k), Val: string(v)})
			}
			raw = tt == html.StartTagToken && (tok.Data == "script" || tok.Data == "style")
			if tok.Data == "meta" && (strings.HasPrefix(attr(tok, "property"), "og:") || hasAttr(tok, "content") && attr(tok, "content") == "") {
				// Dropped, but still a sign of what go-app was told: an
				// image or page elsewhere (og:url always names the
				// prerendering host).
				if outside == "" && attr(tok, "property") != "og:url" {
					outside = outsideLink(tok)
				}
				continue
			}
			if tok.Data == "link" && attr(tok, "rel") == "preload" && attr(tok, "as") == "style" {
				continue
			}
			if tok.Data == "dialog" && tt == html.StartTagToken && !hasAttr(tok, "open") {
				skip, skipping = 1, "dialog"
				continue
			}
			if tok.Data == "div" && tt == html.StartTagToken && attr(tok, "class") == "prefs" {
				skip, skipping = 1, "div"
				continue
			}
			mark := tok.Data == "mark" && hasAttr(tok, "data-entity")
			if tok.Data == "meta" && attr(tok, "name") == "viewport" {
				for i := range tok.Attr {
					if tok.Attr[i].Key == "content" {
						tok.Attr[i].Val = viewport
					}
				}
			}
			kept := tok.Attr[:0]
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "aria-") && a.Val == "" {
					a.Val = "true"
				}
				if booleanAttributes[a.Key] && a.Val == "false" {
					continue
				}
				if mark && (a.Key == "title" || a.Key == "data-entity-id") {
					continue
				}
				if tok.Data == "link" && a.Key == "type" && a.Val == "text/css" {
					continue // a stylesheet's type by default
				}
				kept = append(kept, a)
			}
			tok.Attr = kept
			if outside == "" {
				outside = outsideLink(tok)
			}
			sortAttrs(tok.Attr)
			writeTag(&out, tok, tt == html.SelfClosingTagToken)
		default:
			out.Write(z.Raw())
		}
	}
}

// booleanAttributes are HTML's boolean attributes: present means true,
// whatever the value (unlike enumerated ones such as spellcheck or
// draggable, where "false" is a value).
var booleanAttributes = map[string]bool{
	"allowfullscreen": true, "async": true, "autofocus": true, "autoplay": true,
	"checked": true, "default": true, "defer": true, "disabled": true,
	"formnovalidate": true, "hidden": true, "inert": true, "ismap": true,
	"loop": true, "multiple": true, "muted": true, "nomodule": true,
	"novalidate": true, "open": true, "playsinline": true, "readonly": true,
	"required": true, "reversed": true, "selected": true,
}

// sortAttrs sorts attributes by key, keeping the order of equal keys (as
// sort.SliceStable would, without its allocations): an insertion sort,
// tags have few attributes.
func sortAttrs(a []html.Attribute) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j].Key < a[j-1].Key; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// writeTag writes a start tag as html.Token.String does, but for the
// quotes HTML does without: name, then each attribute as key="value"
// with the value escaped, key=value when the value has none of the
// characters an unquoted value may not hold (unquoted), or the key alone
// when the value is empty (checked="" is checked), then ">" or "/>".
// A page reads the same (the parser gives every attribute the same
// value); it is a few hundred bytes shorter: 4 % of an article page,
// 30 MB at 100,000 articles.
func writeTag(out *bytes.Buffer, t html.Token, selfClosing bool) {
	out.WriteByte('<')
	out.WriteString(t.Data)
	for _, a := range t.Attr {
		out.WriteByte(' ')
		writeAttr(out, a.Key, a.Val, selfClosing)
	}
	if selfClosing {
		out.WriteString("/>")
	} else {
		out.WriteByte('>')
	}
}

// writeAttr writes one attribute of a start tag as writeTag does.
func writeAttr(out *bytes.Buffer, key, val string, selfClosing bool) {
	out.WriteString(key)
	switch {
	case val == "":
	case unquoted(val) && !selfClosing:
		// In a self-closing tag a value ending in "/" would take the "/"
		// of "/>": those keep their quotes (go-app writes none; saved
		// pages may).
		out.WriteByte('=')
		out.WriteString(val)
	default:
		out.WriteString(`="`)
		escapeAttr(out, val)
		out.WriteByte('"')
	}
}

// attrHTML is one attribute as a canonical page has it, for the build's
// steps that edit canonical pages by their bytes (preloadSearchData).
func attrHTML(key, val string) string {
	var b bytes.Buffer
	writeAttr(&b, key, val, false)
	return b.String()
}

// unquoted tells whether v can be written as an unquoted attribute value:
// HTML forbids white space, quotes, "=", "<", ">" and "`" there, and "&"
// would need escaping, so it keeps its quotes too.
func unquoted(v string) bool {
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case ' ', '\t', '\n', '\f', '\r', '"', '\'', '=', '<', '>', '`', '&':
			return false
		}
	}
	return true
}

// escapeAttr writes s escaped as x/net/html escapes text and attribute
// values (its escape is not exported; html.EscapeString allocates), but
// for apostrophes: the value is in double quotes.
func escapeAttr(out *bytes.Buffer, s string) {
	for {
		i := strings.IndexAny(s, "&<>\"\r")
		if i < 0 {
			out.WriteString(s)
			return
		}
		out.WriteString(s[:i])
		switch s[i] {
		case '&':
			out.WriteString("&amp;")
		case '<':
			out.WriteString("&lt;")
		case '>':
			out.WriteString("&gt;")
		case '"':
			out.WriteString("&#34;")
		case '\r':
			out.WriteString("&#13;")
		}
		s = s[i+1:]
	}
}

// viewport is the page's viewport: the width of the device, zoom allowed.
const viewport = "width=device-width, initial-scale=1, viewport-fit=cover"

// writeUnbroken writes text without its line breaks ("\n" or "\r\n"):
// go-app prints no indentation, so they are all formatting. A plain loop:
// a regexp here cost a second per 10,000 pages.
func writeUnbroken(out *bytes.Buffer, text []byte) {
	for len(text) > 0 {
		i := bytes.IndexByte(text, '\n')
		if i < 0 {
			writeQuotes(out, text)
			return
		}
		j := i
		if j > 0 && text[j-1] == '\r' {
			j--
		}
		writeQuotes(out, text[:j])
		text = text[i+1:]
	}
}

// writeQuotes writes text (raw, escaped as go-app escapes it) with its
// quotes and apostrophes as themselves: in text, HTML only needs & and <
// escaped.
func writeQuotes(out *bytes.Buffer, text []byte) {
	for {
		i := bytes.Index(text, []byte("&#"))
		if i < 0 {
			out.Write(text)
			return
		}
		out.Write(text[:i])
		switch {
		case bytes.HasPrefix(text[i:], []byte("&#39;")):
			out.WriteByte('\'')
			text = text[i+5:]
		case bytes.HasPrefix(text[i:], []byte("&#34;")):
			out.WriteByte('"')
			text = text[i+5:]
		default:
			out.WriteString("&#")
			text = text[i+2:]
		}
	}
}

func hasAttr(t html.Token, key string) bool {
	for _, a := range t.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func attr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// linkAttributes are the attributes whose value a browser loads, submits
// to or follows.
var linkAttributes = map[string]bool{
	"href": true, "src": true, "srcset": true, "action": true, "formaction": true,
	"poster": true, "data": true, "manifest": true, "background": true, "ping": true,
	"xlink:href": true, "imagesrcset": true,
}

// outsideLink describes the first attribute of t that loads or links
// something outside the site (another origin, or a scheme such as
// javascript:), as `<link href="http://example.com/">`, or "". Within the
// site are paths ("/explorer/web/style.css", "articles/a", "#top") and
// data: URLs. The meta tags that name a page's own URL or image for
// sharing count as links: they would name the prerendering host.
func outsideLink(t html.Token) string {
	for _, a := range t.Attr {
		var values []string
		switch {
		case linkAttributes[a.Key] && strings.HasSuffix(a.Key, "srcset"):
			for _, c := range strings.Split(a.Val, ",") {
				if f := strings.Fields(c); len(f) > 0 {
					values = append(values, f[0])
				}
			}
		case linkAttributes[a.Key]:
			values = []string{a.Val}
		case t.Data == "meta" && a.Key == "content" && sharedURL[attr(t, "property")+attr(t, "name")]:
			values = []string{a.Val}
		}
		for _, v := range values {
			if !withinSite(v) {
				return fmt.Sprintf("<%s %s=%q>", t.Data, a.Key, a.Val)
			}
		}
	}
	return ""
}

// sharedURL are the meta tags (by property or name) whose content is a URL.
var sharedURL = map[string]bool{"og:url": true, "og:image": true, "og:image:url": true, "twitter:image": true}

// urlScheme matches a URL's scheme ("https:", "javascript:").
var urlScheme = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:`)

// withinSite tells whether the URL v stays on the site: a path or a
// data: URL, not "//host/..." nor anything with another scheme.
func withinSite(v string) bool {
	v = strings.TrimSpace(v)
	switch {
	case strings.HasPrefix(v, "//"), strings.HasPrefix(v, "/\\"), strings.HasPrefix(v, "\\"):
		// Browsers read a backslash as "/": all three name another host.
		return false
	case urlScheme.MatchString(v):
		return strings.HasPrefix(strings.ToLower(v), "data:")
	}
	return true
}
