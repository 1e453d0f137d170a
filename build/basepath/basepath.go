// Package basepath checks and normalises BASE, the URL path a site is
// served under ("/", "/repo/"), once, for everything that writes it: the
// pages' links and resources, go-app's scripts, the service worker, the
// manifest, and the servers of build/pages and build/serve.
//
// A normalised base starts and ends with "/", has no empty, "." or ".."
// segment, and is percent-encoded exactly as a browser encodes a path
// (space → %20, é → %C3%A9), so that the service worker's test of
// location.pathname against it holds and no part of it needs quoting in
// HTML, JavaScript or JSON. Characters that mean something in a URL or in
// HTML ("?", "#", "&", "'", ";"...) are refused rather than encoded: a
// browser leaves most of them as they are in a path, so their encoded and
// plain forms would name two different paths.
package basepath

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns raw as a normalised base, or an error saying why it
// cannot be one. "" and "/" are the root; "repo", "/repo" and "//repo//"
// are "/repo/"; "/my site/" is "/my%20site/"; an already encoded base is
// read as such ("/caf%C3%A9/" stays as it is). Unicode is put in NFC, the
// form a keyboard types. A URL ("https://host/x/"), a "." or ".." segment,
// a query or fragment, and the characters listed in the package doc are
// refused.
func Normalize(raw string) (string, error) {
	fail := func(why string, args ...any) (string, error) {
		return "", fmt.Errorf("BASE %q: %s; BASE is the URL path the site is served under, such as / or /repo/", raw, fmt.Sprintf(why, args...))
	}
	if strings.Contains(raw, "://") || strings.HasPrefix(raw, "//") {
		return fail("a URL, not a path: the site is always served from its own host")
	}
	if strings.ContainsAny(raw, "?#") {
		return fail("a path cannot hold a query (?) or a fragment (#)")
	}
	plain, err := url.PathUnescape(raw)
	if err != nil {
		return fail("%% must start an escape such as %%20")
	}
	if strings.Contains(strings.ToUpper(raw), "%2F") || strings.Contains(strings.ToUpper(raw), "%5C") {
		return fail("an escaped slash (%%2F, %%5C) would not name a folder")
	}
	if !utf8.ValidString(plain) {
		return fail("its escapes are not UTF-8 text")
	}
	plain = norm.NFC.String(plain)
	var b strings.Builder
	b.WriteByte('/')
	for _, seg := range strings.Split(plain, "/") {
		switch seg {
		case "":
			continue
		case ".", "..":
			return fail("%q is not a folder name", seg)
		}
		for _, r := range seg {
			switch {
			case r < 0x20 || r == 0x7f:
				return fail("control character %U", r)
			case r >= 0x80 || strings.ContainsRune(encoded, r):
				b.WriteString(url.PathEscape(string(r)))
			case isUnreserved(r):
				b.WriteRune(r)
			default:
				return fail("%q cannot be used; use letters, digits, \"-\", \".\", \"_\" or \"~\"", r)
			}
		}
		b.WriteByte('/')
	}
	return b.String(), nil
}

// encoded are the ASCII characters a browser percent-encodes in a path
// (the URL Standard's path percent-encode set, less "?" and "#", which
// Normalize refuses): writing them encoded gives the browser's own form.
const encoded = " \"<>`{}"

// isUnreserved tells the characters RFC 3986 leaves alone everywhere.
func isUnreserved(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '.' || r == '_' || r == '~'
}

// Unescape is the base as a server reads it from a request's decoded
// path: "/my%20site/" → "/my site/". base must be normalised.
func Unescape(base string) string {
	plain, err := url.PathUnescape(base)
	if err != nil {
		return base
	}
	return plain
}
