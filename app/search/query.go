package search

import (
	"strings"
	"unicode"
)

// word is one non-stop word of a query.
type word struct {
	text   string // folded
	offset int    // position relative to the first word of its phrase
}

// unit is what a document must match once: a single word, or a quoted
// phrase whose words must sit at the same relative positions.
type unit struct {
	words  []word
	phrase bool
	// prefix marks the last word of the query while the reader is still
	// typing it (no space after it): it also matches longer words.
	prefix bool
}

// parseQuery splits a query into units. Text between double quotes (" “ ”
// « ») is a phrase; everything else gives one unit per word. Stop words are
// dropped but still count in phrase offsets, so "appel de paris" needs
// "appel" and "paris" two positions apart.
func parseQuery(q string) []unit {
	var units []unit
	inQuote := false
	var part strings.Builder
	flush := func(quoted bool) {
		text := part.String()
		part.Reset()
		ts := tokens(text)
		if quoted {
			u := unit{phrase: true}
			first := -1
			for i, t := range ts {
				if isStop(t.term) {
					continue
				}
				if first < 0 {
					first = i
				}
				u.words = append(u.words, word{t.term, i - first})
			}
			if len(u.words) == 1 {
				u.phrase = false
			}
			if len(u.words) > 0 {
				units = append(units, u)
			}
			return
		}
		for _, t := range ts {
			if !isStop(t.term) {
				units = append(units, unit{words: []word{{t.term, 0}}})
			}
		}
	}
	for _, r := range q {
		switch r {
		case '"', '“', '”', '«', '»', '„':
			flush(inQuote)
			inQuote = !inQuote
		default:
			part.WriteRune(r)
		}
	}
	tail := part.String()
	flush(inQuote)
	if !inQuote && len(units) > 0 && !units[len(units)-1].phrase && tail != "" {
		last, _ := lastRune(tail)
		if isWordRune(last) {
			units[len(units)-1].prefix = true
		}
	}
	if len(units) > maxUnits {
		units = units[:maxUnits]
	}
	return units
}

// maxUnits bounds the words of a query that count; the rest are ignored.
const maxUnits = 16

func lastRune(s string) (rune, bool) {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.Is(unicode.Mn, r) })
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			return []rune(s[i:])[0], true
		}
	}
	return 0, false
}
