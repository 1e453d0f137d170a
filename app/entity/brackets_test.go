package entity

import "testing"

// TestBracketedPlaces holds towns located by brackets (bracketedPlaces),
// found typed as organisations or people on the tune sets of session 11.
// Sentences written for the test; each wants exactly the mentions shown
// by default, as TYPE:text.
func TestBracketedPlaces(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "towns followed by their department",
			blocks: []string{"Trois maternités ferment cet été : Bailleul (Nord), Clamecy (Nièvre) et Amboise (Indre-et-Loire)."},
			want:   []string{"LOC:Bailleul", "LOC:Nord", "LOC:Clamecy", "LOC:Nièvre", "LOC:Amboise", "LOC:Indre-et-Loire"}},
		{name: "a village and its town in brackets",
			blocks: []string{"Le corps a été retrouvé à Plainevaux (Esneux), près de la salle des fêtes."},
			want:   []string{"LOC:Plainevaux", "LOC:Esneux"}},
		{name: "a member of parliament and his department",
			blocks: []string{"Le député Pierre Vernaison (Doubs) a déposé un amendement."},
			want:   []string{"PER:Pierre Vernaison", "LOC:Doubs"}},
		{name: "a news agency after a place is no town",
			blocks: []string{"Paris (AFP) - Le gouvernement a présenté mercredi son budget."},
			want:   []string{"LOC:Paris", "ORG:AFP"}},
	})
}
