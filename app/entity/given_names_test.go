package entity

import "testing"

// TestGivenNames holds people whose first name only the common given
// names of data/worldfirstnames.txt (session 14) know: a full name after
// "à" reads as a place without it, and first names that are also French
// common words ("Ville", "Colin") stay out of the list. The sentences are
// written for the test.
func TestGivenNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a full name after à",
			blocks: []string{"Le poste a été confié à Thorsten Gräber, puis à Jakub Wiśniak."},
			want:   []string{"PER:Thorsten Gräber", "PER:Jakub Wiśniak"}},
		{name: "a common word is no first name",
			blocks: []string{"Elle travaille à la Ville de Saguenay."},
			want:   []string{"LOC:Saguenay"}},
	})
}
