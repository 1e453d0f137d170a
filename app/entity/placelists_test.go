package entity

import "testing"

// TestLocativePlaces holds lists of towns opened by "à" (heldout25): the
// model read some of them as people, and a list of unknown words was
// taken for a list of surnames. A list of surnames without a locative
// start stays people. The sentences are written for the test.
func TestLocativePlaces(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "Swiss resorts after à",
			blocks: []string{"Des fêtes ont eu lieu à Zinal, Grimentz, Ovronnaz, Nax et Arolla pendant la nuit."},
			want:   []string{"LOC:Zinal", "LOC:Grimentz", "LOC:Ovronnaz", "LOC:Nax", "LOC:Arolla"}},
		{name: "a two-word town in a list after à",
			blocks: []string{"Les pluies ont touché des quartiers à Dakar, Pikine, Keur Massar et Bargny."},
			want:   []string{"LOC:Dakar", "LOC:Pikine", "LOC:Keur Massar", "LOC:Bargny"}},
		{name: "painters listed without a place",
			blocks: []string{"Le musée expose Monet, Renoir, Degas et Sisley jusqu'en mai."},
			want:   []string{"PER:Monet", "PER:Renoir", "PER:Degas", "PER:Sisley"}},
	})
}
