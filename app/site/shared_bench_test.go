package site

import (
	"strconv"
	"strings"
	"testing"
)

// BenchmarkCountsManyNames counts the entities of one paragraph naming
// 13,000 people, a petition's list of signatories: each name is cut out
// of the paragraph once (it was 2.5 s for 5,000 names when the whole
// paragraph was decoded for each).
func BenchmarkCountsManyNames(b *testing.B) {
	var text strings.Builder
	var marks []Mark
	start := 0 // in runes; the text is ASCII
	for i := 0; i < 13000; i++ {
		if i > 0 {
			text.WriteString(", ")
			start += 2
		}
		name := "Personne " + strconv.Itoa(i)
		text.WriteString(name)
		marks = append(marks, Mark{Start: start, End: start + len(name), Type: "PER", Entity: "per-" + strconv.Itoa(i)})
		start += len(name)
	}
	t := &Text{Title: "Pétition", Paragraphs: []string{text.String()}, Marks: [][]Mark{nil, marks}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if n := len(Counts(t)); n != 13000 {
			b.Fatalf("Counts = %d entities, want 13,000", n)
		}
	}
}
