package entity

import "testing"

// TestGod drops "Dieu" (data/notnames.txt; session 13: an organisation
// or a person in five seen sets, annotated in none) and keeps the
// hospitals named after him. The sentences are written for the test.
func TestGod(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "an oath and a prayer",
			blocks: []string{"« Je jure devant Dieu et le peuple togolais de servir le pays », a déclaré le général.", "« Dieu n'abandonne jamais son peuple », a lancé le pasteur.", "Il affirme avoir reçu un appel de Dieu."},
			want:   nil},
		{name: "a wish",
			blocks: []string{"Le souverain, que Dieu L’assiste, a reçu l'ambassadeur."},
			want:   nil},
		{name: "a hospital keeps its name",
			blocks: []string{"L'Hôtel-Dieu de Lyon accueille les visiteurs."},
			want:   []string{"ORG:Hôtel-Dieu de Lyon"}},
	})
}
