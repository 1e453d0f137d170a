package entity

import "testing"

// TestTitlesAreNoNames holds the capitalised words glued to people's
// names on the tune half of heldout11 (issue 15): a title alone is no
// person, a title inside a headline the model reads as one name starts
// the name after it, and so does a verb opening a sentence. The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestTitlesAreNoNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a capitalised rank alone after a role is no person",
			blocks: []string{"Le rapport de l'inspecteur Général a été remis au gouvernement mardi."},
			want:   nil},
		{name: "a capitalised title alone before a comma and the name",
			blocks: []string{"Le ministre Gouverneur, Issa Traoré, a reçu les chefs traditionnels."},
			want:   []string{"PER:Issa Traoré"}},
		{name: "a compound title in a headline starts the name after it",
			blocks: []string{"Installation du Ministre-Gouverneur Yao Kouamé", "Les populations ont accueilli le Ministre-Gouverneur Yao Kouamé à Bouaké."},
			want:   []string{"PER:Yao Kouamé", "PER:Yao Kouamé", "LOC:Bouaké"}},
		{name: "a title written with its article inside a name is left out",
			blocks: []string{"Visite du Vice-Président Kwame Mensah à Kumasi", "Le Vice-Président Kwame Mensah a visité Kumasi lundi."},
			want:   []string{"PER:Kwame Mensah", "LOC:Kumasi", "PER:Kwame Mensah", "LOC:Kumasi"}},
		{name: "a verb opening a sentence of results is no part of the name after it",
			blocks: []string{"Marc Dubois arrive en tête avec 412 voix. Viennent Julie Perrin (380 voix) et Paul Girard (301 voix). Restent Louise Favre Morel (120 voix) et les autres."},
			want:   []string{"PER:Marc Dubois", "PER:Julie Perrin", "PER:Paul Girard", "PER:Louise Favre Morel"}},
		{name: "a name after a role, cut at a first name, is one person",
			blocks: []string{"Le nouveau lycée a été inauguré par le ministre Zoumané Koffi Yao et le préfet."},
			want:   []string{"PER:Zoumané Koffi Yao"}},
		{name: "a demonym before a full name stays out of it",
			blocks: []string{"Au second tour, le Lucernois Marc Weber a été élu avec 120 voix."},
			want:   []string{"PER:Marc Weber"}},
		{name: "a first name that is also a title still opens a name",
			blocks: []string{"Le sélectionneur Pape Thiaw a retenu vingt-six joueurs."},
			want:   []string{"PER:Pape Thiaw"}},
	})
}
