package entity

import "testing"

// TestAreaOfTowns holds two towns joined by a hyphen that name one
// district, split in two on heldout11's held-out half and heldout12's
// tune half (issue 15: "Metz-Thionville (Moselle)", "la compagnie de
// Vitré-Fougères"); a route between two towns stays two places. The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestAreaOfTowns(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a district with its department in brackets",
			blocks: []string{"Des comités existent à Nancy, Lens-Liévin (Pas-de-Calais) et Lille."},
			want:   []string{"LOC:Nancy", "LOC:Lens-Liévin", "LOC:Pas-de-Calais", "LOC:Lille"}},
		{name: "a coalfield named by two towns",
			blocks: []string{"Le bassin de Douai-Lens a perdu des emplois."},
			want:   []string{"LOC:Douai-Lens"}},
		{name: "a route stays two places",
			blocks: []string{"La ligne Nantes-Rennes sera fermée pendant les travaux."},
			want:   []string{"LOC:Nantes", "LOC:Rennes"}},
	})
}
