package entity

import "testing"

// TestErrorClasses holds one case per class of error fixed by a cue
// rather than by a name (issue 15, session 8), in sentences written for
// the test. Each wants exactly the mentions shown by default, as
// TYPE:text.
func TestErrorClasses(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a list of ministries after a comma, each with its article, are portfolios",
			blocks: []string{"Trois ministères régaliens, la Défense, la Sécurité et la Réconciliation nationale, reviennent à l'armée."},
			want:   nil},
		{name: "a minister's name after a comma is still a person",
			blocks: []string{"Le ministre des Finances, Rindra Rabarinirinarison, garde son poste."},
			want:   []string{"PER:Rindra Rabarinirinarison"}},
		{name: "portfolios after en charge de are no entities",
			blocks: []string{"Elle devient ministre en charge des Allocations familiales, du Tourisme, du Patrimoine et du Numérique."},
			want:   nil},
	})
}
