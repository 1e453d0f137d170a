package entity

import "testing"

// TestPortfoliosAndParty holds portfolios held by aldermen and in
// brackets after ministers, which are no entities (GUIDELINE), and the
// party Renaissance beside the era (issue 15, heldout14: "l'échevine de
// la Mobilité", "(Pêche)", "(Tourisme)" shown as places; "(Renaissance)"
// dropped as the era). The sentences are written for the test; each
// wants exactly the mentions shown by default, as TYPE:text.
func TestPortfoliosAndParty(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "an alderman's portfolio, then a body",
			blocks: []string{"Selon l'échevine de la Mobilité, la Stib rénovera la ligne."},
			want:   []string{"ORG:Stib"}},
		{name: "a league after a commissioner is the league",
			blocks: []string{"Le commissaire de la LNH a tranché."},
			want:   []string{"ORG:LNH"}},
		{name: "portfolios in brackets after ministers",
			blocks: []string{"Karim Benali (Pêche) et Nadia Hamdi (Tourisme) quittent le gouvernement."},
			want:   []string{"PER:Karim Benali", "PER:Nadia Hamdi"}},
		{name: "the party without its article, the era with it",
			blocks: []string{"Le député Paul Martin (Renaissance) aime l'art de la Renaissance."},
			want:   []string{"PER:Paul Martin", "ORG:Renaissance"}},
	})
}
