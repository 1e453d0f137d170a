package entity

import "testing"

// TestRoadsAndPalaces holds roads and palaces named by common nouns
// (issue 15, heldout14: "route des Plaines", "Palais de la République"
// missed), the town after them, and a road to a town, which gives the
// town. The sentences are written for the test; each wants exactly the
// mentions shown by default, as TYPE:text.
func TestRoadsAndPalaces(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a road named by a common noun",
			blocks: []string{"Un camion s'est renversé sur la route des Crêtes, près de Vannes."},
			want:   []string{"LOC:route des Crêtes", "LOC:Vannes"}},
		{name: "a palace and its town",
			blocks: []string{"La cérémonie s'est tenue au Palais de la Nation de Niamey."},
			want:   []string{"LOC:Palais de la Nation", "LOC:Niamey"}},
		{name: "a palace that names a presidency stays the institution",
			blocks: []string{"Le président l'a reçu au palais de l'Élysée."},
			want:   []string{"ORG:Élysée"}},
	})
}
