package entity

import "testing"

// TestProfessionals holds artists named by a profession noun and the
// single name the public knows, found but hidden on heldout11's held-out
// half and heldout12's tune half (issue 15: "du photographe Nadar",
// "L'artiste Youssoupha"). The sentences are written for the test; each
// wants exactly the mentions shown by default, as TYPE:text.
func TestProfessionals(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a rapper's stage name",
			blocks: []string{"Le rappeur Damso annonce une tournée des stades."},
			want:   []string{"PER:Damso"}},
		{name: "a photographer after du",
			blocks: []string{"Le tirage vient de l'atelier du photographe Carjat, rue Laffitte."},
			want:   []string{"PER:Carjat", "LOC:rue Laffitte"}},
		{name: "a singer opening a sentence",
			blocks: []string{"Un retour attendu.", "La chanteuse Jain sort un troisième album."},
			want:   []string{"PER:Jain"}},
		{name: "a listed medium after a profession stays the medium",
			blocks: []string{"Le journaliste Mediapart a été entendu."},
			want:   []string{"ORG:Mediapart"}},
	})
}
