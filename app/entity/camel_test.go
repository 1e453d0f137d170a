package entity

import "testing"

// TestCompanyCasedNameIsNoPerson holds a company's name read as a
// person's on the tune half of heldout11 (issue 15): a word cased like a
// company's ("LinkedIn", "ArcelorMittal") is no person's. The sentences
// are written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestCompanyCasedNameIsNoPerson(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a plant named after its company",
			blocks: []string{"Les salariés de l'usine chimique de NovaChem Ferrand sont en grève depuis lundi."},
			want:   []string{"ORG:NovaChem Ferrand"}},
		{name: "people with a capital inside their name stay people",
			blocks: []string{"Paul McCartney a rencontré LeBron James et Leonardo DiCaprio à Londres."},
			want:   []string{"PER:Paul McCartney", "PER:LeBron James", "PER:Leonardo DiCaprio", "LOC:Londres"}},
	})
}
