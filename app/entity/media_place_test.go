package entity

import "testing"

// TestNewspaperNamedAfterAPlace holds the places read as the newspapers
// named after them on the tune half of heldout11 (issue 15): with its
// article in lower case, the name is the place. The sentences are
// written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestNewspaperNamedAfterAPlace(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "regions in a list, their articles in lower case",
			blocks: []string{"Les orages ont frappé la Provence, l'Alsace et la Bretagne dans la nuit."},
			want:   []string{"LOC:Provence", "LOC:Alsace", "LOC:Bretagne"}},
		{name: "a department after dans",
			blocks: []string{"Quelque 2 000 foyers étaient privés de courant dans la Meuse mardi matin."},
			want:   []string{"LOC:Meuse"}},
		{name: "the newspaper with its capitalised article stays",
			blocks: []string{"Le maire a confirmé l'information à La Provence mardi."},
			want:   []string{"ORG:La Provence"}},
	})
}
