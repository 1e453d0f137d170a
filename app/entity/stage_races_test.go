package entity

import "testing"

// TestStageRaces holds the country inside the name of a stage race, a
// person on heldout12's tune half (issue 15: "les Tours d'Italie et
// d'Espagne" was a person). The race is an event, no entity; its country
// is a place (GUIDELINE). The sentences are written for the test; each
// wants exactly the mentions shown by default, as TYPE:text.
func TestStageRaces(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "the Tour of a country",
			blocks: []string{"Il vise une victoire d'étape sur le Tour de Suisse cette année."},
			want:   []string{"LOC:Suisse"}},
		{name: "two Tours in the plural",
			blocks: []string{"Le grimpeur a déjà gagné des étapes sur les Tours d'Italie et d'Espagne."},
			want:   []string{"LOC:Italie", "LOC:Espagne"}},
	})
}
