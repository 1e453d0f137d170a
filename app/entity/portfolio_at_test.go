package entity

import "testing"

// TestPortfolioAt keeps out of the names a portfolio after "à" right
// after its minister, one after a verb of an appointment, and one after
// a portfolio in lower case (heldout28: "secrétaire d'État à la
// Consommation" gave a person, "pressentie à la Famille" a place,
// "de l'investissement, du Commerce" an organisation; GUIDELINE: a
// portfolio is no entity).
func TestPortfolioAt(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a junior minister's portfolio after à",
			blocks: []string{"Mathilde Vasseur devient secrétaire d'État à la Ruralité."},
			want:   []string{"PER:Mathilde Vasseur"}},
		{name: "a delegate minister's portfolio after à",
			blocks: []string{"Il a été ministre délégué à l'Artisanat pendant deux ans."},
			want:   nil},
		{name: "a portfolio after a verb of an appointment",
			blocks: []string{"Claire Dumas, un temps pressentie à la Famille, devient porte-parole du gouvernement."},
			want:   []string{"PER:Claire Dumas"}},
		{name: "a portfolio after a participle of an appointment opening a sentence",
			blocks: []string{"Nommée à la Famille, Claire Dumas devient porte-parole."},
			want:   []string{"PER:Claire Dumas"}},
		{name: "a portfolio after one in lower case",
			blocks: []string{"Le ministre de l'Énergie, de l'artisanat, du Tourisme et de la Mer, Kofi Mensah, a signé."},
			want:   []string{"PER:Kofi Mensah"}},
		{name: "a place after à stays a place",
			blocks: []string{"Le ministre s'est rendu à la Réunion la semaine dernière."},
			want:   []string{"LOC:la Réunion"}},
		{name: "a town after a lower-case word and de stays a place",
			blocks: []string{"Le ministre de l'Intérieur a rencontré les maires de la région, de Lille et de Roubaix."},
			want:   []string{"LOC:Lille", "LOC:Roubaix"}},
	})
}
