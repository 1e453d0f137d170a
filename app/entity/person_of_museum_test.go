package entity

import "testing"

// TestPersonOfMuseum holds a curator's name run into her museum's by
// "du" or "de la", missed on heldout11's held-out half (issue 15): the
// model read the whole as a person, or as a body because of an English
// tail ("Gallery"). The sentences are written for the test; each wants
// exactly the mentions shown by default, as TYPE:text.
func TestPersonOfMuseum(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a curator and a French museum",
			blocks: []string{"L'exposition est conçue par Claire Vautrin du Musée des Beaux-Arts de Lyon et son équipe."},
			want:   []string{"PER:Claire Vautrin", "ORG:Musée des Beaux-Arts de Lyon"}},
		{name: "a curator and an English gallery",
			blocks: []string{"Le catalogue est signé par Laura Pemberton de la Whitworth Gallery, qui a prêté douze toiles."},
			want:   []string{"PER:Laura Pemberton", "ORG:Whitworth Gallery"}},
		{name: "a particle inside a person's name stays",
			blocks: []string{"Le discours de Charles de Gaulle reste célèbre."},
			want:   []string{"PER:Charles de Gaulle"}},
	})
}
