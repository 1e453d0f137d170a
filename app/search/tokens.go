package search

import "strings"

// token is one word of a text: its folded form and where it sits in the
// original, in runes, so highlights cover whole letters of the source.
type token struct {
	term       string // folded: lower case, no accents, ligatures expanded
	start, end int    // rune offsets in the original text, half-open
}

// tokenize splits s into words. A word is a run of letters and digits
// (combining marks included); an apostrophe or a hyphen ends it, so
// "l'État" gives "l" and "etat", "Jean-Yves" gives "jean" and "yves", and
// "aujourd'hui" gives "aujourd" and "hui". Elided articles stay as tokens
// (they are stop words) so that positions keep the gaps phrases need.
func tokenize(s string, emit func(token)) {
	var b strings.Builder
	start, n := -1, 0
	flush := func() {
		if start >= 0 && b.Len() > 0 {
			emit(token{term: b.String(), start: start, end: n})
		}
		b.Reset()
		start = -1
	}
	for _, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = n
			}
			b.WriteString(fold(r))
		} else {
			flush()
		}
		n++
	}
	flush()
}

// tokens returns the tokens of s as a slice.
func tokens(s string) []token {
	var ts []token
	tokenize(s, func(t token) { ts = append(ts, t) })
	return ts
}
