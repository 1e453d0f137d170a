package main

import (
	"bytes"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// canonicalHTML rewrites a page go-app prerendered so that the same input
// always gives the same bytes and nothing names the prerendering host:
//   - attributes are sorted (go-app prints them in map order);
//   - aria-* attributes printed bare get their value "true" back (go-app
//     prints "true" as a bare attribute, which ARIA reads as undefined);
//   - the og:url meta tag, which names the prerendering host, is dropped;
//   - the viewport meta tag lets the reader zoom (go-app's forbids it,
//     which fails WCAG 1.4.4 on phones);
//   - the line breaks go-app puts between an element's children are
//     dropped: around inline marks they showed as spaces ("l' ONU").
//
// Article text never holds a line break (paragraphs are split on them), so
// every line break in a text node is formatting. Scripts, styles and
// comments are copied byte for byte.
func canonicalHTML(page []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(page))
	z := html.NewTokenizer(bytes.NewReader(page))
	raw := false // inside <script> or <style>
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
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
			tok := z.Token()
			raw = tt == html.StartTagToken && (tok.Data == "script" || tok.Data == "style")
			if tok.Data == "meta" && attr(tok, "property") == "og:url" {
				continue
			}
			if tok.Data == "meta" && attr(tok, "name") == "viewport" {
				for i := range tok.Attr {
					if tok.Attr[i].Key == "content" {
						tok.Attr[i].Val = viewport
					}
				}
			}
			for i, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "aria-") && a.Val == "" {
					tok.Attr[i].Val = "true"
				}
			}
			sort.SliceStable(tok.Attr, func(i, j int) bool { return tok.Attr[i].Key < tok.Attr[j].Key })
			out.WriteString(tok.String())
		default:
			out.Write(z.Raw())
		}
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
			out.Write(text)
			return
		}
		j := i
		if j > 0 && text[j-1] == '\r' {
			j--
		}
		out.Write(text[:j])
		text = text[i+1:]
	}
}

func attr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
