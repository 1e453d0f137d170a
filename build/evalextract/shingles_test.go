package main

import (
	"math"
	"testing"
)

func TestShingleOverlap(t *testing.T) {
	tests := []struct {
		name, truth, pred string
		want              overlap
	}{
		{"same", "one two three four five", "one two three four five", overlap{1, 0, 0}},
		{"punctuation and spacing do not count", "one, two; three four five.", "one two\nthree  four five", overlap{1, 0, 0}},
		{"nothing predicted", "one two three four five", "", overlap{0, 0, 1}},
		// truth: (1 2 3 4) (2 3 4 5); pred adds (3 4 5 6): 2 tp, 1 fp.
		{"one shingle too many", "one two three four five", "one two three four five six", overlap{2.0 / 3, 1.0 / 3, 0}},
		{"short texts are one shingle", "one two", "one two", overlap{1, 0, 0}},
		{"repeats count", "a b c d a b c d", "a b c d", overlap{1.0 / 5, 0, 4.0 / 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shingleOverlap(tt.truth, tt.pred)
			if math.Abs(got.tp-tt.want.tp) > 1e-9 || math.Abs(got.fp-tt.want.fp) > 1e-9 || math.Abs(got.fn-tt.want.fn) > 1e-9 {
				t.Errorf("shingleOverlap(%q, %q) = %+v, want %+v", tt.truth, tt.pred, got, tt.want)
			}
		})
	}
}

func TestF1(t *testing.T) {
	// A perfect page and a page read with half its text: P = 1, R = 0.75.
	pages := []overlap{{1, 0, 0}, {0.5, 0, 0.5}}
	f, p, r := f1(pages)
	if p != 1 || r != 0.75 || math.Abs(f-2*0.75/1.75) > 1e-9 {
		t.Errorf("f1(%v) = %v, %v, %v; want %v, 1, 0.75", pages, f, p, r, 2*0.75/1.75)
	}
	// A refused page counts for recall only.
	if _, p, r := f1([]overlap{{1, 0, 0}, {0, 0, 1}}); p != 1 || r != 0.5 {
		t.Errorf("f1 with a refused page: precision %v recall %v, want 1 and 0.5", p, r)
	}
}
