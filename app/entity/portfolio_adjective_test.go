package entity

import "testing"

// TestPortfolioAdjective keeps a portfolio's capitalised adjective out of
// the names ("ministre des Affaires Étrangères" showed "Étrangères" as a
// person on a page built from a set never tuned on, session 13), and the
// ministry's name whole.
func TestPortfolioAdjective(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a minister's portfolio",
			blocks: []string{"Il s'agit du ministre des Affaires Étrangères et de la Coopération, Aurelien Agbenonci."},
			want:   []string{"PER:Aurelien Agbenonci"}},
		{name: "the ministry",
			blocks: []string{"Le ministère des Affaires Étrangères a publié un communiqué."},
			want:   []string{"ORG:ministère des Affaires Étrangères"}},
	})
}
