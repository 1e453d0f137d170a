package pool

import (
	"sync/atomic"
	"testing"
)

func TestEach(t *testing.T) {
	tests := []struct {
		name       string
		n, workers int
	}{
		{"none", 0, 4},
		{"one", 1, 4},
		{"more items than workers", 100, 3},
		{"more workers than items", 3, 16},
		{"default workers", 50, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := make([]int, tt.n)
			var calls atomic.Int32
			var seen []int
			Each(tt.n, tt.workers, func(i int) {
				calls.Add(1)
				out[i] = i * i
			}, func(done, total int) {
				if total != tt.n {
					t.Errorf("progress total = %d, want %d", total, tt.n)
				}
				seen = append(seen, done)
			})
			if int(calls.Load()) != tt.n {
				t.Errorf("do ran %d times, want %d", calls.Load(), tt.n)
			}
			for i, v := range out {
				if v != i*i {
					t.Errorf("out[%d] = %d, want %d", i, v, i*i)
				}
			}
			for k, d := range seen {
				if d != k+1 {
					t.Fatalf("progress counts %v, want 1..%d in order", seen, tt.n)
				}
			}
			if len(seen) != tt.n {
				t.Errorf("progress called %d times, want %d", len(seen), tt.n)
			}
		})
	}
}
