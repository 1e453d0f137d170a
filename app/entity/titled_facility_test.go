package entity

import "testing"

// TestTitledFacility holds places and bodies named after a titled person
// (issue 15, heldout17: "le stade Me Abdoulaye Wade" shown as the
// person). The sentences are written for the test; each wants exactly
// the mentions shown by default, as TYPE:text.
func TestTitledFacility(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a stadium named after a lawyer",
			blocks: []string{"Le match se jouera au stade Me Abdoulaye Sène ce samedi."},
			want:   []string{"LOC:stade Me Abdoulaye Sène"}},
		{name: "a hospital named after a doctor",
			blocks: []string{"Il est soigné à l'hôpital Dr Aristide Le Dantec depuis lundi."},
			want:   []string{"ORG:hôpital Dr Aristide Le Dantec"}},
		{name: "a titled person after a facility's common noun",
			blocks: []string{"Le stade a accueilli M. Dupont et Mme Martin."},
			want:   []string{"PER:Dupont", "PER:Martin"}},
	})
}
