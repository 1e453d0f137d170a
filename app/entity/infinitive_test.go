package entity

import "testing"

// TestNoVerbInABodysName holds a verb's infinitive after "de" joined to
// a body's name on the tune half of heldout11 (issue 15). The sentences
// are written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestNoVerbInABodysName(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "an infinitive after a body's name",
			blocks: []string{"La réforme permet à la Banque de France de racheter des titres de dette."},
			want:   []string{"ORG:Banque de France"}},
		{name: "an infinitive after an institution's head",
			blocks: []string{"Le texte demande au Conseil régional de Bretagne de financer les lignes de car."},
			want:   []string{"ORG:Conseil régional de Bretagne"}},
		{name: "a noun in -er stays in the name",
			blocks: []string{"La Ligue contre le cancer a lancé une campagne."},
			want:   []string{"ORG:Ligue contre le cancer"}},
	})
}
