package entity

import "testing"

// TestNamedPortfolios holds ministers' portfolios named without
// "ministre" before them (portfolios.go, namedPortfolio; session 13:
// "Sécurité", "Trésor", "Fonction publique" were organisations in the
// seen sets). GUIDELINE: a portfolio named as a domain is no entity.
// The sentences are written for the test.
func TestNamedPortfolios(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a domain after a cabinet's verb",
			blocks: []string{"Nadia Verret, qui était à l'Agriculture, passe à la Sécurité publique."},
			want:   []string{"PER:Nadia Verret"}},
		{name: "a list of domains with their articles",
			blocks: []string{"Les militaires héritent de quatre ministères clés : la Défense, la Sécurité, l’Administration territoriale et la Réconciliation nationale."},
			want:   nil},
		{name: "a listed institution after ministre",
			blocks: []string{"Paul Kremer, Ministre du Trésor, a présenté le budget."},
			want:   []string{"PER:Paul Kremer"}},
		{name: "a listed institution in brackets after its minister",
			blocks: []string{"Les nouveaux venus, comme Julie Brosseau (Trésor), prêtent serment."},
			want:   []string{"PER:Julie Brosseau"}},
		{name: "a listed body ending a minister's portfolios",
			blocks: []string{"Le ministre des Affaires étrangères et de la Francophonie, Paul Ndong, a reçu le sommet de la Francophonie."},
			want:   []string{"PER:Paul Ndong", "ORG:Francophonie"}},
		{name: "the institution elsewhere stays",
			blocks: []string{"Le Trésor a levé 4 milliards sur les marchés, selon l'Agence France Trésor."},
			want:   []string{"ORG:Trésor", "ORG:Agence France Trésor"}},
	})
}
