package entity

import "testing"

// TestPlanetsArePlaces holds the planets missed on the tune half of
// heldout11 (issue 15; GUIDELINE: named celestial bodies are LOC). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestPlanetsArePlaces(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "planets after a verb and after vers",
			blocks: []string{"Après avoir survolé Jupiter, l'engin rejoindra Saturne en 2031, puis poursuivra sa route vers Neptune."},
			want:   []string{"LOC:Jupiter", "LOC:Saturne", "DATE:2031", "LOC:Neptune"}},
		{name: "a person named Vénus stays a person",
			blocks: []string{"La poétesse Vénus Khoury-Ghata a reçu le prix à Beyrouth."},
			want:   []string{"PER:Vénus Khoury-Ghata", "LOC:Beyrouth"}},
	})
}
