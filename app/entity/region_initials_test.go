package entity

import "testing"

// TestRegionInitials reads a region named by its initials as a place, as
// a country is (countryInitials; session 13: "PACA" was an organisation
// in two seen sets). The sentences are written for the test.
func TestRegionInitials(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a headline's region",
			blocks: []string{"PACA : les urgences de Gap ferment la nuit."},
			want:   []string{"LOC:PACA", "LOC:Gap"}},
		{name: "a region in a sentence",
			blocks: []string{"Les trains régionaux de la région PACA sont à l'arrêt."},
			want:   []string{"LOC:PACA"}},
	})
}
