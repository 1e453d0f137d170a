package entity

import "testing"

// TestAppositionAcronym holds organisations named after an apposition
// written as an acronym, and companies named after a maker that are no
// products ("l'ONG Human Rights Watch" was a hidden person, "le
// constructeur Renault Trucks" was dropped as a car model). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestAppositionAcronym(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "an NGO after its acronym noun",
			blocks: []string{"L'ONG Human Rights Watch accuse l'armée de massacres à Djibo."},
			want:   []string{"ORG:Human Rights Watch", "LOC:Djibo"}},
		{name: "a maker's company after an apposition",
			blocks: []string{"Le constructeur Renault Trucks recrute à Vénissieux."},
			want:   []string{"ORG:Renault Trucks", "LOC:Vénissieux"}},
		{name: "a maker's group by its tail",
			blocks: []string{"Renault Group a publié ses comptes jeudi."},
			want:   []string{"ORG:Renault Group"}},
		{name: "a car model stays no entity",
			blocks: []string{"Il roule en Renault Clio depuis 2019."},
			want:   []string{"DATE:2019"}},
	})
}
