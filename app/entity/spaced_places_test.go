package entity

import "testing"

// TestSpacedPlaces holds listed hyphenated places written with spaces
// (issue 15, heldout18: "Grande Bretagne", "Guinée Bissau", "Sao Tomé et
// Principe" shown as organisations or cut), and a newspaper whose
// name is a region's. The sentences are written for the test; each
// wants exactly the mentions shown by default, as TYPE:text.
func TestSpacedPlaces(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "countries written with spaces",
			blocks: []string{"La Grande Bretagne, la Guinée Bissau et Sao Tomé et Principe ont signé."},
			want:   []string{"LOC:Grande Bretagne", "LOC:Guinée Bissau", "LOC:Sao Tomé et Principe"}},
		{name: "a department and a town written with spaces",
			blocks: []string{"Elle a quitté les Bouches du Rhône pour Saint Germain en Laye."},
			want:   []string{"LOC:Bouches du Rhône", "LOC:Saint Germain en Laye"}},
		{name: "a newspaper named like a region stays the newspaper",
			blocks: []string{"Selon Sud Ouest, le festival affiche complet."},
			want:   []string{"ORG:Sud Ouest"}},
	})
}
