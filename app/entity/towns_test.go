package entity

import "testing"

// TestTownAfterATownNoun holds the villages missed or hidden on the tune
// half of heldout11 (issue 15; GUIDELINE: a generic noun before a town
// gives the town). The sentences are written for the test; each wants
// exactly the mentions shown by default, as TYPE:text.
func TestTownAfterATownNoun(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a village no list knows",
			blocks: []string{"Les pompiers ont évacué le village de Fontcouverte dans la nuit."},
			want:   []string{"LOC:Fontcouverte"}},
		{name: "a gendarmerie's town",
			blocks: []string{"La plainte a été déposée à la brigade de gendarmerie de Lanvollon mardi."},
			want:   []string{"LOC:Lanvollon"}},
		{name: "a village named in the plural, after des",
			blocks: []string{"Il vivait dans la commune des Vignières, près d'un ruisseau."},
			want:   []string{"LOC:Vignières"}},
		{name: "an institution after de stays",
			blocks: []string{"Le maire de la commune de Thorens a écrit au Conseil d'État."},
			want:   []string{"LOC:Thorens", "ORG:Conseil d'État"}},
	})
}
