package entity

import "testing"

// TestRegionNouns holds a region named after "région", "province" or
// "préfecture" and "de", hidden on heldout11's held-out half (issue 15:
// "les régions du Folon et du Kabadougou"). The sentences are written for
// the test; each wants exactly the mentions shown by default, as
// TYPE:text.
func TestRegionNouns(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "two regions after a plural noun",
			blocks: []string{"Les coopératives des régions du Bafing et du Worodougou ont livré leur récolte."},
			want:   []string{"LOC:Bafing", "LOC:Worodougou"}},
		{name: "a ministry after département stays out",
			blocks: []string{"Un porte-parole du département d'État a confirmé la visite."},
			want:   nil},
	})
}

// TestRegionAdjective holds a capitalised "Région" and its adjective, a
// region (GUIDELINE: "Région wallonne"), missed on heldout11's held-out
// half (issue 15). The sentences are written for the test.
func TestRegionAdjective(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "the Walloon Region",
			blocks: []string{"Le budget de la Région wallonne sera voté jeudi."},
			want:   []string{"LOC:Région wallonne"}},
		{name: "the Flemish Region",
			blocks: []string{"Le budget de la Région flamande sera voté jeudi."},
			want:   []string{"LOC:Région flamande"}},
	})
}
