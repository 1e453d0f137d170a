package site

import (
	"fmt"
	"reflect"
	"testing"
)

// A story of two versions: left "A. B. C." (paragraph 0), right "C. A2.
// D." where C moved up, A changed into A2 and D was added, B dropped.
var twoVersions = StoryDiffs{
	ID: "s", Articles: []string{"l", "r"}, Earliest: []int{0},
	Rows: []MatrixRow{{Version: 0, Text: TextRun{Para: 0, Start: 0, End: 2}, Cells: []string{"same", "changed"}}},
	Pairs: []PairDiff{{
		Left: "l", Right: "r",
		Headline: DiffUnit{Diff: "same", Left: []TextRun{{Para: -1, End: 5}}, Right: []TextRun{{Para: -1, End: 5}}},
		Units: []DiffUnit{
			{Diff: "changed", Left: []TextRun{{Start: 0, End: 1, Changed: true}, {Start: 1, End: 2}}, Right: []TextRun{{Start: 3, End: 5, Changed: true}, {Start: 5, End: 6}}},
			{Diff: "left", Left: []TextRun{{Start: 3, End: 5}}},
			{Diff: "same", Moved: true, Left: []TextRun{{Start: 6, End: 8}}, Right: []TextRun{{Start: 0, End: 2}}},
			{Diff: "right", Right: []TextRun{{Start: 7, End: 9}}},
		},
	}},
}

func TestStoryDiffsRoundTrip(t *testing.T) {
	b, err := EncodeStoryDiffs([]StoryDiffs{twoVersions})
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeStoryDiffs(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, []StoryDiffs{twoVersions}) {
		t.Errorf("DecodeStoryDiffs(EncodeStoryDiffs(x)) = %+v, want %+v", got, twoVersions)
	}
	for n := 0; n < len(b); n++ {
		if _, err := DecodeStoryDiffs(b[:n]); err == nil {
			t.Errorf("DecodeStoryDiffs of the first %d of %d bytes: no error", n, len(b))
		}
	}
}

// TestSwapped reads the pair the other way round: the right version's
// order (C, A2, D), its only sentences now on the left.
func TestSwapped(t *testing.T) {
	p, ok := twoVersions.Pair("r", "l")
	if !ok {
		t.Fatal("Pair(r, l) not found")
	}
	var got []string
	for _, u := range p.Units {
		s := u.Diff
		if u.Left != nil {
			s += fmt.Sprint(":", u.Left[0].Start)
		}
		got = append(got, s)
	}
	if want := "[same:0 changed:3 left:7 right]"; fmt.Sprint(got) != want {
		t.Errorf("swapped units = %v, want %s", got, want)
	}
	if s := p.Summary(); s != (DiffSummary{Same: 1, Changed: 1, LeftOnly: 1, RightOnly: 1, Moved: 1}) {
		t.Errorf("swapped summary = %+v", s)
	}
}
