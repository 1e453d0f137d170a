package entity

import "testing"

// TestTradesAndAirlines holds companies named after their trade or as
// airlines, and a tennis court (issue 15, heldout18: "Air-Glaciers" a
// place, "la biscuiterie Jeannette" a person, "court Philippe-Chatrier"
// an organisation). The sentences are written for the test; each wants
// exactly the mentions shown by default, as TYPE:text.
func TestTradesAndAirlines(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "airlines whatever follows Air",
			blocks: []string{"Les hélicoptères d'Air-Glaciers et d'Air Zermatt sont intervenus près de Sion."},
			want:   []string{"ORG:Air-Glaciers", "ORG:Air Zermatt", "LOC:Sion"}},
		{name: "a maker named after its trade",
			blocks: []string{"La biscuiterie Jeannette relance la production à Caen."},
			want:   []string{"ORG:Jeannette", "LOC:Caen"}},
		{name: "a tennis court",
			blocks: []string{"Elle a gagné sur le court Suzanne-Lenglen dimanche."},
			want:   []string{"LOC:court Suzanne-Lenglen"}},
	})
}
