package entity

import "testing"

// TestArabicNames holds full names with an Arabic article joined by a
// hyphen or a Berber or Arabic particle, which the rules cut at it
// (issue 15, heldout20: "Bachar el-Assad" shown as "Bachar"). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestArabicNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "articles joined by a hyphen",
			blocks: []string{"Le président Bachar el-Assad a fui Damas. Le ministre Fayçal al-Mekdad est resté."},
			want:   []string{"PER:Bachar el-Assad", "LOC:Damas", "PER:Fayçal al-Mekdad"}},
		{name: "ould and ag join names",
			blocks: []string{"Mohamed ould Abdelaziz a reçu Moussa ag Attaher à Nouakchott."},
			want:   []string{"PER:Mohamed ould Abdelaziz", "PER:Moussa ag Attaher", "LOC:Nouakchott"}},
	})
}
