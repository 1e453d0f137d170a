package entity

import "testing"

// TestPortfolioIntoName holds a minister's name run into his portfolio
// (issue 15, heldout16: "ministre de la Communication et Médias Jolino
// Diwampovesa Makelele" shown as the person "Médias Jolino…"). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestPortfolioIntoName(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a portfolio after et, then the minister",
			blocks: []string{"Le décret est signé par le ministre de l'Intérieur et Sécurité Léon Mbala Kitenge."},
			want:   []string{"PER:Léon Mbala Kitenge"}},
		{name: "a portfolio after et des, then the minister",
			blocks: []string{"Le ministre de la Culture et des Sports Paul Nkodia Lemba a inauguré le stade."},
			want:   []string{"PER:Paul Nkodia Lemba"}},
		{name: "a ministry's two portfolios stay one ministry",
			blocks: []string{"Le ministère des Finances et de l'Économie publie ses comptes."},
			want:   []string{"ORG:ministère des Finances et de l'Économie"}},
	})
}
