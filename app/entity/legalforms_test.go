package entity

import "testing"

// TestLegalForms holds companies named with their legal form
// (legalforms.go), from heldout29's "avec son père Groupe Savoie Inc."
// read as a person after "père". The sentences are written for the test.
func TestLegalForms(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a legal form after a title, its period kept",
			blocks: []string{"Il a fondé en 1985 avec son père Groupe Lavoie Inc., une entreprise de camionnage, puis a présidé Bétons Lavoie Ltée et Dupont & Cie."},
			want:   []string{"DATE:1985", "ORG:Groupe Lavoie Inc.", "ORG:Bétons Lavoie Ltée", "ORG:Dupont & Cie."}},
		{name: "German and Swiss forms",
			blocks: []string{"Chez Müller GmbH, le directeur Hans Weber a parlé de la fusion avec Brunner SA."},
			want:   []string{"ORG:Müller GmbH", "PER:Hans Weber", "ORG:Brunner SA"}},
		{name: "a person after a title stays one",
			blocks: []string{"Il a fondé l'entreprise avec son père Jean Lavoie en 1985."},
			want:   []string{"PER:Jean Lavoie", "DATE:1985"}},
		{name: "the Tuareg Ag is no legal form",
			blocks: []string{"Le chef rebelle Iyad Ag Ghaly a parlé."},
			want:   []string{"PER:Iyad Ag Ghaly"}},
	})
}
