package entity

import "testing"

// TestMoreFirstNames holds full names opening with Iberian, Italian,
// English and West African first names the lists lacked, which the
// model read as organisations (issue 15, heldout19: "Rudi Garcia",
// "Gonzalo Quesada" shown as organisations). The sentences are written
// for the test; each wants exactly the mentions shown by default, as
// TYPE:text.
func TestMoreFirstNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "coaches the model reads as clubs",
			blocks: []string{"Selon Gonzalo Ferrer, l'entraîneur, et Rudi Lambert, le club doit réagir."},
			want:   []string{"PER:Gonzalo Ferrer", "PER:Rudi Lambert"}},
	})
}
