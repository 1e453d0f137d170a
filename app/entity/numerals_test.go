package entity

import "testing"

// TestNumeralsAndUnits holds the Roman numerals, units and catalogue
// names typed as organisations on the tune half of heldout11 (issue 15;
// GUIDELINE: "LHS 475b" is no entity). The sentences
// are written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestNumeralsAndUnits(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "numerals continuing a list of plants, and their power",
			blocks: []string{"Le parc éolien Horns Rev compte trois tranches : Horns Rev I (160 MW), II (209 MW) et III (407 MW)."},
			want:   []string{"LOC:parc éolien Horns Rev"}},
		{name: "a planet's catalogue name",
			blocks: []string{"L'exoplanète GJ 1214b, observée par des chercheurs de l'université de Chicago, serait couverte de brume."},
			want:   []string{"LOC:Chicago"}},
		{name: "a numeral inside a name stays",
			blocks: []string{"Le roi Louis XIV a fait agrandir le château de Versailles en 1661."},
			want:   []string{"PER:Louis XIV", "LOC:Versailles", "DATE:1661"}},
	})
}
