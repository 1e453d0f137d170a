package entity

import (
	"flag"
	"os"
	"testing"
)

var (
	goldDir   = flag.String("gold", "", "score Recognize on this gold folder (<slug>.txt, <slug>.gold), e.g. make eval-entities GOLD=dir")
	modelFile = flag.String("model", "", "use this model file instead of the embedded one (TestGold, TestAblation)")
	showMode  = flag.String("show", "both", "with -details, which recogniser's misses TestGold prints: rules, model, both")
)

// TestGold scores Recognize on the gold folder named by -gold: the real
// news of /work/shared/goldsets/ner-fr, for instance. It is how held-out
// figures are taken (make eval-entities), and is skipped without -gold.
func TestGold(t *testing.T) {
	if *goldDir == "" {
		t.Skip("no -gold folder given (make eval-entities GOLD=dir)")
	}
	if _, err := os.Stat(*goldDir); err != nil {
		t.Skipf("gold folder %s is not there: %v", *goldDir, err)
	}
	m := defaultModel()
	if *modelFile != "" {
		m = loadModelFile(t, *modelFile)
	}
	var logf func(string, ...any)
	if *details {
		logf = t.Logf
	}
	for _, mode := range []struct {
		name, title string
		model       *model
		correct     bool
	}{
		{"rules", "the rules alone", nil, false},
		{"rules+corr", "the rules and the corrections, no model", nil, true},
		{"model", "the model alone (its spans, the rules' dates)", m, false},
		{"both", "model, rules and corrections (Recognize)", m, true},
	} {
		var lf func(string, ...any)
		if mode.name == *showMode {
			lf = logf
		}
		s := scoreDir(t, *goldDir, func(b []string) []Mention { return recognizeWith(b, mode.model, mode.correct) }, lf)
		t.Log(mode.title + s.table(mode.name))
	}
}

// loadModelFile reads a model written by build/nertrain.
func loadModelFile(t *testing.T, path string) *model {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeModel(b)
	if err != nil || m == nil {
		t.Fatalf("model %s: %v", path, err)
	}
	return m
}
