package entity

import "testing"

// TestRoleAlone holds a role noun capitalised alone after a name, which
// names nobody (GUIDELINE: roles and titles alone are no entities;
// issue 15, heldout14: "Ambassadeur" shown as a person). The sentences
// are written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestRoleAlone(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a capitalised role after a name",
			blocks: []string{"On n'oublie pas l'ancien capitaine des Étalons Moussa KONATÉ, Ambassadeur pour le sport."},
			want:   []string{"PER:Moussa KONATÉ"}},
		{name: "a capitalised role between two people",
			blocks: []string{"Il a reçu Awa Diallo, Ambassadeur pour la paix, et Paul Biya."},
			want:   []string{"PER:Awa Diallo", "PER:Paul Biya"}},
	})
}
