package entity

import "testing"

// TestHospitalAcronyms holds the French hospitals' generic acronyms
// before their town (issue 15: "au CH de Meaux" gave the organisation
// "CH" and the person "Meaux"; GUIDELINE: a generic noun before a town
// gives the town). The sentences are written for the test; each wants
// exactly the mentions shown by default, as TYPE:text.
func TestHospitalAcronyms(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "CH and CHR give their towns",
			blocks: []string{"Les urgences affichent 180 % au CH de Lagny et 150 % au CHR de Metz."},
			want:   []string{"LOC:Lagny", "LOC:Metz"}},
		{name: "a town no list knows",
			blocks: []string{"Le CH de Brignoles a déclenché son plan blanc."},
			want:   []string{"LOC:Brignoles"}},
		{name: "CHU as before",
			blocks: []string{"Il a été transporté au CHU de Reims."},
			want:   []string{"LOC:Reims"}},
	})
}
