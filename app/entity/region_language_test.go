package entity

import "testing"

// TestLanguageRegions holds a part of a country named by the language it
// speaks, cut to the country on heldout12's tune half (issue 15: "la
// Suisse italienne" gave "Suisse"). The sentences are written for the
// test; each wants exactly the mentions shown by default, as TYPE:text.
func TestLanguageRegions(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a region of Switzerland",
			blocks: []string{"Le festival attire surtout des visiteurs de la Suisse italienne."},
			want:   []string{"LOC:Suisse italienne"}},
		{name: "a region of Belgium",
			blocks: []string{"Les écoles de la Belgique germanophone rouvrent lundi."},
			want:   []string{"LOC:Belgique germanophone"}},
		{name: "a region of a continent",
			blocks: []string{"La chanteuse est très écoutée en Afrique francophone."},
			want:   []string{"LOC:Afrique francophone"}},
	})
}
