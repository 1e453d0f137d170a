package entity

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var details = flag.Bool("details", false, "print missed and spurious mentions for every gold file")

// score counts true positives, false positives and false negatives.
type score struct{ tp, fp, fn int }

func (s score) prf() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// readBlocks splits an article file into its non-empty lines.
func readBlocks(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	var blocks []string
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			blocks = append(blocks, line)
		}
	}
	return blocks
}

// readGold reads "TYPE<TAB>text" lines into a set of folded keys.
func readGold(t *testing.T, path string) map[string]bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	gold := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		typ, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		gold[typ+"\t"+Fold(text)] = true
	}
	return gold
}

// scores are a gold set's counts by type, "ALL" for the micro average.
type scores map[string]*score

func (s scores) add(typ string, tp, fp, fn int) {
	for _, k := range []string{typ, "ALL"} {
		if s[k] == nil {
			s[k] = &score{}
		}
		s[k].tp += tp
		s[k].fp += fp
		s[k].fn += fn
	}
}

// table renders the counts, precision, recall and F1 of each type.
func (s scores) table(name string) string {
	var types []string
	for k := range s {
		if k != "ALL" {
			types = append(types, k)
		}
	}
	sort.Strings(types)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-8s %5s %5s %5s %6s %6s %6s\n", name, "tp", "fp", "fn", "P", "R", "F1")
	for _, k := range append(types, "ALL") {
		if s[k] == nil {
			continue
		}
		p, r, f := s[k].prf()
		fmt.Fprintf(&b, "%-8s %5d %5d %5d %6.3f %6.3f %6.3f\n", k, s[k].tp, s[k].fp, s[k].fn, p, r, f)
	}
	return b.String()
}

// scoreDir scores recognise against every article of dir (<slug>.txt with
// <slug>.gold): each distinct mention counts once per article, matched on
// folded text and type. Low-confidence mentions are not shown by default,
// so they count as not found. logf, when set, gets each article's misses.
func scoreDir(t *testing.T, dir string, recognise func([]string) []Mention, logf func(string, ...any)) scores {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no articles in %s", dir)
	}
	all := scores{}
	for _, file := range files {
		scoreFile(t, file, recognise, all, logf)
	}
	return all
}

// scoreFile adds one article's counts to all.
func scoreFile(t *testing.T, file string, recognise func([]string) []Mention, all scores, logf func(string, ...any)) {
	t.Helper()
	gold := readGold(t, strings.TrimSuffix(file, ".txt")+".gold")
	got, low := map[string]bool{}, map[string]bool{}
	for _, m := range recognise(readBlocks(t, file)) {
		k := string(m.Type) + "\t" + Fold(m.Text)
		if m.Low {
			low[k] = true
		} else {
			got[k] = true
		}
	}
	var miss, extra, hidden []string
	for k := range gold {
		typ, _, _ := strings.Cut(k, "\t")
		if got[k] {
			all.add(typ, 1, 0, 0)
		} else {
			all.add(typ, 0, 0, 1)
			if low[k] {
				hidden = append(hidden, k)
			} else {
				miss = append(miss, k)
			}
		}
	}
	for k := range got {
		if !gold[k] {
			typ, _, _ := strings.Cut(k, "\t")
			all.add(typ, 0, 1, 0)
			extra = append(extra, k)
		}
	}
	if logf != nil {
		sort.Strings(miss)
		sort.Strings(extra)
		sort.Strings(hidden)
		logf("%s: missed %q; found but low %q; spurious %q", filepath.Base(file), miss, hidden, extra)
	}
}

// TestQuality scores Recognize against hand-written gold: each distinct
// mention counts once per article, matched on folded text and type.
func TestQuality(t *testing.T) {
	for _, set := range []struct {
		name string
		dir  string
		min  float64
	}{
		{name: "seeds", dir: "testdata/seeds", min: 0.90},
		{name: "own", dir: "testdata/own", min: 0.85},
	} {
		t.Run(set.name, func(t *testing.T) {
			var logf func(string, ...any)
			if *details || set.name == "seeds" {
				logf = t.Logf
			}
			s := scoreDir(t, set.dir, Recognize, logf)
			t.Log(s.table(set.name))
			if _, _, f := s["ALL"].prf(); f < set.min {
				t.Errorf("%s: F1 = %.3f, want >= %.2f", set.name, f, set.min)
			}
		})
	}
}
