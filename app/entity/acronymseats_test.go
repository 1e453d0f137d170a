package entity

import "testing"

// TestAcronymSeats holds the towns after an acronym and "de"
// (acronymseats.go), from heldout28's "le G20 de Rio" and heldout29's
// "l'élu PCSI de Cornol", "l'élue PDC de Porrentruy Anne Roy", read as
// people. The sentences are written for the test.
func TestAcronymSeats(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "an elected member's seat",
			blocks: []string{"L'élu PCSI de Bonfol, âgé de 24 ans, a présidé la séance."},
			want:   []string{"ORG:PCSI", "LOC:Bonfol"}},
		{name: "a town then the person",
			blocks: []string{"L'élue PLR de Delémont Sophie Maillard a obtenu 48 voix."},
			want:   []string{"ORG:PLR", "LOC:Delémont", "PER:Sophie Maillard"}},
		{name: "a summit's town the article names after à",
			blocks: []string{"Le président s'est envolé pour le G20 de Rio au Brésil. Une banderole disait : si tu vas à Rio, pense à nous."},
			want:   []string{"ORG:G20", "LOC:Rio", "LOC:Brésil", "LOC:Rio"}},
		{name: "a movement's leader and a union's company stay",
			blocks: []string{"Le MPC d'Al-Khatib a revendiqué l'attaque. La CGT de Renault a appelé à la grève."},
			want:   []string{"ORG:MPC", "PER:Al-Khatib", "ORG:CGT", "ORG:Renault"}},
	})
}
