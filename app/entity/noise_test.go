package entity

import "testing"

// TestNoise drops capitalised common words and titles (heldout28: "les
// Rouge et Noir" gave a person "Noir", "son premier extrait baptisé
// Speed" a person, "Caen la Mer" a place "Mer", "liée au Coronavirus" an
// organisation; GUIDELINE: nicknames, works and diseases are no
// entities).
func TestNoise(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a nickname of colours",
			blocks: []string{"Le premier succès des Vert et Blanc en championnat depuis août."},
			want:   nil},
		{name: "a colour alone is left to the rest",
			blocks: []string{"Marine Tondelier a rencontré Olivier Faure."},
			want:   []string{"PER:Marine Tondelier", "PER:Olivier Faure"}},
		{name: "a single titled after baptisé",
			blocks: []string{"Le groupe dévoile un nouveau single baptisé Midnight Run."},
			want:   nil},
		{name: "a report titled after intitulé",
			blocks: []string{"Le premier rapport intitulé Avenir Rural sera remis au ministre."},
			want:   nil},
		{name: "an essay titled after intitulé",
			blocks: []string{"Il publie un essai intitulé Lumière Noire chez Gallimard."},
			want:   []string{"ORG:Gallimard"}},
		{name: "a listed place after intitulé stays a place",
			blocks: []string{"Son film intitulé Marseille sortira en mai."},
			want:   []string{"LOC:Marseille"}},
		{name: "a child baptisée keeps its name",
			blocks: []string{"Leur fille, baptisée Louise Martin, est née mardi."},
			want:   []string{"PER:Louise Martin"}},
		{name: "a geographic noun ending a name in words",
			blocks: []string{"Les élus de Lorient Agglomération et de Caen la Mer ont voté."},
			want:   []string{"ORG:Lorient Agglomération", "LOC:Caen"}},
		{name: "a gulf alone stays a place",
			blocks: []string{"Les tensions dans le Golfe inquiètent les armateurs."},
			want:   []string{"LOC:Golfe"}},
		{name: "a disease",
			blocks: []string{"Une baisse de la fréquentation liée au Coronavirus cet été."},
			want:   nil},
		{name: "a disease after de",
			blocks: []string{"Les cas de Chikungunya augmentent à La Réunion."},
			want:   []string{"LOC:La Réunion"}},
	})
}
