package entity

import "testing"

// TestUnionSpelled holds an institution spelled before its acronym that
// the regions of CLDR also list ("Union européenne (UE)" shown as a
// place and its acronym with it; issue 15, heldout17). The sentences
// are written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestUnionSpelled(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "the Union and its acronym are an organisation",
			blocks: []string{"Le Vietnam et l'Union européenne (UE) ont signé un accord à Hanoï."},
			want:   []string{"LOC:Vietnam", "ORG:Union européenne", "ORG:UE", "LOC:Hanoï"}},
	})
}
