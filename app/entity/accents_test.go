package entity

import "testing"

// TestUnaccentedFirstNameAfterA holds a town written as a first name
// without its accent, typed as a person on the tune half of heldout11
// (issue 15). The sentences are written for the test; each wants
// exactly the mentions shown by default, as TYPE:text.
func TestUnaccentedFirstNameAfterA(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a town named like a first name without its accent",
			blocks: []string{"Claire Dumont sera candidate à Namur, Paul Leroy à Jerome et Anne Collin à Liège."},
			want:   []string{"PER:Claire Dumont", "LOC:Namur", "PER:Paul Leroy", "LOC:Jerome", "PER:Anne Collin", "LOC:Liège"}},
		{name: "the first name with its accent after à stays a person",
			blocks: []string{"Le prix a été remis à Jérôme Lantier, le cadet de la famille."},
			want:   []string{"PER:Jérôme Lantier"}},
	})
}
