package entity

import "testing"

// TestCreatorWorks holds works named after their maker's noun
// (creatorworks.go), from heldout29's "la réalisatrice de Jeune
// Juliette", a film read as a person.
func TestCreatorWorks(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "films and novels after their makers",
			blocks: []string{"La réalisatrice de Petite Maman, Céline Sciamma, et l'auteur de Vernon Subutex, Virginie Despentes, étaient là."},
			want:   []string{"PER:Céline Sciamma", "PER:Virginie Despentes"}},
		{name: "kin and places stay",
			blocks: []string{"La fille de Jacques Chirac était là, et l'auteur de Paris, Texas aussi."},
			want:   []string{"PER:Jacques Chirac", "LOC:Paris", "LOC:Texas"}},
	})
}
