package entity

import "testing"

// TestTitleNames holds capitalised titles and ranks alone, which name
// nobody and no body (titlenames.go; session 13: "Garde des Sceaux",
// "Haut-commissaire de la République", "Champion de France" were
// organisations in the seen sets). The sentences are written for the
// test.
func TestTitleNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "the keeper of the seals",
			blocks: []string{"Le Garde des Sceaux a annoncé une réforme des prisons."},
			want:   nil},
		{name: "a high commissioner of the Republic",
			blocks: []string{"La séance s'est ouverte en présence du Haut-commissaire de la République, Marc Léandri."},
			want:   []string{"PER:Marc Léandri"}},
		{name: "ranks",
			blocks: []string{"Le club a décroché le titre de Champion de France, devant le Vice-champion sortant."},
			want:   nil},
		{name: "a body named like a title stays",
			blocks: []string{"Le Haut-Commissariat des Nations unies a salué l’accord."},
			want:   []string{"ORG:Haut-Commissariat des Nations unies"}},
		{name: "military ranks stay out of the name",
			blocks: []string{"Le Colonel-Major Ibrahim Sangaré rejoint Doha.", "Le Général de Brigade Moussa Traoré a reçu le Lieutenant-Colonel Awa Diallo."},
			want:   []string{"PER:Ibrahim Sangaré", "LOC:Doha", "PER:Moussa Traoré", "PER:Awa Diallo"}},
		{name: "a party's acronym is no title",
			blocks: []string{"Le MR a quitté la majorité."},
			want:   []string{"ORG:MR"}},
	})
}
