package entity

import "testing"

// TestRidingInBrackets holds the riding or the town of an elected
// member, in brackets after the member's name, missed on heldout11's
// held-out half (issue 15: "Andrée Laforest (Chicoutimi)" was a person).
// The sentences are written for the test; each wants exactly the
// mentions shown by default, as TYPE:text.
func TestRidingInBrackets(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a riding after a member's name",
			blocks: []string{"Le nouveau cabinet.", "C'est Geneviève Tremblay (Rimouski) qui obtient le portefeuille de la Culture."},
			want:   []string{"PER:Geneviève Tremblay", "LOC:Rimouski"}},
		{name: "a riding with its article",
			blocks: []string{"Le nouveau cabinet.", "Le député Marc Gagnon (Le Gardeur) hérite des Transports."},
			want:   []string{"PER:Marc Gagnon", "LOC:Le Gardeur"}},
		{name: "a party's initials in brackets stay the party",
			blocks: []string{"Le nouveau cabinet.", "Le député Marc Gagnon (PQ) hérite des Transports."},
			want:   []string{"PER:Marc Gagnon", "ORG:PQ"}},
	})
}
