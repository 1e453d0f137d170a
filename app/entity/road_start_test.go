package entity

import "testing"

// TestRoadNotSentenceA holds a sentence's "A", "À" without its accent,
// before a time or an age, which the road rule read as the motorway "A
// 11" (issue 15: "A 11h, 200 personnes…" shown as a place). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestRoadNotSentenceA(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a time after a sentence's A",
			blocks: []string{"A 11h, environ 200 personnes se sont rassemblées devant la mairie de Namur."},
			want:   []string{"LOC:Namur"}},
		{name: "an age after a sentence's A",
			blocks: []string{"A 20 ans, il quitte Dakar pour Lyon."},
			want:   []string{"LOC:Dakar", "LOC:Lyon"}},
		{name: "the motorway still",
			blocks: []string{"Un accident sur l'A 7 a bloqué la circulation. A 9 heures, l'A 7 était rouverte."},
			want:   []string{"LOC:A 7", "LOC:A 7"}},
	})
}
