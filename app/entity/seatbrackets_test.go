package entity

import "testing"

// TestSeatBrackets makes a place of the town in brackets after an
// organisation (seatbrackets.go; session 13: an organisation in
// heldout17, 18 and 25), and keeps an acronym or a listed body in
// brackets. The sentences are written for the test.
func TestSeatBrackets(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a farm and its town",
			blocks: []string{"Les Vergers de Hesbaye (Waremme) recevront 80.000 €."},
			want:   []string{"LOC:Waremme"}},
		{name: "a body's short form stays",
			blocks: []string{"La Caisse nationale d’Assurance-Maladie (Cnam) rembourse le test."},
			want:   []string{"ORG:Caisse nationale d’Assurance-Maladie", "ORG:Cnam"}},
		{name: "a listed body stays",
			blocks: []string{"Elle travaille à l'Institut français de recherche pour l'exploitation de la mer (Ifremer)."},
			want:   []string{"ORG:Institut français de recherche pour l'exploitation de la mer", "ORG:Ifremer"}},
	})
}
