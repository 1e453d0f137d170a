package entity

import "testing"

// TestMinistryAndPortfolio holds a ministry's last portfolio joined by
// "et" without "de", and an organisation's adjective in "-ante" (issue
// 15: "ministère des Petites et Moyennes Entreprises" cut in two,
// "Commission électorale indépendante" cut at "électorale", on a set
// never seen). The sentences are written for the test; each wants
// exactly the mentions shown by default, as TYPE:text.
func TestMinistryAndPortfolio(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "two capitalised nouns of one portfolio",
			blocks: []string{"Il prend la tête du ministère des Petites et Moyennes Entreprises après trois ans au Sénat."},
			want:   []string{"ORG:ministère des Petites et Moyennes Entreprises", "ORG:Sénat"}},
		{name: "a lower-case noun ends the portfolio",
			blocks: []string{"Elle rejoint le ministère des Forêts et pêches, où elle succède à Paul Biya."},
			want:   []string{"ORG:ministère des Forêts et pêches", "PER:Paul Biya"}},
		{name: "a person after the ministry is no portfolio",
			blocks: []string{"Le ministère de la Santé et Agnès Buzyn ont répondu aux urgentistes."},
			want:   []string{"ORG:ministère de la Santé", "PER:Agnès Buzyn"}},
		{name: "a verb after et is no portfolio",
			blocks: []string{"Il a quitté le ministère des Finances et rejoint la banque Natixis."},
			want:   []string{"ORG:ministère des Finances", "ORG:Natixis"}},
		{name: "an adjective in -ante closes a body's name",
			blocks: []string{"La Commission électorale indépendante a publié les résultats provisoires à Abidjan."},
			want:   []string{"ORG:Commission électorale indépendante", "LOC:Abidjan"}},
	})
}
