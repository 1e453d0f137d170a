package entity

import "testing"

// TestIntlBodies holds two organisations of states named by one word
// that the lists read as a place or nothing (issue 15: "Francophonie"
// and "Commonwealth" shown as places on a set never seen; GUIDELINE:
// groups of states are ORG). The sentences are written for the test.
func TestIntlBodies(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "the Francophonie in a summit's name",
			blocks: []string{"Le sommet de la Francophonie s'ouvre à Dakar."},
			want:   []string{"ORG:Francophonie", "LOC:Dakar"}},
		{name: "the Commonwealth",
			blocks: []string{"Le Cameroun est membre du Commonwealth depuis 1995."},
			want:   []string{"LOC:Cameroun", "ORG:Commonwealth", "DATE:1995"}},
		{name: "bodies written as words (session 13)",
			blocks: []string{"La Nasa et la Cédéao ont signé, la Monusco aussi.", "Boko Haram et Aqmi ont revendiqué."},
			want:   []string{"ORG:Nasa", "ORG:Cédéao", "ORG:Monusco", "ORG:Boko Haram", "ORG:Aqmi"}},
	})
}
