package entity

import (
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

var (
	combineGrid = flag.String("grid", "", "TestCombine: knob=v1/v2/...;knob=... values searched (knobs: trustScale, addConfidence, widenConfidence, perConfidence, lowConfidence, orgFloor, locFloor, margin, englishTrust, firstNameFloor, agreeFloor); empty for the shipped values only")
	combineEN   = flag.String("en-sets", "", "TestCombine: English gold sets under -ner-en scored too (not chosen on), e.g. heldout1")
	nerEN       = flag.String("ner-en", "", "TestCombine: the English gold set's folder")
	minOwn      = flag.Float64("min-own", 0.989, "TestCombine: settings that score our own articles below this, or the seeds below 1, are never chosen")
)

// combineKnob is one value TestCombine searches: its name and where it
// lives.
type combineKnob struct {
	name string
	set  func(float64)
	get  func() float64
}

func combineKnobs() []combineKnob {
	f := func(name string, v *float64) combineKnob {
		return combineKnob{name, func(x float64) { *v = x }, func() float64 { return *v }}
	}
	return []combineKnob{
		f("trustScale", &trustScale),
		f("addConfidence", &addConfidence),
		f("widenConfidence", &widenConfidence),
		f("perConfidence", &perConfidence),
		f("lowConfidence", &lowConfidence),
		f("orgFloor", &orgFloor),
		f("locFloor", &locFloor),
		f("englishTrust", &englishTrust),
		f("firstNameFloor", &firstNameFloor),
		f("agreeFloor", &agreeFloor),
		{"margin", func(x float64) { marginConfidence = x != 0 }, func() float64 {
			if marginConfidence {
				return 1
			}
			return 0
		}},
	}
}

// gridConfigs expands -grid into every combination of its values; the
// knobs it does not name keep their shipped values.
func gridConfigs(t *testing.T, grid string) (names []string, configs [][]float64) {
	configs = [][]float64{nil}
	known := map[string]bool{}
	for _, k := range combineKnobs() {
		known[k.name] = true
	}
	for _, part := range strings.Split(grid, ";") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		name, vals, ok := strings.Cut(part, "=")
		if !ok || !known[name] {
			t.Fatalf("-grid: %q is not knob=v1/v2 (knobs %v)", part, known)
		}
		var vs []float64
		for _, v := range strings.Split(vals, "/") {
			var x float64
			if _, err := fmt.Sscan(v, &x); err != nil {
				t.Fatalf("-grid %s: %q: %v", name, v, err)
			}
			vs = append(vs, x)
		}
		names = append(names, name)
		var next [][]float64
		for _, c := range configs {
			for _, v := range vs {
				next = append(next, append(append([]float64(nil), c...), v))
			}
		}
		configs = next
	}
	return names, configs
}

// decodedArticle is an article read by the rules and one model once:
// combine and correct, what the knobs act on, run again for each
// setting.
type decodedArticle struct {
	a     *analysis
	model [][]span
	gold  map[string]bool
}

// TestCombine is "make eval-combine": it chooses combine's and
// correct's thresholds together with the model, by leave-set-out over the real-news tune sets (-lso-sets):
// every model of -models (or the embedded one) is scored with every
// setting of -grid on every set; for each set left out, the model and
// setting with the best mean over the other sets are picked, and their
// score on the set left out is what the choice is worth. It prints the
// best settings by mean, the shipped setting of each model, each
// choice, and the leave-set-out mean, per model and over all models.
// Skipped without -ner-fr and -grid.
func TestCombine(t *testing.T) {
	if *nerFR == "" || *combineGrid == "" {
		t.Skip("needs -ner-fr and -grid")
	}
	models := map[string]*model{}
	if *modelsDir != "" {
		paths, _ := filepath.Glob(filepath.Join(*modelsDir, "*.bin"))
		for _, p := range paths {
			models[strings.TrimSuffix(filepath.Base(p), ".bin")] = loadModelFile(t, p)
		}
	}
	if len(models) == 0 {
		models["embedded"] = defaultModel()
	}
	var modelNames []string
	for n := range models {
		modelNames = append(modelNames, n)
	}
	sort.Strings(modelNames)
	var sets []string
	files := map[string][]string{}
	for _, s := range strings.Split(*lsoSets, ",") {
		if s = strings.TrimSpace(s); s != "" && len(setFiles(s)) > 0 {
			sets = append(sets, s)
			files[s] = setFiles(s)
		}
	}
	// The English sets and our own articles are scored, never chosen on.
	extra := []string{"seeds", "own"}
	files["seeds"], files["own"] = setFiles("seeds"), setFiles("own")
	for _, s := range strings.Split(*combineEN, ",") {
		dir := filepath.Join(*nerEN, s)
		if s == "own-en" {
			dir = filepath.Join("testdata", s) // our own English articles
		}
		if s = strings.TrimSpace(s); s != "" && (*nerEN != "" || s == "own-en") {
			if fs := goldFiles(dir); len(fs) > 0 {
				files["en-"+s] = fs
				extra = append(extra, "en-"+s)
			}
		}
	}
	knobs, names, configs, saved, restore := gridKnobs(t)
	savedTrust := trust
	defer func() {
		restore()
		trust = savedTrust
	}()
	type row struct {
		model  string
		config []float64
		f1     map[string]float64
		perP   map[string]float64
		scores map[string]scores
		mean   float64
	}
	var rows []row
	all := append(append([]string(nil), sets...), extra...)
	for _, mn := range modelNames {
		m := models[mn]
		// Decode every article once with this model.
		dec := map[string][]*decodedArticle{}
		var mu sync.Mutex
		var wg sync.WaitGroup
		sem := make(chan struct{}, 2)
		for _, s := range all {
			for _, f := range files[s] {
				wg.Add(1)
				sem <- struct{}{}
				go func(s, f string) {
					defer func() { <-sem; wg.Done() }()
					a := analyse(readBlocks(t, f))
					d := &decodedArticle{a: a, model: a.decode(m), gold: readGold(t, strings.TrimSuffix(f, ".txt")+".gold")}
					mu.Lock()
					dec[s] = append(dec[s], d)
					mu.Unlock()
				}(s, f)
			}
		}
		wg.Wait()
		for _, c := range configs {
			for i, n := range names {
				knobs[n].set(c[i])
			}
			r := row{model: mn, config: c, f1: map[string]float64{}, perP: map[string]float64{}, scores: map[string]scores{}}
			for _, s := range all {
				sc := scores{}
				var smu sync.Mutex
				var wg sync.WaitGroup
				for _, d := range dec[s] {
					wg.Add(1)
					sem <- struct{}{}
					go func(d *decodedArticle) {
						defer func() { <-sem; wg.Done() }()
						spans := d.a.combine(d.model)
						d.a.correct(spans)
						ms := d.a.mentions(spans)
						smu.Lock()
						countMentions(ms, d.gold, sc)
						smu.Unlock()
					}(d)
				}
				wg.Wait()
				_, _, r.f1[s] = sc["ALL"].prf()
				if sc["PER"] != nil {
					r.perP[s], _, _ = sc["PER"].prf()
				}
				r.scores[s] = sc
			}
			for _, s := range sets {
				r.mean += r.f1[s] / float64(len(sets))
			}
			rows = append(rows, r)
		}
		restore()
	}
	// A recipe trained with several seeds ("rules-s1", "rules-s2") is
	// scored by the mean of its seeds, setting by setting: a choice
	// between recipes is then not a choice of a lucky seed.
	recipeOf := func(name string) string {
		if i := strings.LastIndex(name, "-s"); i > 0 && strings.Trim(name[i+2:], "0123456789") == "" {
			return name[:i]
		}
		return name
	}
	type aggKey struct {
		recipe string
		config string
	}
	agg := map[aggKey]*row{}
	nseeds := map[aggKey]int{}
	var aggOrder []aggKey
	for _, r := range rows {
		k := aggKey{recipeOf(r.model), fmt.Sprint(r.config)}
		a := agg[k]
		if a == nil {
			a = &row{model: k.recipe, config: r.config, f1: map[string]float64{}, perP: map[string]float64{}, scores: map[string]scores{}}
			agg[k] = a
			aggOrder = append(aggOrder, k)
		}
		nseeds[k]++
		for s, v := range r.f1 {
			a.f1[s] += v
		}
		for s, v := range r.perP {
			a.perP[s] += v
		}
		for s, sc := range r.scores {
			if a.scores[s] == nil {
				a.scores[s] = scores{}
			}
			for typ, c := range sc {
				a.scores[s].add(typ, c.tp, c.fp, c.fn)
			}
		}
		a.mean += r.mean
	}
	rows = rows[:0]
	for _, k := range aggOrder {
		a, n := agg[k], float64(nseeds[k])
		for s := range a.f1 {
			a.f1[s] /= n
		}
		for s := range a.perP {
			a.perP[s] /= n
		}
		a.mean /= n
		rows = append(rows, *a)
	}
	modelNames = modelNames[:0]
	for _, k := range aggOrder {
		if len(modelNames) == 0 || modelNames[len(modelNames)-1] != k.recipe {
			modelNames = append(modelNames, k.recipe)
		}
	}
	allowed := func(r row) bool { return r.f1["seeds"] >= 0.9999 && r.f1["own"] >= *minOwn-1e-9 }
	label := func(r row) string {
		var b strings.Builder
		b.WriteString(r.model)
		for i, n := range names {
			fmt.Fprintf(&b, " %s=%g", n, r.config[i])
		}
		return b.String()
	}
	var out strings.Builder
	line := func(r row) {
		fmt.Fprintf(&out, "%.4f |", r.mean)
		for _, s := range all {
			fmt.Fprintf(&out, " %.3f", r.f1[s])
		}
		fmt.Fprintf(&out, " | PER P")
		for _, s := range sets {
			fmt.Fprintf(&out, " %.3f", r.perP[s])
		}
		fmt.Fprintf(&out, " | %s\n", label(r))
	}
	fmt.Fprintf(&out, "\nmean   | %s | PER P of each tune set | model and setting\n", strings.Join(all, " "))
	isShipped := func(r row) bool {
		for i, n := range names {
			if r.config[i] != saved[n] {
				return false
			}
		}
		return true
	}
	fmt.Fprintf(&out, "shipped settings:\n")
	for _, r := range rows {
		if isShipped(r) {
			line(r)
		}
	}
	sorted := append([]row(nil), rows...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].mean > sorted[j].mean })
	fmt.Fprintf(&out, "best by mean, any:\n")
	for i := 0; i < len(sorted) && i < 4; i++ {
		line(sorted[i])
	}
	fmt.Fprintf(&out, "best by mean (seeds 1 and own >= %.3f):\n", *minOwn)
	for i, n := 0, 0; i < len(sorted) && n < 12; i++ {
		if allowed(sorted[i]) {
			line(sorted[i])
			n++
		}
	}
	lso := func(keep func(row) bool) (float64, string) {
		var b strings.Builder
		total := 0.0
		for _, s := range sets {
			best, bestMean := -1, -1.0
			for i, r := range rows {
				if !keep(r) || !allowed(r) {
					continue
				}
				m := 0.0
				for _, o := range sets {
					if o != s {
						m += r.f1[o]
					}
				}
				if m > bestMean+1e-12 {
					best, bestMean = i, m
				}
			}
			if best < 0 {
				fmt.Fprintf(&b, "  leave %s out: no setting keeps the seeds and our own articles\n", s)
				continue
			}
			fmt.Fprintf(&b, "  leave %s out: %s (%.4f on the others) scores %.3f\n", s, label(rows[best]), bestMean/float64(len(sets)-1), rows[best].f1[s])
			total += rows[best].f1[s] / float64(len(sets))
		}
		return total, b.String()
	}
	for _, mn := range append(modelNames, "") {
		keep := func(r row) bool { return mn == "" || r.model == mn }
		v, detail := lso(keep)
		who := mn
		if mn == "" {
			who = "all models"
		}
		fmt.Fprintf(&out, "leave-set-out, %s: %.4f\n%s", who, v, detail)
	}
	best := sorted[0]
	for _, r := range sorted {
		if allowed(r) {
			best = r
			break
		}
	}
	fmt.Fprintf(&out, "per type of the best by mean (%s):\n", label(best))
	for _, s := range all {
		fmt.Fprintf(&out, "  %-10s %s\n", s, best.scores[s].row())
	}
	t.Log(out.String())
}

// countMentions adds an article's mentions against its gold to sc, as
// scoreFile does: distinct mentions, low ones not shown.
func countMentions(ms []Mention, gold map[string]bool, sc scores) {
	got := map[string]bool{}
	for _, m := range ms {
		if !m.Low {
			got[string(m.Type)+"\t"+Fold(m.Text)] = true
		}
	}
	for k := range gold {
		typ, _, _ := strings.Cut(k, "\t")
		if got[k] {
			sc.add(typ, 1, 0, 0)
		} else {
			sc.add(typ, 0, 0, 1)
		}
	}
	for k := range got {
		if !gold[k] {
			typ, _, _ := strings.Cut(k, "\t")
			sc.add(typ, 0, 1, 0)
		}
	}
}

// gridKnobs returns combine's knobs by name, the names and settings of
// the -grid search, the knobs' shipped values, and a function that puts
// them back: a grid search sets them, and later tests read the shipped
// ones.
func gridKnobs(t *testing.T) (map[string]combineKnob, []string, [][]float64, map[string]float64, func()) {
	knobs := map[string]combineKnob{}
	for _, k := range combineKnobs() {
		knobs[k.name] = k
	}
	names, configs := gridConfigs(t, *combineGrid)
	saved := map[string]float64{}
	for _, n := range names {
		saved[n] = knobs[n].get()
	}
	return knobs, names, configs, saved, func() {
		for n, v := range saved {
			knobs[n].set(v)
		}
	}
}
