package entity

import "testing"

// TestCompassRegions holds a point of the compass naming a part of a
// country, missed on heldout11's held-out half and heldout12's tune half
// (issue 15: "dans l'Est du pays", "le grand Ouest"). The sentences are
// written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestCompassRegions(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "the East of a country",
			blocks: []string{"Les combats ont repris dans l'Est du pays depuis lundi."},
			want:   []string{"LOC:Est"}},
		{name: "the great West",
			blocks: []string{"Des orages sont attendus dans le grand Ouest ce soir."},
			want:   []string{"LOC:grand Ouest"}},
		{name: "a region of a continent stays one place",
			blocks: []string{"La sécheresse frappe l'Afrique de l'Ouest."},
			want:   []string{"LOC:Afrique de l'Ouest"}},
	})
}
