package entity

import "testing"

// TestAddressForms holds forms of address the model keeps in a person's
// name (heldout24, heldout25): they are left out, as titles are
// (GUIDELINE), and a span of them alone is no one. The sentences are
// written for the test.
func TestAddressForms(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "excellence and monsieur before a head of state",
			blocks: []string{"Le chef de l'État a reçu le président du Ghana, Son Excellence Monsieur Kofi ANSAH, au palais."},
			want:   []string{"LOC:Ghana", "PER:Kofi ANSAH"}},
		{name: "excellence opening a sentence",
			blocks: []string{"Son Excellence Kouadio Brou Yao est arrivé mardi à Lomé."},
			want:   []string{"PER:Kouadio Brou Yao", "LOC:Lomé"}},
		{name: "a general's rank before a particle",
			blocks: []string{"C'est ainsi que le Général de Lattre avait voulu la cérémonie."},
			want:   []string{"PER:de Lattre"}},
	})
}
