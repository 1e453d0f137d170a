package entity

import "testing"

// TestFullNamesStay holds a full name, a first name or a listed surname
// among two or three capitalised words, which the model read as a place
// from its context ("succède à" like "arrive à"), missed on heldout11's
// tune half (issue 15: "Corina Casanova" as a place). The sentences are
// written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestFullNamesStay(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a full name after à, by its surname",
			blocks: []string{"Ce PLR vaudois de 47 ans succède à Regula Casanova. Le chancelier prépare les séances."},
			want:   []string{"ORG:PLR", "PER:Regula Casanova"}},
		{name: "a full name after à, by its surname again",
			blocks: []string{"Ce socialiste jurassien de 50 ans succède à Corina Moser. Le chancelier prépare les séances."},
			want:   []string{"PER:Corina Moser"}},
		{name: "a venue whose name ends with a surname stays a place",
			blocks: []string{"Le film a été projeté au Grand Théâtre Lumière, à Cannes."},
			want:   []string{"LOC:Grand Théâtre Lumière", "LOC:Cannes"}},
	})
}
