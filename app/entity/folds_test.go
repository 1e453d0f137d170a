package entity

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

var foldsDir = flag.String("folds", "", "TestFolds: a folder of recipes, each a folder of models named after the set each was trained without (heldout3.bin, en-heldout1.bin)")

// foldSet is a gold set scored by leave-set-out: its name (en- for the
// English ones) and folder.
type foldSet struct{ name, dir string }

// TestFolds is "make eval-folds": it scores training recipes that learn
// from the real-news tune sets themselves, honestly, by leave-set-out:
// each set (-lso-sets under -ner-fr, -en-sets under -ner-en as
// en-<set>) is read by a model trained without it (<recipe>/<set>.bin
// under -folds), and the embedded model, trained on none of them, reads
// every set as the baseline. For each recipe it prints the F1 of each
// set read by Recognize (model, rules and corrections, shipped
// settings) and by the model alone, the French and English means, the
// mean per-type precision and recall over the French sets, and the
// seeds' and our own articles' F1 with each fold's model (their lowest).
// Skipped without -folds and -ner-fr.
func TestFolds(t *testing.T) {
	if *foldsDir == "" || *nerFR == "" {
		t.Skip("needs -folds and -ner-fr (make eval-folds)")
	}
	var sets []foldSet
	for _, s := range strings.Split(*lsoSets, ",") {
		if s = strings.TrimSpace(s); s != "" {
			sets = append(sets, foldSet{s, filepath.Join(*nerFR, s)})
		}
	}
	for _, s := range strings.Split(*combineEN, ",") {
		if s = strings.TrimSpace(s); s != "" && *nerEN != "" {
			sets = append(sets, foldSet{"en-" + s, filepath.Join(*nerEN, s)})
		}
	}
	recipes, _ := filepath.Glob(filepath.Join(*foldsDir, "*"))
	sort.Strings(recipes)
	names := []string{"shipped"}
	for _, r := range recipes {
		if fi, err := os.Stat(r); err == nil && fi.IsDir() {
			names = append(names, filepath.Base(r))
		}
	}
	modelFor := func(recipe, setName string) *model {
		if recipe == "shipped" {
			return defaultModel()
		}
		p := filepath.Join(*foldsDir, recipe, setName+".bin")
		if _, err := os.Stat(p); err != nil {
			return nil
		}
		return loadModelFile(t, p)
	}
	score := func(files []string, m *model, correct bool) scores {
		sc := scores{}
		var mu sync.Mutex
		var wg sync.WaitGroup
		sem := make(chan struct{}, 2)
		for _, f := range files {
			wg.Add(1)
			sem <- struct{}{}
			go func(f string) {
				defer func() { <-sem; wg.Done() }()
				ms := recognizeWith(readBlocks(t, f), m, correct)
				gold := readGold(t, strings.TrimSuffix(f, ".txt")+".gold")
				mu.Lock()
				countMentions(ms, gold, sc)
				mu.Unlock()
			}(f)
		}
		wg.Wait()
		return sc
	}
	// f1[recipe][set], Recognize's, for choosing a recipe without the
	// set it is scored on.
	f1 := map[string]map[string]float64{}
	var out strings.Builder
	fmt.Fprintf(&out, "\n%-16s %-6s", "recipe", "mode")
	for _, s := range sets {
		fmt.Fprintf(&out, " %11s", s.name)
	}
	fmt.Fprintf(&out, " | FR mean EN mean | FR mean P/R: PER ORG LOC DATE | seeds own (lowest)\n")
	for _, rn := range names {
		for _, mode := range []struct {
			name    string
			correct bool
		}{{"both", true}, {"model", false}} {
			fmt.Fprintf(&out, "%-16s %-6s", rn, mode.name)
			var fr, en []float64
			pr := map[string][2]float64{}
			nfr := 0.0
			seeds, own := 1.0, 1.0
			for _, s := range sets {
				m := modelFor(rn, s.name)
				files := goldFiles(s.dir)
				if m == nil || len(files) == 0 {
					fmt.Fprintf(&out, " %11s", "-")
					continue
				}
				sc := score(files, m, mode.correct)
				_, _, f := sc["ALL"].prf()
				fmt.Fprintf(&out, " %11.3f", f)
				if mode.correct {
					if f1[rn] == nil {
						f1[rn] = map[string]float64{}
					}
					f1[rn][s.name] = f
				}
				if strings.HasPrefix(s.name, "en-") {
					en = append(en, f)
				} else {
					fr = append(fr, f)
					nfr++
					for _, typ := range []string{"PER", "ORG", "LOC", "DATE"} {
						if sc[typ] != nil {
							p, r, _ := sc[typ].prf()
							v := pr[typ]
							pr[typ] = [2]float64{v[0] + p, v[1] + r}
						}
					}
				}
				if mode.correct {
					_, _, sf := score(setFiles("seeds"), m, true)["ALL"].prf()
					_, _, of := score(setFiles("own"), m, true)["ALL"].prf()
					seeds, own = min(seeds, sf), min(own, of)
				}
			}
			fmt.Fprintf(&out, " | %7.4f %7.4f |", meanOf(fr), meanOf(en))
			for _, typ := range []string{"PER", "ORG", "LOC", "DATE"} {
				fmt.Fprintf(&out, " %.3f/%.3f", pr[typ][0]/max(nfr, 1), pr[typ][1]/max(nfr, 1))
			}
			if mode.correct {
				fmt.Fprintf(&out, " | %.3f %.3f", seeds, own)
			}
			fmt.Fprintln(&out)
		}
	}
	if *combineGrid != "" {
		retuneFolds(t, &out, names, sets, modelFor)
	}
	// Choosing a recipe (a weight for the silver articles) is itself
	// tuning: for each set, the recipe with the best mean over the other
	// sets of its language is picked and scored on the set.
	for _, lang := range []string{"fr", "en"} {
		total, n := 0.0, 0
		for _, s := range sets {
			if strings.HasPrefix(s.name, "en-") != (lang == "en") {
				continue
			}
			best, bestMean := "", -1.0
			for _, rn := range names {
				m, k := 0.0, 0
				for _, o := range sets {
					if v, ok := f1[rn][o.name]; ok && o.name != s.name && strings.HasPrefix(o.name, "en-") == (lang == "en") {
						m += v
						k++
					}
				}
				if _, ok := f1[rn][s.name]; ok && k > 0 && m/float64(k) > bestMean+1e-12 {
					best, bestMean = rn, m/float64(k)
				}
			}
			if best == "" {
				continue
			}
			fmt.Fprintf(&out, "leave %s out: %s is best on the others (%.4f), scores %.3f\n", s.name, best, bestMean, f1[best][s.name])
			total += f1[best][s.name]
			n++
		}
		if n > 0 {
			fmt.Fprintf(&out, "%s: choosing the recipe on the other sets is worth %.4f\n", lang, total/float64(n))
		}
	}
	t.Log(out.String())
}

// retuneFolds re-chooses combine's settings (-grid) within each fold:
// every set is read by its fold's model once; for each set left out, the
// setting with the best mean F1 over the other sets of its language
// (each read by its own fold's model, out of its own training) is
// picked and scored on the set. The fold models of the other sets saw
// the left-out set in training: a weak leak, through a handful of grid
// points, that a nested leave-set-out would close at ten times the
// trainings.
func retuneFolds(t *testing.T, out *strings.Builder, recipes []string, sets []foldSet, modelFor func(recipe, set string) *model) {
	knobs, names, configs, _, restore := gridKnobs(t)
	defer restore()
	label := func(c []float64) string {
		var b strings.Builder
		for i, n := range names {
			fmt.Fprintf(&b, " %s=%g", n, c[i])
		}
		return b.String()
	}
	fmt.Fprintf(out, "combine re-tuned within each fold (-grid %s):\n", *combineGrid)
	for _, rn := range recipes {
		dec := map[string][]*decodedArticle{}
		for _, s := range sets {
			m := modelFor(rn, s.name)
			if m == nil {
				continue
			}
			var mu sync.Mutex
			var wg sync.WaitGroup
			sem := make(chan struct{}, 2)
			for _, f := range goldFiles(s.dir) {
				wg.Add(1)
				sem <- struct{}{}
				go func(f string) {
					defer func() { <-sem; wg.Done() }()
					a := analyse(readBlocks(t, f))
					d := &decodedArticle{a: a, model: a.decode(m), gold: readGold(t, strings.TrimSuffix(f, ".txt")+".gold")}
					mu.Lock()
					dec[s.name] = append(dec[s.name], d)
					mu.Unlock()
				}(f)
			}
			wg.Wait()
		}
		// f1[c][set]
		f1 := make([]map[string]float64, len(configs))
		for ci, c := range configs {
			for i, n := range names {
				knobs[n].set(c[i])
			}
			f1[ci] = map[string]float64{}
			for s, ds := range dec {
				sc := scores{}
				for _, d := range ds {
					spans := d.a.combine(d.model)
					d.a.correct(spans)
					countMentions(d.a.mentions(spans), d.gold, sc)
				}
				_, _, f1[ci][s] = sc["ALL"].prf()
			}
		}
		fmt.Fprintf(out, "%-16s retuned", rn)
		var frF1, enF1 []float64
		var chosen []string
		for _, s := range sets {
			if _, ok := dec[s.name]; !ok {
				fmt.Fprintf(out, " %11s", "-")
				continue
			}
			en := strings.HasPrefix(s.name, "en-")
			best, bestMean := 0, -1.0
			for ci := range configs {
				m, k := 0.0, 0
				for o, v := range f1[ci] {
					if o != s.name && strings.HasPrefix(o, "en-") == en {
						m += v
						k++
					}
				}
				if k > 0 && m/float64(k) > bestMean+1e-12 {
					best, bestMean = ci, m/float64(k)
				}
			}
			f := f1[best][s.name]
			fmt.Fprintf(out, " %11.3f", f)
			chosen = append(chosen, s.name+":"+label(configs[best]))
			if en {
				enF1 = append(enF1, f)
			} else {
				frF1 = append(frF1, f)
			}
		}
		fmt.Fprintf(out, " | %7.4f %7.4f\n", meanOf(frF1), meanOf(enF1))
		for _, c := range chosen {
			fmt.Fprintf(out, "    %s\n", c)
		}
	}
}

func meanOf(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}
