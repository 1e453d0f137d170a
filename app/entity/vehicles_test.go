package entity

import "testing"

// TestVehiclesNamedAfterPeople holds the instruments and vehicles named
// after a person, typed as people on the tune half of heldout11 (issue
// 15; GUIDELINE: "télescope James Webb" is no entity). The sentences are
// written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestVehiclesNamedAfterPeople(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a telescope named after a person, then alone",
			blocks: []string{"Les images du télescope spatial Henrietta Leavitt sont attendues en 2027.", "Selon les astronomes, Henrietta Leavitt observera des milliers de galaxies."},
			want:   []string{"DATE:2027"}},
		{name: "a ship named after a person",
			blocks: []string{"Le navire Louis Jacques a accosté au port de Brest lundi, selon le capitaine Marc Olier."},
			want:   []string{"LOC:Brest", "PER:Marc Olier"}},
		{name: "a person's name after de stays a person",
			blocks: []string{"Le télescope de Pierre Martin a été vendu aux enchères."},
			want:   []string{"PER:Pierre Martin"}},
	})
}
