package entity

import "testing"

// TestBodyThenPerson holds a body's name run into the person named after
// it (bodyperson.go; session 13: "Conseil d'Etat Antonio Hodgers",
// "Conseil des ministres de Justin Trudeau" were organisations in the
// seen sets). The sentences are written for the test.
func TestBodyThenPerson(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a body, then its president's name",
			blocks: []string{"Le président du Conseil d’Etat Pierre Maudet a ouvert la séance."},
			want:   []string{"ORG:Conseil d’Etat", "PER:Pierre Maudet"}},
		{name: "a body ending with a place stays whole",
			blocks: []string{"Le Conseil d'État de Genève a tranché."},
			want:   []string{"ORG:Conseil d'État de Genève"}},
	})
}
