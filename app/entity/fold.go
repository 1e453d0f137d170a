package entity

import (
	"strings"
	"unicode"

	"lecteur/app/search"
)

// Fold returns the lookup key of s: lower case, accents removed, ligatures
// spelled out, curly apostrophes straightened and spaces collapsed. It is
// how "Etats-Unis" meets "États-Unis" and "l’État" meets "l'Etat". Each
// character folds as everywhere else (search.FoldRune); unlike
// search.Normalize, an elision stays whole, as part of the name.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		f := search.FoldRune(r)
		if f != "" {
			space = false
		}
		b.WriteString(f)
	}
	return strings.TrimRight(b.String(), " ")
}
