package entity

import (
	"flag"
	"fmt"
	"testing"
)

var sweep = flag.Bool("sweep", false, "TestSweep: print F1 on seeds, own and -gold for a grid of the thresholds of combine and correct")

// TestSweep is how the thresholds of combine and correct were chosen: it
// prints the micro F1 and PER precision on seeds, own and the -gold
// folder (the tune part of the real-news set, never the held-out part)
// for each setting. Skipped without -sweep.
func TestSweep(t *testing.T) {
	if !*sweep || *goldDir == "" {
		t.Skip("needs -sweep and -gold (the tune folder)")
	}
	m := defaultModel()
	if *modelFile != "" {
		m = loadModelFile(t, *modelFile)
	}
	saved := trust
	defer func() { trust = saved }()
	savedPer, savedLow, savedAdd := perConfidence, lowConfidence, addConfidence
	defer func() { perConfidence, lowConfidence, addConfidence = savedPer, savedLow, savedAdd }()
	run := func(dir string) (float64, float64) {
		s := scoreDir(t, dir, func(b []string) []Mention { return recognizeWith(b, m, true) }, nil)
		_, _, f := s["ALL"].prf()
		p := 0.0
		if s["PER"] != nil {
			p, _, _ = s["PER"].prf()
		}
		return f, p
	}
	for _, scale := range []float64{0.5, 1, 2} {
		for _, per := range []float64{0.3, 0.5, 0.7, 0.9} {
			for _, low := range []float64{0, 0.3} {
				for _, add := range []float64{0.8, 1.01} {
					for i := range trust {
						trust[i] = saved[i] * scale
					}
					perConfidence, lowConfidence, addConfidence = per, low, add
					fs, _ := run("testdata/seeds")
					fo, _ := run("testdata/own")
					ft, pt := run(*goldDir)
					fmt.Printf("scale %.1f per %.1f low %.1f add %.2f: seeds %.3f own %.3f tune %.3f (PER P %.3f)\n", scale, per, low, add, fs, fo, ft, pt)
				}
			}
		}
	}
}
