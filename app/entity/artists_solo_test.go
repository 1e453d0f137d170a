package entity

import "testing"

// TestSoloArtistListed holds a solo artist listed among the bands of
// data/artists.txt by mistake (session 14, heldout29's "Renaud ou Manu
// Chao" typed an organisation): a stage name of one person is PER
// (GUIDELINE). The sentence is written for the test.
func TestSoloArtistListed(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a solo artist in a list of bands",
			blocks: []string{"Parmi les têtes d'affiche du concert figurent Arcade Fire, Indochine, Renaud ou Manu Chao, dont le nouvel album sort en juin, avant la tournée."},
			want:   []string{"ORG:Arcade Fire", "ORG:Indochine", "PER:Renaud", "PER:Manu Chao"}},
	})
}
