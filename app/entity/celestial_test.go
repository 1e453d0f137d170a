package entity

import "testing"

// TestCelestialNames holds named celestial bodies, places by the
// guideline, that the model read as people or bodies (issue 15,
// heldout20: "Jupiter" a person, "Grande Ourse" an organisation). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestCelestialNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a planet, the galaxy and a constellation",
			blocks: []string{"Cette exoplanète est trois fois plus massive que Saturne, dans la Voie lactée, près de la Grande Ourse."},
			want:   []string{"LOC:Saturne", "LOC:Voie lactée", "LOC:Grande Ourse"}},
		{name: "a room named after a planet stays the room",
			blocks: []string{"Les ingénieurs suivent le lancement depuis la salle Jupiter, à Kourou."},
			want:   []string{"LOC:salle Jupiter", "LOC:Kourou"}},
	})
}
