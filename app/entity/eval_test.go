package entity

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var (
	goldDir   = flag.String("gold", "", "score Recognize on this gold folder (<slug>.txt, <slug>.gold), e.g. make eval-entities GOLD=dir")
	modelFile = flag.String("model", "", "use this model file instead of the embedded one (TestGold, TestEval, TestSweep)")
	showMode  = flag.String("show", "both", "with -details, which recogniser's misses TestGold and TestEval print: rules, rules+corr, model, both")
)

// TestGold scores Recognize on the gold folder named by -gold: the real
// news of /work/gold/ner-fr/heldout3, for instance. It is how held-out
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

var (
	nerFR    = flag.String("ner-fr", "", "TestEval, TestSweep: the real-news gold set's folder, with tune/, train/ and the held-out parts heldout/, heldout2/, heldout3/ (make eval-entities)")
	evalSets = flag.String("sets", "seeds,own,own-train,tune,train,heldout,heldout2", "TestEval: the sets to report")
	cvDir    = flag.String("cv", "", "TestEval: the folder of the set \"own-train-cv\", made by make eval-cv: fold<k>.bin, a model trained without the articles of fold<k>/test, which it scores")
)

// evalModes are the ablation's four recognisers.
var evalModes = []struct {
	name    string
	model   bool
	correct bool
}{
	{"rules", false, false},
	{"rules+corr", false, true},
	{"model", true, false},
	{"both", true, true},
}

// TestEval is "make eval-entities": micro and per-type figures of the
// four recognisers of the ablation, with the shipped model (or -model),
// on the seeds, our own articles, the articles we wrote to train the
// model (testdata/train, figures on training data), and the four parts
// of the real-news gold set: tune and train (error analysis and
// thresholds were worked out on them; never trained on) and the
// held-out parts. Skipped without -ner-fr.
func TestEval(t *testing.T) {
	if *nerFR == "" {
		t.Skip("needs -ner-fr (make eval-entities)")
	}
	m := defaultModel()
	if *modelFile != "" {
		m = loadModelFile(t, *modelFile)
	}
	var out strings.Builder
	fmt.Fprintf(&out, "\n%-9s %4s %-10s | %-11s | %-11s | %-11s | %-11s | %5s %5s %5s\n", "set", "docs", "mode", "PER P    R", "ORG P    R", "LOC P    R", "DATE P   R", "P", "R", "F1")
	for _, name := range strings.Split(*evalSets, ",") {
		name = strings.TrimSpace(name)
		files, models := setFiles(name), map[string]*model{}
		if name == "own-train-cv" {
			files, models = cvFolds(t)
		}
		if len(files) == 0 {
			fmt.Fprintf(&out, "%-9s  (no articles: %s is not there or empty; skipped)\n", name, setDir(name))
			continue
		}
		for _, mode := range evalModes {
			s := scores{}
			for _, f := range files {
				var mm *model
				if mode.model {
					mm = m
					if fm := models[f]; fm != nil {
						mm = fm
					}
				}
				var logf func(string, ...any)
				if *details && mode.name == *showMode {
					logf = t.Logf
					if mode.correct {
						why := explain(readBlocks(t, f), mm)
						logf = func(format string, args ...any) {
							line := fmt.Sprintf(format, args...)
							for k, v := range why {
								line = strings.Replace(line, fmt.Sprintf("%q", k), fmt.Sprintf("%q(%s)", k, v), 1)
							}
							t.Log(line)
						}
					}
				}
				scoreFile(t, f, func(b []string) []Mention { return recognizeWith(b, mm, mode.correct) }, s, logf)
			}
			fmt.Fprintf(&out, "%-9s %4d %-10s | %s\n", name, len(files), mode.name, s.row())
		}
	}
	t.Log(out.String())
}

// cvFolds lists the articles of the cross-validation folds under -cv
// and, for each, the model trained without its fold.
func cvFolds(t *testing.T) ([]string, map[string]*model) {
	if *cvDir == "" {
		return nil, nil
	}
	dirs, _ := filepath.Glob(filepath.Join(*cvDir, "fold*", "test"))
	var files []string
	models := map[string]*model{}
	for _, d := range dirs {
		m := loadModelFile(t, filepath.Dir(d)+".bin")
		fs := goldFiles(d)
		for _, f := range fs {
			models[f] = m
		}
		files = append(files, fs...)
	}
	return files, models
}

// setFiles lists the articles of a set: seeds and own in testdata,
// own-train-cv under -cv, the others under -ner-fr.
func setFiles(name string) []string {
	return goldFiles(setDir(name))
}

// goldFiles lists the articles of dir that have their gold.
func goldFiles(dir string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var out []string
	for _, f := range files {
		if _, err := os.Stat(strings.TrimSuffix(f, ".txt") + ".gold"); err == nil {
			out = append(out, f)
		}
	}
	return out
}

// setDir is the folder of a set.
func setDir(name string) string {
	switch name {
	case "seeds", "own":
		return filepath.Join("testdata", name)
	case "own-train":
		return filepath.Join("testdata", "train")
	case "own-train-cv":
		return *cvDir
	}
	return filepath.Join(*nerFR, name)
}

// row renders per-type precision and recall and the micro figures.
func (s scores) row() string {
	var b strings.Builder
	for _, typ := range []string{"PER", "ORG", "LOC", "DATE"} {
		p, r := 0.0, 0.0
		if s[typ] != nil {
			p, r, _ = s[typ].prf()
		}
		fmt.Fprintf(&b, "%.3f %.3f | ", p, r)
	}
	p, r, f := s["ALL"].prf()
	fmt.Fprintf(&b, "%.3f %.3f %.3f", p, r, f)
	return b.String()
}

// reasonNames name the reasons, for -details.
var reasonNames = map[reason]string{
	whyNone: "none", whyAcronymSpelled: "acronymSpelled", whyInstitution: "institution", whyTitle: "title",
	whyPlaceApposition: "placeApposition", whyPlace: "place", whyOrgHead: "orgHead", whyOrgTail: "orgTail",
	whyApposition: "apposition", whyAcronym: "acronym", whyFirstName: "firstName", whyRole: "role",
	whySurname: "surname", whyLocPrep: "locPrep", whyDefaultOne: "defaultOne", whyDefaultOrgWord: "defaultOrgWord",
	whyDefaultPer: "defaultPer", whyMinistry: "ministry", whyJoinedPlaces: "joinedPlaces", whyPropagated: "propagated",
	whyProper: "proper", whyCountry: "country", whyCamel: "camel", whyRoad: "road", whyModel: "model", whyAlias: "alias", whySports: "sports", whyPersonNamed: "personNamed", whyListed: "listed", whyArtist: "artist",
	whyCorrection: "correction",
}

// explain runs Recognize's steps with m and returns, for each mention
// shown, the reason that typed it and its confidence.
func explain(blocks []string, m *model) map[string]string {
	a := analyse(blocks)
	spans := a.rules
	if m != nil {
		spans = a.combine(a.decode(m))
	} else {
		for b := range spans {
			for i := range spans[b] {
				spans[b][i].conf = 1
			}
		}
	}
	a.correct(spans)
	out := map[string]string{}
	for b, ss := range spans {
		for _, s := range ss {
			if s.typ == "" || s.low || s.to <= s.from {
				continue
			}
			rs := []rune(a.blocks[b])
			start, stop := a.toks[b][s.from].start, a.toks[b][s.to-1].end
			if s.runeEnd > 0 {
				start, stop = s.runeStart, s.runeEnd
			}
			out[string(s.typ)+"\t"+Fold(string(rs[start:stop]))] = fmt.Sprintf("%s %.2f", reasonNames[s.why], s.conf)
		}
	}
	return out
}
