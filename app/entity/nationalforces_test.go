package entity

import "testing"

// TestNationalForces finds the national police and guards named by a
// common noun and their level (nationalforces.go; session 13: missed in
// heldout13, 16, 17, 19, 22 and 23), and leaves a place after them, a
// longer body's name and a minister's portfolio as they were. The
// sentences are written for the test.
func TestNationalForces(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "the national police in lower case",
			blocks: []string{"Le suspect était connu de la police nationale et des douanes."},
			want:   []string{"ORG:police nationale"}},
		{name: "guards in lower case and with a capital",
			blocks: []string{"Trois membres de la garde nationale ont été blessés.", "Des soldats de la Garde républicaine gardent le palais."},
			want:   []string{"ORG:garde nationale", "ORG:Garde républicaine"}},
		{name: "a town read in the head gives way",
			blocks: []string{"Un véhicule de la Garde nationale a renversé un passant."},
			want:   []string{"ORG:Garde nationale"}},
		{name: "a place after the force stays the place",
			blocks: []string{"La police nationale du Var a interpellé deux hommes."},
			want:   []string{"LOC:Var"}},
	})
}
