package entity

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the lookup key of s: lower case, accents removed, ligatures
// spelled out, curly apostrophes straightened and spaces collapsed. It is
// how "Etats-Unis" meets "États-Unis" and "l’État" meets "l'Etat".
//
// It is frozen, apart from search.FoldRune (which folds a few more
// characters: the soft hyphen, ø, ł, đ, ı), because the model's features
// are words folded by it: the shipped weights were trained on this folding
// and `make model` reproduces them only with it. A change here needs a
// retrained model; foldPrint makes a forgotten one fail
// TestModelMatchesFeatures instead of quietly weakening the recogniser.
func Fold(s string) string {
	if foldsToItself(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	if !isASCII(s) {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == 'ʼ' || r == '‘' || r == '`' || r == '´':
			r = '\''
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
			space = false
			continue
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
			space = false
			continue
		case r == 'ß':
			b.WriteString("ss")
			space = false
			continue
		case r == '‐' || r == '‑' || r == '–':
			r = '-'
		case unicode.IsSpace(r):
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimRight(b.String(), " ")
}

// foldsToItself reports text that Fold leaves as it is: ASCII without
// capitals, backquotes or white space, as most words of a text are. It
// spares them a copy.
func foldsToItself(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, 'A' <= c && c <= 'Z', c == '`', c == ' ', '\t' <= c && c <= '\r':
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
