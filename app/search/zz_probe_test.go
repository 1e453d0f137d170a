package search

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"lecteur/build/gencorpus/synth"
)

func TestZZProbeTimes(t *testing.T) {
	for _, n := range []int{1000, 10000} {
		arts, docs := synthCorpus(n)
		ix, _ := Decode(Build(docs).Encode())
		probes := synth.Probes(arts, 1)
		var times []time.Duration
		slow := 0
		for i := 0; i < 30; i++ {
			p := probes[i*len(probes)/30]
			for k := 1; k <= len(p.Query); k++ {
				q := p.Query[:k]
				best := time.Hour
				for r := 0; r < 3; r++ {
					t0 := time.Now()
					ix.Search(q, 50)
					if d := time.Since(t0); d < best {
						best = d
					}
				}
				times = append(times, best)
				if best > 2*time.Millisecond && slow < 15 {
					slow++
					fmt.Printf("%d %-30q %v\n", n, q, best)
				}
			}
		}
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		fmt.Printf("%d: %d keys p50 %v p90 %v p95 %v max %v\n", n, len(times), times[len(times)/2], times[len(times)*9/10], times[len(times)*95/100], times[len(times)-1])
	}
}
