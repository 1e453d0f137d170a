package entity

import "testing"

// TestPartyAims holds bodies and parties named after an aim of two
// nouns (issue 15, heldout13, heldout20 and heldout21: "Rassemblement des
// houphouëtistes pour la démocratie et la paix", "Comité national pour
// le redressement et le développement" cut at the first noun). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestPartyAims(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a junta's committee",
			blocks: []string{"Le Comité national pour le salut et la réconciliation a pris le pouvoir à Bamako."},
			want:   []string{"ORG:Comité national pour le salut et la réconciliation", "LOC:Bamako"}},
		{name: "a party's aim before its acronym",
			blocks: []string{"L'Union pour la justice et le progrès (UJP) gagne à Lomé."},
			want:   []string{"ORG:Union pour la justice et le progrès", "ORG:UJP", "LOC:Lomé"}},
		{name: "a bank for a country stays two names",
			blocks: []string{"La Banque africaine de développement pour la Côte d'Ivoire a prêté."},
			want:   []string{"ORG:Banque africaine de développement", "LOC:Côte d'Ivoire"}},
	})
}
