package story

import (
	"slices"
	"testing"
)

// TestCandidatesSameWithAnyWorkers keeps the parallel search for
// candidate pairs deterministic: one worker or many find the same pairs,
// in the same order, with or without published articles.
func TestCandidatesSameWithAnyWorkers(t *testing.T) {
	sketches := func(texts [][]string) []Sketch {
		sk := make([]Sketch, len(texts))
		for i, t := range texts {
			sk[i] = NewSketch(t)
		}
		return sk
	}
	big := sketches(benchCorpus(2000))
	tests := []struct {
		name     string
		sk       []Sketch
		from     int
		minPairs int // the case is not vacuous
	}{
		{"none", nil, 0, 0},
		{"one", big[:1], 0, 0},
		{"with an empty text", append(sketches([][]string{{""}}), big[:300]...), 0, 1},
		{"corpus", big, 0, 100},
		{"added to a published half", big, 1000, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := candidates(tt.sk, tt.from, 1)
			if len(want) < tt.minPairs {
				t.Fatalf("candidates(%d sketches, from %d, 1 worker) = %d pairs, want at least %d", len(tt.sk), tt.from, len(want), tt.minPairs)
			}
			for _, w := range []int{2, 5} {
				if got := candidates(tt.sk, tt.from, w); !slices.Equal(got, want) {
					t.Errorf("candidates(%d sketches, from %d, %d workers) = %d pairs, differ from one worker's %d", len(tt.sk), tt.from, w, len(got), len(want))
				}
			}
			if tt.from > 0 {
				for _, p := range want {
					if int(p[1]) < tt.from {
						t.Fatalf("candidates(from %d) has pair %v", tt.from, p)
					}
				}
			}
		})
	}
}
