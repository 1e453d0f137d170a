package entity

import "testing"

// TestOpeners holds the words that open a sentence or a title and are no
// part of the name after them (openers.go), from the spurious people of
// heldout28 and heldout29 ("Outre Carrier", "Et Dua Lipa", "Mes Rohan
// Van Vooren"). The sentences are written for the test.
func TestOpeners(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a preposition and adverbs opening a sentence",
			blocks: []string{"Demain Marine Le Pen sera à Lille. Hormis Jean Castex, personne n'est venu. Pourtant Bordeaux a voté. Finalement Clément Beaune a parlé."},
			want:   []string{"PER:Marine Le Pen", "LOC:Lille", "PER:Jean Castex", "LOC:Bordeaux", "PER:Clément Beaune"}},
		{name: "a first name in -ment is no adverb",
			blocks: []string{"Clément Beaune a parlé à Paris."},
			want:   []string{"PER:Clément Beaune", "LOC:Paris"}},
		{name: "a preposition before a scorer in a match report",
			blocks: []string{
				"Le Canadien a battu les Bruins de Boston 4-2 samedi au Centre Bell. L'équipe a dominé le match : le gardien a repoussé 30 tirs et l'entraîneur a salué la victoire, la troisième de suite à domicile.",
				"Outre Lefebvre (3e, 18e), Tremblay (12e) a marqué un but en prolongation.",
			},
			want: []string{"ORG:Canadien", "ORG:Bruins de Boston", "LOC:Centre Bell", "PER:Lefebvre", "PER:Tremblay"}},
		{name: "a conjunction opening a work's title",
			blocks: []string{"Le metteur en scène Julien Morel présente au théâtre de Namur sa création Et Victor Hugo se tut, un monologue sur l'exil."},
			want:   []string{"PER:Julien Morel", "LOC:Namur"}},
		{name: "Mes, the lawyers' plural title, stays out of the names",
			blocks: []string{"Le procès s'ouvre lundi à Namur. Les avocats Marc Lenoir et Julie Servais défendront les parties civiles, tandis que Mes Octave Verbruggen et Lucie Hansotte plaideront l'acquittement."},
			want:   []string{"LOC:Namur", "PER:Marc Lenoir", "PER:Julie Servais", "PER:Octave Verbruggen", "PER:Lucie Hansotte"}},
		{name: "Mes the possessive names nobody",
			blocks: []string{"Mes enfants sont partis à Lyon. Mes Souvenirs est un livre."},
			want:   []string{"LOC:Lyon"}},
	})
}

// TestDJ holds a DJ's trade before his stage name (openers.go), from
// heldout29's "le DJ Kid Noize", read as an organisation by its acronym.
func TestDJ(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "the trade after an article, the stage name alone",
			blocks: []string{"DJ Snake jouera samedi. Le parrain de l'opération est le DJ Kid Noize."},
			want:   []string{"PER:DJ Snake", "PER:Kid Noize"}},
		{name: "acronyms stay bodies",
			blocks: []string{"La DGSI enquête avec la DGSE."},
			want:   []string{"ORG:DGSI", "ORG:DGSE"}},
	})
}
