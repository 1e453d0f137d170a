package entity

import "testing"

// TestDefaultCompanies holds names of several words the rules read as
// people by default that a listed company opens or a place sits inside
// (companypeople.go), from train-s8's "Kering Beauté" and "Grand Lyon
// Habitat". The sentences are written for the test.
func TestDefaultCompanies(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a company's division and a town's housing office",
			blocks: []string{
				"Le patron de Danone a annoncé la vente de sa filiale, Danone Nutricia, au groupe Nestlé pour 2 milliards d'euros.",
				"Le propriétaire, Grand Nancy Habitat, a promis de reloger les familles.",
			},
			want: []string{"ORG:Danone", "ORG:Danone Nutricia", "ORG:Nestlé", "ORG:Grand Nancy Habitat"}},
		{name: "people whose first or last word is a place",
			blocks: []string{"Parmi les têtes d'affiche figurent Dionne Warwick, Valero Rivera et Orel Mangala."},
			want:   []string{"PER:Dionne Warwick", "PER:Valero Rivera", "PER:Orel Mangala"}},
	})
}
