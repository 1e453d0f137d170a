package entity

import "testing"

// TestParticiplesAndArticles holds two false cues: a participle folded
// like an apposition noun ("a marqué contre le Sénégal" read "la marque
// Sénégal", a company), and a sentence's article and common noun that
// GeoNames lists as a place ("La marque Renault", "La Marque" in Texas).
// The sentences are written for the test; each wants exactly the
// mentions shown by default, as TYPE:text.
func TestParticiplesAndArticles(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a participle after an auxiliary is no apposition",
			blocks: []string{"Il a marqué contre le Sénégal puis contre le Maroc."},
			want:   []string{"LOC:Sénégal", "LOC:Maroc"}},
		{name: "an apposition noun still is",
			blocks: []string{"La marque Renault progresse en Europe."},
			want:   []string{"ORG:Renault", "LOC:Europe"}},
		{name: "a capitalised place after an article stays",
			blocks: []string{"Il vit à La Haye depuis 2019."},
			want:   []string{"LOC:La Haye", "DATE:2019"}},
	})
}
