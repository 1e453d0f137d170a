package entity

import "testing"

// TestBuildingsAndCompanyTails holds a building named after a person
// with its noun capitalised, and companies whose English names end in a
// sector word (issue 15, heldout19: "Tour Mohammed VI" and "Applied
// Materials" shown as people). The sentences are written for the test;
// each wants exactly the mentions shown by default, as TYPE:text.
func TestBuildingsAndCompanyTails(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a tower named after a king, capitalised",
			blocks: []string{"Tour Hassan II : la plus haute du pays sera livrée à Rabat."},
			want:   []string{"LOC:Tour Hassan II", "LOC:Rabat"}},
		{name: "companies by their English tails",
			blocks: []string{"Orbital Materials et Nexa Therapeutics lèvent des fonds à Paris."},
			want:   []string{"ORG:Orbital Materials", "ORG:Nexa Therapeutics", "LOC:Paris"}},
	})
}
