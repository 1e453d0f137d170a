package entity

import (
	"fmt"
	"testing"
)

// TestReadSilverDir checks the projection of gold lines onto press
// text: longest first, a lower-case word is not the capitalised name,
// and a block where a surface of two types occurs is left out.
func TestReadSilverDir(t *testing.T) {
	docs, err := ReadSilverDir("testdata/silver")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("ReadSilverDir = %d documents, want 1", len(docs))
	}
	d := docs[0]
	if d.Source != SilverSource {
		t.Errorf("Source = %q, want %q", d.Source, SilverSource)
	}
	// The first and last blocks name Biarritz, both the club and the town.
	wantBlocks := []string{"À Paris, Orange a vendu une orange à Claire Dubois."}
	if fmt.Sprint(d.Blocks) != fmt.Sprint(wantBlocks) {
		t.Errorf("Blocks = %q, want %q", d.Blocks, wantBlocks)
	}
	var got []string
	for _, s := range d.Spans {
		got = append(got, fmt.Sprintf("%s %s", s.Type, string([]rune(d.Blocks[s.Block])[s.Start:s.End])))
	}
	want := []string{"PER Claire Dubois", "ORG Orange", "LOC Paris"} // longest first
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Spans = %q, want %q", got, want)
	}
}

// TestReadGoldDirMarksEveryBlock keeps our own articles' projection as
// the shipped model was trained with it: every block, any case.
func TestReadGoldDirMarksEveryBlock(t *testing.T) {
	docs, err := ReadGoldDir("testdata/silver")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Blocks) != 3 || docs[0].Source != GoldSource {
		t.Fatalf("ReadGoldDir = %+v, want one gold document of 3 blocks", docs)
	}
	var got []string
	for _, s := range docs[0].Spans {
		got = append(got, fmt.Sprintf("%d %s %s", s.Block, s.Type, string([]rune(docs[0].Blocks[s.Block])[s.Start:s.End])))
	}
	want := []string{"0 ORG Paris Saint-Germain", "0 LOC Parc des Princes", "0 ORG Biarritz", "1 PER Claire Dubois", "1 ORG Orange", "1 ORG orange", "1 LOC Paris", "2 ORG Biarritz", "2 ORG Biarritz"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Spans = %q, want %q", got, want)
	}
}
