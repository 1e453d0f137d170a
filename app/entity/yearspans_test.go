package entity

import "testing"

// TestPeriodSpans holds spans of two years written as one number with no
// cue word: a term, a session and a plan are periods (heldout24 and
// heldout25 missed them); a life in brackets and an event's name keep
// none. The sentences are written for the test.
func TestPeriodSpans(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a term of office",
			blocks: []string{"Le conseil a voté le premier budget de la mandature 2020-2026 sans débat."},
			want:   []string{"DATE:2020-2026"}},
		{name: "a plan's period",
			blocks: []string{"Les élus défendent le programme pluriannuel 2025-2030 devant les habitants."},
			want:   []string{"DATE:2025-2030"}},
		{name: "a parliamentary session after a comma",
			blocks: []string{"Le rapport cité (Doc. parl., 2011-2012, n° 4) le disait déjà."},
			want:   []string{"DATE:2011-2012"}},
		{name: "a life in brackets",
			blocks: []string{"La salle montre des paysages de la peintre (1874-1951) et de ses élèves."},
			want:   nil},
		{name: "a competition's season in its name",
			blocks: []string{"Le club a terminé troisième du Championnat 2022-2023 malgré les blessures."},
			want:   nil},
	})
}
