package entity

import "testing"

// TestCantonTowns holds cantons written "canton de X" with a lower-case
// noun: the name alone is the place, as most seen sets annotate it. The
// sentences are written for the test.
func TestCantonTowns(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a Swiss canton",
			blocks: []string{"Les routes du canton de Neuchâtel seront fermées lundi."},
			want:   []string{"LOC:Neuchâtel"}},
		{name: "a French canton with a hyphenated name",
			blocks: []string{"Les éleveurs du canton de Saint-Amand-Montrond se sont réunis."},
			want:   []string{"LOC:Saint-Amand-Montrond"}},
	})
}
