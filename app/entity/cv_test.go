package entity

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

var (
	nerFR     = flag.String("ner-fr", "", "TestEval: the real-news gold set's folder, with tune/, train/, heldout/ and heldout2/ (make eval-entities)")
	nerTrain  = flag.String("ner-train", "", "TestEval, TestSweep: the training corpus folder; the cross-validation models of tune and train are trained on it")
	evalSets  = flag.String("sets", "seeds,own,tune,train,heldout,heldout2", "TestEval: the sets to report; tune and train are cross-validated")
	cvFolds   = flag.Int("folds", 5, "TestEval, TestSweep: cross-validation parts of tune+train")
	cvWeights = flag.String("cv-weights", "", "TestEval, TestSweep: source=weight,... instead of ShippedOptions' weights (to choose them)")
	cvEpochs  = flag.Int("cv-epochs", 0, "TestEval, TestSweep: epochs instead of ShippedOptions' (to choose them)")
	cvCache   = flag.String("cv-cache", "", "TestEval, TestSweep: folder that keeps the cross-validation models between runs (keyed by the training code, word lists, options and articles)")
)

// cvSets are the parts of the real-news gold set scored by
// cross-validation: each article by a model trained without it.
var cvSets = map[string]bool{"tune": true, "train": true}

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
// four recognisers of the ablation on the seeds, our own articles, the
// tune and train parts of the real-news gold set by cross-validation
// (each article scored by a model trained on the corpus and the other
// parts, with the shipped options), and the held-out parts with the
// shipped model. Skipped without -ner-fr.
func TestEval(t *testing.T) {
	if *nerFR == "" {
		t.Skip("needs -ner-fr (make eval-entities)")
	}
	var out strings.Builder
	fmt.Fprintf(&out, "\n%-9s %4s %-10s | %-11s | %-11s | %-11s | %-11s | %5s %5s %5s\n", "set", "docs", "mode", "PER P    R", "ORG P    R", "LOC P    R", "DATE P   R", "P", "R", "F1")
	for _, name := range strings.Split(*evalSets, ",") {
		name = strings.TrimSpace(name)
		files := setFiles(name)
		if len(files) == 0 {
			fmt.Fprintf(&out, "%-9s  (no articles)\n", name)
			continue
		}
		models := map[string]*model{}
		if cvSets[name] {
			models = crossValidate(t)
		} else {
			for _, f := range files {
				models[f] = defaultModel()
			}
		}
		label := name
		if cvSets[name] {
			label += " (cv)"
		}
		for _, mode := range evalModes {
			s := scores{}
			for _, f := range files {
				var m *model
				if mode.model {
					m = models[f]
					if m == nil {
						t.Fatalf("no model for %s", f)
					}
				}
				var logf func(string, ...any)
				if *details && mode.name == *showMode {
					logf = t.Logf
					if mode.correct {
						why := explain(readBlocks(t, f), m)
						logf = func(format string, args ...any) {
							line := fmt.Sprintf(format, args...)
							for k, v := range why {
								line = strings.Replace(line, fmt.Sprintf("%q", k), fmt.Sprintf("%q(%s)", k, v), 1)
							}
							t.Log(line)
						}
					}
				}
				scoreFile(t, f, func(b []string) []Mention { return recognizeWith(b, m, mode.correct) }, s, logf)
			}
			fmt.Fprintf(&out, "%-9s %4d %-10s | %s\n", label, len(files), mode.name, s.row())
		}
	}
	t.Log(out.String())
}

// setFiles lists the articles of a set: seeds and own in testdata, the
// others under -ner-fr.
func setFiles(name string) []string {
	dir := filepath.Join(*nerFR, name)
	if name == "seeds" || name == "own" {
		dir = filepath.Join("testdata", name)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var out []string
	for _, f := range files {
		if _, err := os.Stat(strings.TrimSuffix(f, ".txt") + ".gold"); err == nil {
			out = append(out, f)
		}
	}
	return out
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

var (
	cvOnce   sync.Once
	cvModels map[string]*model
)

// crossValidate returns, for every article of tune and train, the model
// trained on the corpus and on the gold articles of the other parts
// (CVPart), with ShippedOptions. The models are trained once per test
// binary, and kept in -cv-cache when given.
func crossValidate(t *testing.T) map[string]*model {
	t.Helper()
	if *nerTrain == "" {
		t.Fatal("cross-validation needs -ner-train, the training corpus folder")
	}
	cvOnce.Do(func() { cvModels = trainFolds(t) })
	if cvModels == nil {
		t.Fatal("cross-validation failed")
	}
	return cvModels
}

func trainFolds(t *testing.T) map[string]*model {
	var gold []TrainDoc
	fileOf := map[string]string{} // slug → article file
	for name := range cvSets {
		dir := filepath.Join(*nerFR, name)
		if _, err := os.Stat(dir); err != nil {
			continue
		}
		docs, err := ReadGoldDir(dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if _, dup := fileOf[d.Slug]; dup {
				t.Fatalf("article %s is in two parts of %s", d.Slug, *nerFR)
			}
			fileOf[d.Slug] = filepath.Join(dir, d.Slug+".txt")
		}
		gold = append(gold, docs...)
	}
	sort.Slice(gold, func(i, j int) bool { return gold[i].Slug < gold[j].Slug })
	var corpus []TrainDoc
	var corpusOnce sync.Once
	loadCorpus := func() {
		corpusOnce.Do(func() {
			var err error
			corpus, _, err = ReadTrainDir(*nerTrain)
			if err != nil || len(corpus) == 0 {
				t.Errorf("training corpus %s: %v (%d documents)", *nerTrain, err, len(corpus))
			}
		})
	}
	opt := ShippedOptions()
	if *cvWeights != "" {
		opt.Weights = map[string]float64{}
		for _, part := range strings.Split(*cvWeights, ",") {
			name, v, _ := strings.Cut(part, "=")
			var w float64
			if _, err := fmt.Sscan(v, &w); err != nil {
				t.Fatalf("-cv-weights %q: %v", part, err)
			}
			opt.Weights[name] = w
		}
	}
	if *cvEpochs > 0 {
		opt.Epochs = *cvEpochs
	}
	n := *cvFolds
	out := map[string]*model{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan bool, 2)
	for k := 0; k < n; k++ {
		var train []TrainDoc
		var held []string
		for _, d := range gold {
			if CVPart(d.Slug, n) == k {
				held = append(held, d.Slug)
			} else {
				train = append(train, d)
			}
		}
		if len(held) == 0 {
			continue
		}
		wg.Add(1)
		go func(k int, train []TrainDoc, held []string) {
			defer wg.Done()
			sem <- true
			defer func() { <-sem }()
			m := cachedModel(t, train, opt, func() *model {
				loadCorpus()
				docs := append(append([]TrainDoc(nil), corpus...), train...)
				tm, err := Train(docs, opt)
				if err != nil {
					t.Errorf("part %d: %v", k, err)
					return nil
				}
				return tm.m
			})
			mu.Lock()
			for _, slug := range held {
				out[fileOf[slug]] = m
			}
			mu.Unlock()
		}(k, train, held)
	}
	wg.Wait()
	if t.Failed() {
		return nil
	}
	return out
}

// trainingCode are the files whose change changes a model trained
// without the rule features: the cache key hashes them.
var trainingCode = []string{"token.go", "fold.go", "features.go", "analysis.go", "gazetteer.go", "words.go", "train.go", "traincorpus.go", "model.go"}

// cachedModel returns the model of train with opt from -cv-cache, or
// trains it and keeps it there.
func cachedModel(t *testing.T, train []TrainDoc, opt TrainOptions, trainIt func() *model) *model {
	if *cvCache == "" {
		return trainIt()
	}
	h := sha256.New()
	fmt.Fprintf(h, "v%d %v %v %v %v %v %v %v\n", featureVersion, opt.Epochs, opt.MinCount, opt.MaxFeatures, opt.NoLists, opt.NoRules, opt.Seed, opt.Weights)
	code := trainingCode
	if !opt.NoRules {
		code = append(code, "recognize.go", "classify.go", "propagate.go", "date.go")
	}
	for _, f := range code {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Errorf("cache key: %v", err) // never cached
			return trainIt()
		}
		h.Write(b)
	}
	fs.WalkDir(dataFS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := dataFS.ReadFile(p)
			h.Write(b)
		}
		return nil
	})
	filepath.WalkDir(*nerTrain, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				fmt.Fprintf(h, "%s %d\n", p, info.Size())
			}
		}
		return nil
	})
	for _, d := range train {
		fmt.Fprintf(h, "%s %q %v\n", d.Slug, d.Blocks, d.Spans)
	}
	path := filepath.Join(*cvCache, hex.EncodeToString(h.Sum(nil))[:24]+".bin")
	if b, err := os.ReadFile(path); err == nil {
		if m, err := decodeModel(b); err == nil && m != nil {
			return m
		}
	}
	m := trainIt()
	if m != nil {
		os.MkdirAll(*cvCache, 0o755)
		os.WriteFile(path, m.encode(), 0o644)
	}
	return m
}

// reasonNames name the reasons, for -details.
var reasonNames = map[reason]string{
	whyNone: "none", whyAcronymSpelled: "acronymSpelled", whyInstitution: "institution", whyTitle: "title",
	whyPlaceApposition: "placeApposition", whyPlace: "place", whyOrgHead: "orgHead", whyOrgTail: "orgTail",
	whyApposition: "apposition", whyAcronym: "acronym", whyFirstName: "firstName", whyRole: "role",
	whySurname: "surname", whyLocPrep: "locPrep", whyDefaultOne: "defaultOne", whyDefaultOrgWord: "defaultOrgWord",
	whyDefaultPer: "defaultPer", whyMinistry: "ministry", whyJoinedPlaces: "joinedPlaces", whyPropagated: "propagated",
	whyProper: "proper", whyCountry: "country", whyModel: "model", whyAlias: "alias", whySports: "sports", whyPersonNamed: "personNamed",
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
