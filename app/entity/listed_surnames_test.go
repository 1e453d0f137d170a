package entity

import "testing"

// TestListedSurnames holds people named by their surname alone in a list,
// as art, literature and sport write them, missed on the tune sets of
// heldout11 and heldout12 (issue 15): the model doubted each word, and
// typed some as bodies. The sentences are written for the test; each
// wants exactly the mentions shown by default, as TYPE:text.
func TestListedSurnames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "painters listed, closed by ou encore",
			blocks: []string{"Le salon de 1880.", "On y voit des toiles de Vuillard, Sérusier, Bonnard, Ranson ou encore Maillol, qui exposent ensemble."},
			want:   []string{"PER:Vuillard", "PER:Sérusier", "PER:Bonnard", "PER:Ranson", "PER:Maillol"}},
		{name: "writers listed after a verb",
			blocks: []string{"Une jeunesse de lectures.", "Au lycée, elle découvre Flaubert, Zola, Huysmans et Maupassant, qu'elle relit chaque été."},
			want:   []string{"PER:Flaubert", "PER:Zola", "PER:Huysmans", "PER:Maupassant"}},
		{name: "towns listed with a known town stay places",
			blocks: []string{"La tournée passera par Lyon, Roanne, Vichy et Montluçon cet été."},
			want:   []string{"LOC:Lyon", "LOC:Roanne", "LOC:Vichy", "LOC:Montluçon"}},
		{name: "two names are no list of people",
			blocks: []string{"Le duo Kervella et Maudet a remporté la première manche."},
			want:   nil},
	})
}
