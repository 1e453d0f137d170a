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
	type set struct{ name, dir string }
	var sets []set
	for _, s := range strings.Split(*lsoSets, ",") {
		if s = strings.TrimSpace(s); s != "" {
			sets = append(sets, set{s, filepath.Join(*nerFR, s)})
		}
	}
	for _, s := range strings.Split(*combineEN, ",") {
		if s = strings.TrimSpace(s); s != "" && *nerEN != "" {
			sets = append(sets, set{"en-" + s, filepath.Join(*nerEN, s)})
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
	t.Log(out.String())
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
