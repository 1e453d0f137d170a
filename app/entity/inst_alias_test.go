package entity

import "testing"

// TestInstitutionAlias holds the name after an institution's noun used
// alone for the institution (issue 15, heldout14: "l'Institut Pasteur"
// then "Pasteur" shown as a person). The sentences are written for the
// test; each wants exactly the mentions shown by default, as TYPE:text.
func TestInstitutionAlias(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "the institute by its name alone",
			blocks: []string{"L'Institut Curie ouvre un centre. Selon Curie, les essais commencent en mars 2025."},
			want:   []string{"ORG:Institut Curie", "ORG:Curie", "DATE:mars 2025"}},
		{name: "the institute by its name alone, after a title that reads it as a person",
			blocks: []string{"Essai Pasteur : l'institut renonce", "L'Institut Pasteur abandonne son essai. Selon Pasteur, le projet est clos."},
			want:   []string{"ORG:Pasteur", "ORG:Institut Pasteur", "ORG:Pasteur"}},
		{name: "the hospital by its name alone",
			blocks: []string{"L'hôpital Necker est saturé. À Necker, les urgences débordent."},
			want:   []string{"ORG:hôpital Necker", "ORG:Necker"}},
		{name: "the person the institute is named after",
			blocks: []string{"Louis Pasteur est né à Dole. L'Institut Pasteur porte son nom. Pasteur a inventé le vaccin."},
			want:   []string{"PER:Louis Pasteur", "LOC:Dole", "ORG:Institut Pasteur", "PER:Pasteur"}},
		{name: "a university's town stays a town",
			blocks: []string{"L'Université Laval recrute. Laval est une ville du Québec."},
			want:   []string{"ORG:Université Laval", "LOC:Laval", "LOC:Québec"}},
		{name: "an article before a surname stays",
			blocks: []string{"Le Pen a parlé. Marine Le Pen veut le pouvoir, dit le sondage."},
			want:   []string{"PER:Le Pen", "PER:Marine Le Pen"}},
	})
}
