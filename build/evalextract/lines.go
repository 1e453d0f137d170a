package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"lecteur/app/corpus"
)

// The line model (app/corpus/lines.go) is trained here, on pages whose
// article is known: the French gold sets (the lines from the expected
// first paragraph to the expected last one are body, the others not) and
// the Scrapinghub benchmark (a line is body when most of its 4-word
// shingles are in the true body). -line-cv judges it the only honest way
// on so few sites: pages are grouped by site, and each fold of sites is
// read by a model trained on the other folds.

// page is one page whose article is known, for training and scoring.
type page struct {
	set, name, site string
	data            []byte
	want            *expected // a gold page
	truth           string    // a benchmark page's true body
	samples         []corpus.LineSample
	labels          []float32
}

// loadPages reads the gold folders (each a folder of <slug>.json and
// pages) and the benchmark, and labels their lines.
func loadPages(goldDirs []string, bench string) ([]*page, error) {
	var pages []*page
	for _, dir := range goldDirs {
		entries, err := os.ReadDir(dir)
		if errors.Is(err, fs.ErrNotExist) {
			fmt.Printf("line gold %s: not found, skipped\n", dir)
			continue
		}
		if err != nil {
			return nil, err
		}
		files := map[string]string{}
		for _, e := range entries {
			ext := filepath.Ext(e.Name())
			if _, ok := corpus.Formats[ext]; ok {
				files[strings.TrimSuffix(e.Name(), ext)] = e.Name()
			}
		}
		for _, e := range entries {
			slug, ok := strings.CutSuffix(e.Name(), ".json")
			if !ok || files[slug] == "" {
				continue
			}
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				return nil, err
			}
			var want expected
			if err := json.Unmarshal(b, &want); err != nil {
				return nil, fmt.Errorf("read %s: %w", e.Name(), err)
			}
			data, err := os.ReadFile(filepath.Join(dir, files[slug]))
			if err != nil {
				return nil, err
			}
			pages = append(pages, &page{set: dir, name: files[slug], site: siteOf(slug), data: data, want: &want})
		}
	}
	if bench != "" {
		b, err := os.ReadFile(filepath.Join(bench, "ground-truth.json"))
		if err != nil {
			fmt.Printf("benchmark %s: no ground-truth.json, skipped\n", bench)
		} else {
			var truth map[string]struct {
				Body string `json:"articleBody"`
			}
			if err := json.Unmarshal(b, &truth); err != nil {
				return nil, err
			}
			for id, t := range truth {
				data, err := readPage(bench, id)
				if err != nil {
					return nil, err
				}
				pages = append(pages, &page{set: "benchmark", name: id + ".html", site: "bench-" + id, data: data, truth: t.Body})
			}
		}
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].set+pages[i].name < pages[j].set+pages[j].name })
	for _, p := range pages {
		s, err := corpus.LineSamples(p.name, p.data)
		if err != nil {
			continue
		}
		p.samples = s
		// The page's lines, then the lines the rules kept: each list is
		// labelled alone.
		k := 0
		for k < len(s) && !s[k].Kept {
			k++
		}
		for _, part := range [][]corpus.LineSample{s[:k], s[k:]} {
			var l []float32
			if p.want != nil {
				l = goldLabels(part, *p.want)
			} else {
				l = truthLabels(part, p.truth)
			}
			if l == nil {
				l = make([]float32, len(part))
				for i := range l {
					l[i] = -1 // unknown: not trained on
				}
			}
			p.labels = append(p.labels, l...)
		}
	}
	return pages, nil
}

// siteOf is a gold page's site, from its slug: "en-cbc-sinwar-gaza" →
// "cbc", "lefigaro-…" → "lefigaro".
func siteOf(slug string) string {
	slug = strings.TrimPrefix(slug, "en-")
	site, _, _ := strings.Cut(slug, "-")
	return site
}

// goldLabels labels the lines of a gold page: 1 from the line holding the
// expected first paragraph to the one holding the last, 0 elsewhere; nil
// when either is not found among the lines (the page teaches nothing).
func goldLabels(s []corpus.LineSample, want expected) []float32 {
	first, last := -1, -1
	for i, x := range s {
		if first < 0 && holds(x.Text, want.FirstParagraph) {
			first = i
		}
	}
	if first < 0 {
		return nil
	}
	for i := len(s) - 1; i >= first; i-- {
		if holds(s[i].Text, want.LastParagraph) {
			last = i
			break
		}
	}
	if last < 0 {
		return nil
	}
	labels := make([]float32, len(s))
	for i := first; i <= last; i++ {
		labels[i] = 1
	}
	return labels
}

// holds reports a line that is the paragraph p, give or take a dateline
// or a credit, or holds it whole.
func holds(line, p string) bool {
	if sameParagraph(line, p) {
		return true
	}
	a, b := normal(line), normal(p)
	if len(b) < 20 {
		return a == b
	}
	return strings.Contains(a, b) || len(a) >= 40 && strings.Contains(b, a) && 2*len(a) >= len(b)
}

// truthLabels labels a benchmark page's lines: 1 when at least half the
// line's 4-word shingles (its words, for a short line) are in the true
// body.
func truthLabels(s []corpus.LineSample, truth string) []float32 {
	body := shingles(truth)
	nt := normal(truth)
	labels := make([]float32, len(s))
	for i, x := range s {
		toks := wordRe.FindAllString(x.Text, -1)
		if len(toks) < 4 {
			if len(toks) > 0 && strings.Contains(nt, normal(x.Text)) {
				labels[i] = 1
			}
			continue
		}
		in, all := 0, 0
		for k, c := range shingles(x.Text) {
			all += c
			in += min(c, body[k])
		}
		if 2*in >= all {
			labels[i] = 1
		}
	}
	return labels
}

// goldWeight and keptWeight weigh a gold page against a benchmark page,
// and a line the rules kept against a line of the whole page. Both are 1:
// 3 and 10 for the gold pages, 0.3 and 3 for the kept lines, measured by
// -line-cv (30 November), did no better on any set.
const (
	goldWeight = 1
	keptWeight = 1
)

// trainLines fits the logistic regression on the labelled lines of pages
// by full-batch gradient descent (Adam) with an L2 penalty. Each page
// weighs the same whatever its number of lines, so that a long page of
// chrome teaches no more than a short one.
func trainLines(pages []*page) []float32 {
	type row struct {
		x *[corpus.LineFeatureCount]float32
		y float64
		w float64
	}
	var rows []row
	for _, p := range pages {
		if p.labels == nil {
			continue
		}
		w := 1 / math.Sqrt(float64(len(p.samples)))
		if p.want != nil {
			w *= goldWeight
		}
		for i := range p.samples {
			if p.labels[i] < 0 {
				continue
			}
			wi := w
			if p.samples[i].Kept {
				wi *= keptWeight
			}
			rows = append(rows, row{&p.samples[i].Features, float64(p.labels[i]), wi})
		}
	}
	const (
		epochs = 400
		rate   = 0.05
		b1, b2 = 0.9, 0.999
		// l2 is the penalty's weight: 1e-4 and 1e-2 did worse by
		// -line-cv.
		l2 = 1e-3
	)
	n := corpus.LineFeatureCount
	w := make([]float64, n)
	m, v, g := make([]float64, n), make([]float64, n), make([]float64, n)
	var total float64
	for _, r := range rows {
		total += r.w
	}
	for e := 1; e <= epochs; e++ {
		for j := range g {
			g[j] = l2 * w[j]
		}
		for _, r := range rows {
			var z float64
			for j, x := range r.x {
				z += w[j] * float64(x)
			}
			d := r.w * (1/(1+math.Exp(-z)) - r.y) / total
			for j, x := range r.x {
				if x != 0 {
					g[j] += d * float64(x)
				}
			}
		}
		for j := range w {
			m[j] = b1*m[j] + (1-b1)*g[j]
			v[j] = b2*v[j] + (1-b2)*g[j]*g[j]
			mh := m[j] / (1 - math.Pow(b1, float64(e)))
			vh := v[j] / (1 - math.Pow(b2, float64(e)))
			w[j] -= rate * mh / (math.Sqrt(vh) + 1e-8)
		}
	}
	out := make([]float32, n)
	for j := range w {
		out[j] = float32(w[j])
	}
	return out
}

// fold is the cross-validation fold of a site, by a hash of its name.
func fold(site string, k int) int {
	h := fnv.New32a()
	h.Write([]byte(site))
	return int(h.Sum32() % uint32(k))
}

// lineCV reads every page with a model trained on the sites of the other
// folds, and, for comparison, with the rules alone (no model); it prints
// each gold set's field accuracies and the benchmark's F1 both ways.
func lineCV(pages []*page, k int, verbose bool) error {
	type tally struct {
		right, total map[string]int
		scores       []overlap
	}
	results := map[string]map[string]*tally{} // mode → set → tally
	for _, mode := range []string{"rules", "model"} {
		results[mode] = map[string]*tally{}
		for f := 0; f < k; f++ {
			var train, test []*page
			for _, p := range pages {
				if fold(p.site, k) == f {
					test = append(test, p)
				} else {
					train = append(train, p)
				}
			}
			var w []float32
			if mode == "model" {
				w = trainLines(train)
			}
			if err := corpus.SetLineModel(w); err != nil {
				return err
			}
			for _, p := range test {
				t := results[mode][p.set]
				if t == nil {
					t = &tally{right: map[string]int{}, total: map[string]int{}}
					results[mode][p.set] = t
				}
				if verbose && mode == "model" && p.labels != nil && p.want != nil {
					for i, x := range p.samples {
						pr := prob(w, &x.Features)
						if p.labels[i] >= 0 && x.Kept && math.Abs(pr-float64(p.labels[i])) > 0.5 {
							fmt.Printf("  line %s:%d label %.0f p %.2f %.100q\n", p.name, i, p.labels[i], pr, x.Text)
						}
					}
				}
				a, _ := corpus.Parse(p.name, p.data)
				if p.want == nil {
					t.scores = append(t.scores, shingleOverlap(p.truth, strings.Join(a.Paragraphs, "\n")))
					continue
				}
				got := score(a, *p.want)
				for _, f := range goldFields {
					t.total[f]++
					if got[f] {
						t.right[f]++
					}
				}
				if verbose && mode == "model" {
					for _, f := range goldFields {
						if !got[f] {
							show := ""
							if len(a.Paragraphs) > 0 {
								show = a.Paragraphs[0] + " … " + a.Paragraphs[len(a.Paragraphs)-1]
							}
							fmt.Printf("    %s %s: %.160q\n", p.name, f, show)
						}
					}
				}
			}
		}
	}
	sets := make([]string, 0, len(results["rules"]))
	for s := range results["rules"] {
		sets = append(sets, s)
	}
	sort.Strings(sets)
	for _, s := range sets {
		for _, mode := range []string{"rules", "model"} {
			t := results[mode][s]
			if t.scores != nil {
				f, p, r := f1(t.scores)
				fmt.Printf("%-40s %-5s F1 %.4f  precision %.4f  recall %.4f\n", s, mode, f, p, r)
				continue
			}
			fmt.Printf("%-40s %-5s", s, mode)
			for _, f := range goldFields {
				fmt.Printf("  %s %5.1f", f, 100*float64(t.right[f])/float64(t.total[f]))
			}
			fmt.Printf("  (%d pages)\n", t.total["title"])
		}
	}
	return corpus.SetLineModel(nil)
}

// prob is the line model's probability for features x.
func prob(w []float32, x *[corpus.LineFeatureCount]float32) float64 {
	var z float64
	for j, v := range w {
		z += float64(v) * float64(x[j])
	}
	return 1 / (1 + math.Exp(-z))
}
