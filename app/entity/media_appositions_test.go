package entity

import "testing"

// TestMediaAppositions holds magazines set off by their kind after a
// comma, and a participle that folds to an apposition noun (classify.go,
// sportspeople.go), from heldout29's "Fluide Glacial, revue réputée"
// and "Dodi Lukebakio, parti en trombe".
func TestMediaAppositions(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a magazine and a review set off by their kind",
			blocks: []string{"Les forces en présence : à ma gauche, Tintin, magazine de BD familial ; à ma droite, Pilote Mag, revue réputée pour son humour."},
			want:   []string{"ORG:Tintin", "ORG:BD", "ORG:Pilote Mag"}},
		{name: "parti as a participle and as a party",
			blocks: []string{"Kylian Mbappé, parti au Real Madrid, et le Parti socialiste, parti de gauche, étaient là."},
			want:   []string{"PER:Kylian Mbappé", "ORG:Real Madrid", "ORG:Parti socialiste"}},
	})
}
