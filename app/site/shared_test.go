package site

import (
	"reflect"
	"testing"
)

func TestCompare(t *testing.T) {
	left := &Text{
		Title:      "Paris et Lille",
		Paragraphs: []string{"Cazeneuve à Paris."},
		Marks: [][]Mark{
			{{Start: 0, End: 5, Type: "LOC", Entity: "loc-paris"}, {Start: 9, End: 14, Type: "LOC", Entity: "loc-lille"}},
			{{Start: 0, End: 9, Type: "PER", Entity: "per-cazeneuve"}, {Start: 12, End: 17, Type: "LOC", Entity: "loc-paris"}},
		},
	}
	right := &Text{
		Title:      "Bari",
		Paragraphs: []string{"Paris, puis Bari."},
		Marks: [][]Mark{
			{{Start: 0, End: 4, Type: "LOC", Entity: "loc-bari"}},
			{{Start: 0, End: 5, Type: "LOC", Entity: "loc-paris"}, {Start: 12, End: 16, Type: "LOC", Entity: "loc-bari"}},
		},
	}
	both, onlyL, onlyR := Compare(left, right)
	wantBoth := []Shared{{Entity: "loc-paris", Type: "LOC", Name: "Paris", Left: 2, Right: 1}}
	if !reflect.DeepEqual(both, wantBoth) {
		t.Errorf("Compare both = %+v, want %+v", both, wantBoth)
	}
	wantL := []Count{{Entity: "loc-lille", Type: "LOC", Name: "Lille", N: 1}, {Entity: "per-cazeneuve", Type: "PER", Name: "Cazeneuve", N: 1}}
	if !reflect.DeepEqual(onlyL, wantL) {
		t.Errorf("Compare onlyLeft = %+v, want %+v", onlyL, wantL)
	}
	wantR := []Count{{Entity: "loc-bari", Type: "LOC", Name: "Bari", N: 2}}
	if !reflect.DeepEqual(onlyR, wantR) {
		t.Errorf("Compare onlyRight = %+v, want %+v", onlyR, wantR)
	}

	// Mentions found with low confidence are not shown (issue 15): an
	// entity only they name is neither shared nor on one side.
	left.Marks[0] = append(left.Marks[0], Mark{Start: 0, End: 5, Type: "PER", Entity: "per-paris", Low: true})
	right.Marks[0] = append(right.Marks[0], Mark{Start: 0, End: 4, Type: "PER", Entity: "per-paris", Low: true})
	right.Marks[1][1].Low = true // one of Bari's two mentions
	both, onlyL, onlyR = Compare(left, right)
	if !reflect.DeepEqual(both, wantBoth) || !reflect.DeepEqual(onlyL, wantL) {
		t.Errorf("Compare with low-confidence marks: both %+v, onlyLeft %+v; want %+v, %+v", both, onlyL, wantBoth, wantL)
	}
	if want := []Count{{Entity: "loc-bari", Type: "LOC", Name: "Bari", N: 1}}; !reflect.DeepEqual(onlyR, want) {
		t.Errorf("Compare with low-confidence marks: onlyRight %+v, want %+v", onlyR, want)
	}
}
