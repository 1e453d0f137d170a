package entity

import "testing"

// TestRoleKeepsPerson holds full names a role introduces, which the model
// read as bodies in a sentence that lists bodies and people (issue 15:
// "le Premier ministre britannique Keir Starmer" and "le chef de l'Otan
// Mark Rutte" shown as organisations on a set never seen). The sentences
// are written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestRoleKeepsPerson(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a role before a name, among bodies",
			blocks: []string{"Pendant que l'alerte sonnait à Odessa, le chef de l'Otan Mark Rutte, la présidente de la Banque centrale européenne Christine Lagarde et le Premier ministre britannique Keir Starmer ont rejoint la salle."},
			want:   []string{"LOC:Odessa", "ORG:Otan", "PER:Mark Rutte", "ORG:Banque centrale européenne", "PER:Christine Lagarde", "PER:Keir Starmer"}},
		{name: "a role far before a building stays no person",
			blocks: []string{"Le départ du premier ministre Philémon Yang, dont le bail à l'Immeuble Étoile prend fin, surprend à Yaoundé."},
			want:   []string{"PER:Philémon Yang", "ORG:Immeuble Étoile", "LOC:Yaoundé"}},
		{name: "a company named after its founder keeps the model's type",
			blocks: []string{"Les éditions Albin Michel et Robert Laffont ont vendu plus de livres que prévu."},
			want:   []string{"ORG:Albin Michel", "ORG:Robert Laffont"}},
	})
}
