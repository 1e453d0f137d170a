package entity

import "testing"

// TestDativePeople holds people named after "à" that the model read as
// places (heldout14, heldout17, heldout20, heldout23): after a first
// name, or after a noun or participle that takes a person. A town after
// "hommage à" and a stadium's hyphenated name stay places. The
// sentences are written for the test.
func TestDativePeople(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a first name after à, its surname a region",
			blocks: []string{"Le poste revient à Pierre-Luc Champagne après le remaniement."},
			want:   []string{"PER:Pierre-Luc Champagne"}},
		{name: "a tribute to a musician",
			blocks: []string{"Le quartet rendra hommage à Coltrane Davis lors de la soirée."},
			want:   []string{"PER:Coltrane Davis"}},
		{name: "a player associated with another",
			blocks: []string{"Associé à Mbeumo Anguissa, il a dominé l'entrejeu."},
			want:   []string{"PER:Mbeumo Anguissa"}},
		{name: "a tribute to a town",
			blocks: []string{"Le spectacle rend hommage à Marseille et à ses habitants."},
			want:   []string{"LOC:Marseille"}},
	})
}
