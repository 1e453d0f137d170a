package entity

import "testing"

// TestBodyNameWithAdjectives holds the long names of bodies that list
// capitalised adjectives after commas, split on the tune half of
// heldout11 (issue 15). The sentences are written for the test; each
// wants exactly the mentions shown by default, as TYPE:text.
func TestBodyNameWithAdjectives(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a council named with three adjectives",
			blocks: []string{"Le président du Conseil Économique, Social et Environnemental a rendu son avis jeudi."},
			want:   []string{"ORG:Conseil Économique, Social et Environnemental"}},
		{name: "a union named with four adjectives",
			blocks: []string{"Les chefs d'État de l'Union Économique, Monétaire, Douanière et Commerciale se réunissent à Dakar."},
			want:   []string{"ORG:Union Économique, Monétaire, Douanière et Commerciale", "LOC:Dakar"}},
		{name: "places after a body's name are no part of it",
			blocks: []string{"La convention a été signée par la Banque Mondiale, Nantes et Angers."},
			want:   []string{"ORG:Banque Mondiale", "LOC:Nantes", "LOC:Angers"}},
	})
}
