package entity

import "testing"

// TestSentenceWords holds an opening past participle and a car named by
// its maker after an article (sentencewords.go; session 13: "Mené",
// "Gênés", "Basé", "une Hyundai" were organisations or places in the seen
// sets). The sentences are written for the test.
func TestSentenceWords(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "opening participles",
			blocks: []string{"Mené à la pause, le club a renversé le match.", "Gênés par le pressing adverse, les défenseurs ont reculé.", "Basé à Lyon, le groupe emploie 300 personnes."},
			want:   []string{"LOC:Lyon"}},
		{name: "a participle before a score",
			blocks: []string{"Mené 1-3 à dix minutes de la fin, le club est revenu."},
			want:   nil},
		{name: "a town opening a sentence before a verb stays",
			blocks: []string{"Lomé a accueilli le sommet."},
			want:   []string{"LOC:Lomé"}},
		{name: "cars named by their makers",
			blocks: []string{"L'accident a impliqué une Hyundai et une Peugeot.", "La Peugeot a fini sur le toit."},
			want:   nil},
		{name: "the maker alone is the company",
			blocks: []string{"Peugeot a rappelé 20 000 véhicules, a annoncé le groupe."},
			want:   []string{"ORG:Peugeot"}},
	})
}
