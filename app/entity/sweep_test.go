package entity

import (
	"flag"
	"fmt"
	"testing"
)

var sweep = flag.Bool("sweep", false, "TestSweep: print F1 on seeds, own and the cross-validated tune and train parts for a grid of the thresholds of combine and correct")

// TestSweep is how the thresholds of combine and correct were chosen: it
// prints the micro F1 and PER precision on seeds and own (shipped model)
// and on the tune and train parts of the real-news gold set, each
// article scored by its cross-validation model (never the held-out
// parts), for each setting. Skipped without -sweep and -ner-fr.
func TestSweep(t *testing.T) {
	if !*sweep || *nerFR == "" {
		t.Skip("needs -sweep, -ner-fr and -ner-train")
	}
	models := crossValidate(t)
	var cvFiles []string
	for _, name := range []string{"tune", "train"} {
		cvFiles = append(cvFiles, setFiles(name)...)
	}
	saved := trust
	defer func() { trust = saved }()
	savedPer, savedLow, savedAdd := perConfidence, lowConfidence, addConfidence
	defer func() { perConfidence, lowConfidence, addConfidence = savedPer, savedLow, savedAdd }()
	run := func(files []string, cv bool) (float64, float64) {
		s := scores{}
		for _, f := range files {
			m := defaultModel()
			if cv {
				m = models[f]
			}
			scoreFile(t, f, func(b []string) []Mention { return recognizeWith(b, m, true) }, s, nil)
		}
		_, _, f := s["ALL"].prf()
		p := 0.0
		if s["PER"] != nil {
			p, _, _ = s["PER"].prf()
		}
		return f, p
	}
	for _, scale := range []float64{0.5, 1, 2} {
		for _, per := range []float64{0.5, 0.7, 0.8, 0.9, 0.95} {
			for _, low := range []float64{0, 0.3, 0.5} {
				for _, add := range []float64{0.6, 0.8, 1.01} {
					for i := range trust {
						trust[i] = saved[i] * scale
					}
					perConfidence, lowConfidence, addConfidence = per, low, add
					fs, _ := run(setFiles("seeds"), false)
					fo, _ := run(setFiles("own"), false)
					fc, pc := run(cvFiles, true)
					fmt.Printf("scale %.1f per %.2f low %.1f add %.2f: seeds %.3f own %.3f tune+train cv %.3f (PER P %.3f)\n", scale, per, low, add, fs, fo, fc, pc)
				}
			}
		}
	}
}
