package entity

import "testing"

// TestBuildingNouns holds buildings named by a lower-case noun and a
// name, missed on heldout11's tune and held-out halves (issue 15): "la
// tour Mohammed VI" gave the king alone, "la tour BMCE Bank of Africa" the
// bank, "le parking souterrain Rachidi" nothing. The king named with his
// title stays a person. The sentences are written for the test; each
// wants exactly the mentions shown by default, as TYPE:text.
func TestBuildingNouns(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a tower named after a king who is named with his title",
			blocks: []string{"Le roi Abdallah II a inauguré mardi la tour Abdallah II, haute de 180 mètres."},
			want:   []string{"PER:Abdallah II", "LOC:tour Abdallah II"}},
		{name: "a tower named after a bank",
			blocks: []string{"Les bureaux quitteront la tour Atlas Capital Group en juin."},
			want:   []string{"LOC:tour Atlas Capital Group"}},
		{name: "a car park with an adjective",
			blocks: []string{"Le parking souterrain Belvédère restera fermé tout l'été."},
			want:   []string{"LOC:parking souterrain Belvédère"}},
		{name: "the round of a vote is no building",
			blocks: []string{"Au second tour Marine Le Pen affrontera Emmanuel Macron."},
			want:   []string{"PER:Marine Le Pen", "PER:Emmanuel Macron"}},
	})
}
