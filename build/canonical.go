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
//   - the og:url meta tag, which names the prerendering host, is dropped.
//
// Text, scripts and comments are copied byte for byte.
func canonicalHTML(page []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(page))
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data == "meta" && attr(tok, "property") == "og:url" {
				skipNewline(z, &out)
				continue
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

func attr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// skipNewline drops the line break after a removed tag.
func skipNewline(z *html.Tokenizer, out *bytes.Buffer) {
	if z.Next() != html.TextToken {
		out.Write(z.Raw())
		return
	}
	out.Write(bytes.TrimLeft(z.Raw(), "\n"))
}
