package entity

import (
	"testing"
	"unicode/utf8"
)

// FuzzRecognize checks the promises of Recognize on any text: no panic,
// offsets that point at the mention's text, sorted, no overlap.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"M. Le Drian a vu la National Security Agency (NSA) le 11 mai 2017 à Bari.",
		"l’ANSSI (", "( ) (( M. . Mme", "1er", "Paris-", "-Paris", "d'", "’’’", "G7 G20 (G7)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		ms := Recognize([]string{s, s})
		for i, m := range ms {
			rs := []rune([]string{s, s}[m.Block])
			if m.Start < 0 || m.End > len(rs) || m.Start >= m.End || string(rs[m.Start:m.End]) != m.Text {
				t.Fatalf("Recognize(%q): bad mention %+v", s, m)
			}
			if i > 0 && ms[i-1].Block == m.Block && ms[i-1].End > m.Start {
				t.Fatalf("Recognize(%q): overlap %+v %+v", s, ms[i-1], m)
			}
		}
	})
}
