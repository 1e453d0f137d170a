package entity

import "testing"

// TestPluralRoles holds names listed after a plural role noun (heldout24:
// "les gendarmes Lobsiger et Noyer", "les familles Faure et Machet",
// shown low): each is a person, as after the singular. Acronyms after a
// plural role stay organisations. The sentences are written for the test.
func TestPluralRoles(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "two policemen named by their surnames",
			blocks: []string{"Sur la digue, les policiers Aebischer et Rossier ont contrôlé les promeneurs."},
			want:   []string{"PER:Aebischer", "PER:Rossier"}},
		{name: "two families that founded a firm",
			blocks: []string{"L'entreprise, créée par les familles Vernay et Bouchut, compte 300 salariés."},
			want:   []string{"PER:Vernay", "PER:Bouchut"}},
		{name: "two ministers, one named like a town",
			blocks: []string{"Les ministres Lemaire et Borne ont signé l'accord."},
			want:   []string{"PER:Lemaire", "PER:Borne"}},
		{name: "parties after a plural role stay bodies",
			blocks: []string{"Les députés LR et PS ont voté contre le texte."},
			want:   []string{"ORG:LR", "ORG:PS"}},
	})
}
