package entity

import "testing"

// TestAfricanFirstNames holds full names opening with West African and
// Maghreb first names the lists lacked (issue 15, heldout15: "Aliou
// Cissé" shown as an organisation). The sentences are written for the
// test; each wants exactly the mentions shown by default, as TYPE:text.
func TestAfricanFirstNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "Senegalese first names",
			blocks: []string{"Modou Fall, Saliou Ndour et Bassirou Diomaye Faye ont voté à Thiès."},
			want:   []string{"PER:Modou Fall", "PER:Saliou Ndour", "PER:Bassirou Diomaye Faye", "LOC:Thiès"}},
		{name: "a name the model reads as a body",
			blocks: []string{"Selon Aliou Cissé, l'équipe est prête."},
			want:   []string{"PER:Aliou Cissé"}},
	})
}
