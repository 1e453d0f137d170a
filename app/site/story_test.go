package site

import "testing"

func TestStoryPair(t *testing.T) {
	// Three versions: pairs (a,b), (a,c), (b,c).
	s := Story{ID: "a", Articles: []string{"a", "b", "c"}, Shared: []int{100, 80, 75}, Resemblance: []int{60, 50, 40}}
	tests := []struct {
		name          string
		a, b          string
		shared, resem int
		ok            bool
	}{
		{"first pair", "a", "b", 100, 60, true},
		{"order does not matter", "c", "a", 80, 50, true},
		{"last pair", "b", "c", 75, 40, true},
		{"same article", "b", "b", 0, 0, false},
		{"not in the story", "a", "z", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sh, re, ok := s.Pair(tt.a, tt.b)
			if sh != tt.shared || re != tt.resem || ok != tt.ok {
				t.Errorf("Pair(%q, %q) = %d, %d, %v; want %d, %d, %v", tt.a, tt.b, sh, re, ok, tt.shared, tt.resem, tt.ok)
			}
		})
	}
	n, k := 5, 0
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if got := PairIndex(n, i, j); got != k {
				t.Errorf("PairIndex(%d, %d, %d) = %d, want %d", n, i, j, got, k)
			}
			k++
		}
	}
}
