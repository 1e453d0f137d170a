package entity

import "testing"

// TestAfricanNames holds names of the francophone African press that the
// recogniser cut or ran on (issue 15, heldout14): the "N'" and "M'" of a
// name were read as the elisions "n'" and "m'" ("Zue Kofi" for "N'Zue
// Kofi"), a player ran into his country ("Jay Jay Okocha du Nigeria"),
// a diplomat's honorific "S.E.M." was read as initials, and a memorial
// named after a person was the person. The sentences are written for
// the test; each wants exactly the mentions shown by default, as
// TYPE:text.
func TestAfricanNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "N' and M' open a name",
			blocks: []string{"Le ministre N'Zue Kofi a visité N'Djamena avec Stéphane M'Bia."},
			want:   []string{"PER:N'Zue Kofi", "LOC:N'Djamena", "PER:Stéphane M'Bia"}},
		{name: "a capital N' inside a sentence opens a name, in lower case after it too",
			blocks: []string{"Il habite la commune de N’djili, à Kinshasa. N'importe quel voisin le dira."},
			want:   []string{"LOC:N’djili", "LOC:Kinshasa"}},
		{name: "the elision stays an elision",
			blocks: []string{"N'oubliez pas : il n'a pas vu Youssou N'Dour à Dakar."},
			want:   []string{"PER:Youssou N'Dour", "LOC:Dakar"}},
		{name: "a person and his country are two names",
			blocks: []string{"Les anciens Jay Jay Okocha du Nigeria et Samuel Eto'o du Cameroun ont joué le match de gala."},
			want:   []string{"PER:Jay Jay Okocha", "LOC:Nigeria", "PER:Samuel Eto'o", "LOC:Cameroun"}},
		{name: "a body of a country stays whole",
			blocks: []string{"La Banque du Canada et les Aéroports du Cameroun ont publié leurs comptes."},
			want:   []string{"ORG:Banque du Canada", "ORG:Aéroports du Cameroun"}},
		{name: "a diplomat's honorific is no initials",
			blocks: []string{"S.E.M. Marc Vizy, ambassadeur de France, a reçu S.E. Takahisa Tsugawa."},
			want:   []string{"PER:Marc Vizy", "LOC:France", "PER:Takahisa Tsugawa"}},
		{name: "a memorial named after a person is a place",
			blocks: []string{"La cérémonie s'est tenue au Mémorial Thomas Sankara de Ouagadougou."},
			want:   []string{"LOC:Mémorial Thomas Sankara", "LOC:Ouagadougou"}},
	})
}
