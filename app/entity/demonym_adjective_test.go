package entity

import "testing"

// TestDemonymAdjective holds a body's name closed by a demonym used as an
// adjective ("Parlement wallon" cut at "Parlement"). The sentences are
// written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestDemonymAdjective(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a regional parliament",
			blocks: []string{"Les élus du Parlement wallon ont voté le budget à Namur."},
			want:   []string{"ORG:Parlement wallon", "LOC:Namur"}},
	})
}
