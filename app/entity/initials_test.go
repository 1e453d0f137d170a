package entity

import "testing"

// TestInitialBeforeSurname holds a first name's initial before a
// surname, cut off on the tune half of heldout11 (issue 15). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestInitialBeforeSurname(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "an initial and a surname in a list of scorers",
			blocks: []string{"Rennes bat Metz (2-1)", "Buts : T. Lambert (12e) et Diallo (88e) pour Rennes ; Koné (60e) pour Metz", "Rennes a battu Metz grâce à Théo Lambert, auteur d'un but et d'une passe. L'entraîneur a salué le match et la victoire de son équipe au classement."},
			want:   []string{"ORG:Rennes", "ORG:Metz", "PER:T. Lambert", "PER:Diallo", "ORG:Rennes", "PER:Koné", "ORG:Metz", "ORG:Rennes", "ORG:Metz", "PER:Théo Lambert"}},
		{name: "M. is Monsieur, no initial",
			blocks: []string{"M. Lambert a démissionné, selon le maire de Rennes."},
			want:   []string{"PER:Lambert", "LOC:Rennes"}},
	})
}
