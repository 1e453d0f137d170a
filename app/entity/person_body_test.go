package entity

import "testing"

// TestPersonOfABody holds a researcher's name glued by "de la" to her
// institution's, read as one organisation on the tune half of heldout11
// (issue 15). The sentences are written for the test; each wants exactly
// the mentions shown by default, as TYPE:text.
func TestPersonOfABody(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a researcher and her university",
			blocks: []string{"L'étude, menée par Sarah Whitfield de la Brown University, paraît ce mois-ci."},
			want:   []string{"PER:Sarah Whitfield", "ORG:Brown University"}},
		{name: "a person's name with a particle stays whole",
			blocks: []string{"Le préfet a reçu Jean de La Rochefoucauld mardi."},
			want:   []string{"PER:Jean de La Rochefoucauld"}},
	})
}
