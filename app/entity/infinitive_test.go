package entity

import "testing"

// TestNoVerbInABodysName holds the extent of bodies' names on the tune
// half of heldout11 (issue 15): a verb's infinitive after "de" is no
// part of it, "Lutte contre" and its object are. The sentences
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
		{name: "a domain of the fight against something is one with the ministry's name",
			blocks: []string{"Elle dirigera le ministère de la Santé et de la Lutte contre les addictions dès lundi."},
			want:   []string{"ORG:ministère de la Santé et de la Lutte contre les addictions"}},
		{name: "a noun in -er stays in the name",
			blocks: []string{"La Ligue contre le cancer a lancé une campagne."},
			want:   []string{"ORG:Ligue contre le cancer"}},
	})
}
