package entity

import "testing"

// TestDistricts holds districts of African administrations named after
// their noun (issue 15, heldout18: "la subdivision de Belo", "la
// division de Boyo" missed or read as bodies). The sentences are written
// for the test; each wants exactly the mentions shown by default, as
// TYPE:text.
func TestDistricts(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "subdivisions and divisions",
			blocks: []string{"La subdivision de Fundong, relevant de la division de Menchum, a un nouveau préfet."},
			want:   []string{"LOC:Fundong", "LOC:Menchum"}},
		{name: "a person after division stays a person",
			blocks: []string{"La division de Jean Dupont a gagné."},
			want:   []string{"PER:Jean Dupont"}},
	})
}
