package synth

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"lecteur/app/story"
)

func TestWithVersions(t *testing.T) {
	arts, originals, groups, err := WithVersions(300, 0.1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 300 {
		t.Errorf("WithVersions(300) gave %d articles, want 300", len(arts))
	}
	if len(groups) != 30 {
		t.Errorf("WithVersions(300, 0.1) gave %d groups, want 30", len(groups))
	}
	byID := map[string]Article{}
	for _, a := range arts {
		if _, dup := byID[a.ID]; dup {
			t.Errorf("id %s twice", a.ID)
		}
		byID[a.ID] = a
	}
	for _, g := range groups {
		orig, ok := byID[g[0]]
		if !ok || len(g) < 2 || len(g) > 5 {
			t.Fatalf("group %v: want an original present and 1 to 4 versions", g)
		}
		for _, id := range g[1:] {
			if reflect.DeepEqual(byID[id].Paragraphs, orig.Paragraphs) && byID[id].Title == orig.Title {
				t.Errorf("version %s is its original %s unchanged", id, g[0])
			}
		}
	}
	if len(originals) != 300-(len(arts)-len(originals)) {
		t.Errorf("originals = %d", len(originals))
	}
	again, _, _, _ := WithVersions(300, 0.1, 1)
	if !reflect.DeepEqual(arts, again) {
		t.Error("WithVersions is not deterministic")
	}
}

// pairScores are the pairwise precision and recall of predicted groups
// against true ones: of the pairs put in one group, how many are versions
// of one story; of the pairs of versions of one story, how many were put
// in one group.
func pairScores(pred [][]int, truth []int) (p, r float64, tp, predicted, actual int) {
	for _, g := range pred {
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				predicted++
				if truth[g[i]] >= 0 && truth[g[i]] == truth[g[j]] {
					tp++
				}
			}
		}
	}
	size := map[int]int{}
	for _, l := range truth {
		if l >= 0 {
			size[l]++
		}
	}
	for _, n := range size {
		actual += n * (n - 1) / 2
	}
	p, r = 1, 1
	if predicted > 0 {
		p = float64(tp) / float64(predicted)
	}
	if actual > 0 {
		r = float64(tp) / float64(actual)
	}
	return p, r, tp, predicted, actual
}

// TestStoryGroupingQuality measures story grouping on a synthetic corpus
// with known versions and follow-ups (go test -run StoryGroupingQuality -v
// prints the tables doc.go in app/story quotes). It checks the chosen
// parameters keep their figures.
func TestStoryGroupingQuality(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 1000
	}
	arts, _, groups, err := WithVersions(n, 0.1, 7)
	if err != nil {
		t.Fatal(err)
	}
	pr, rc := groupingTables(t, "synthetic", arts, groups)
	if pr < 0.99 || rc < 0.99 {
		t.Errorf("with DefaultParams, precision %.3f recall %.3f; want at least 0.99 and 0.99", pr, rc)
	}
}

// TestStoryGroupingRealText measures grouping on real prose: the bodies of
// the 181 English news pages of the Zyte article extraction benchmark
// (kept out of the repository; LECTEUR_REAL_BODIES names its
// ground-truth.json), with versions and follow-ups made by Versions and
// FollowUps from a third of them.
func TestStoryGroupingRealText(t *testing.T) {
	path := os.Getenv("LECTEUR_REAL_BODIES")
	if path == "" {
		t.Skip("LECTEUR_REAL_BODIES is not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var bodies map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &bodies); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(bodies))
	for k := range bodies {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var real []Article
	for _, k := range keys {
		var paras []string
		for _, p := range strings.Split(bodies[k].ArticleBody, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		if len(paras) > 0 {
			real = append(real, Article{ID: k[:12], Title: paras[0], Paragraphs: paras, Entities: []string{"", "Jane Doe", "John Roe", "the agency", "London"}})
		}
	}
	vs := Versions(real, 0.34, 3)
	fs := FollowUps(real, 0.34, 3)
	arts := append([]Article(nil), real...)
	var groups [][]string
	of := map[string]int{}
	for _, v := range vs {
		i, ok := of[v.Of]
		if !ok {
			i = len(groups)
			of[v.Of] = i
			groups = append(groups, []string{v.Of})
		}
		groups[i] = append(groups[i], v.ID)
		arts = append(arts, v.Article)
	}
	for _, f := range fs {
		arts = append(arts, f.Article)
	}
	groupingTables(t, "real English bodies", arts, groups)
}

// groupingTables logs the precision and recall of grouping arts over a
// range of thresholds and chain floors, and returns them for DefaultParams.
func groupingTables(t *testing.T, name string, arts []Article, groups [][]string) (precision, recall float64) {
	index := map[string]int{}
	for i, a := range arts {
		index[a.ID] = i
	}
	truth := make([]int, len(arts))
	for i := range truth {
		truth[i] = -1
	}
	for g, ids := range groups {
		for _, id := range ids {
			truth[index[id]] = g
		}
	}
	sk := make([]story.Sketch, len(arts))
	for i, a := range arts {
		sk[i] = story.NewSketch(a.Paragraphs)
	}

	var b strings.Builder
	fmt.Fprintf(&b, "\n%s: %d articles, %d stories in versions; pairwise precision / recall of groups\n", name, len(arts), len(groups))
	row := func(p story.Params) {
		pr, rc, tp, pred, act := pairScores(story.Group(sk, p), truth)
		fmt.Fprintf(&b, "| %.1f | %.1f | %d | %.3f | %.3f | %d of %d predicted pairs right, %d true pairs |\n", p.Threshold, p.Chain, p.MinShared, pr, rc, tp, pred, act)
	}
	b.WriteString("| threshold | chain | min shared | precision | recall | |\n|---|---|---|---|---|---|\n")
	for _, th := range []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9} {
		p := story.DefaultParams
		p.Threshold = th
		row(p)
	}
	for _, ch := range []float64{0, 0.1, 0.3, 0.4} {
		p := story.DefaultParams
		p.Chain = ch
		row(p)
	}
	// Every pair's containment and resemblance, to show which measure
	// separates versions from other articles.
	if !testing.Short() {
		type score struct{ res, cont float64 }
		var pos, neg []score
		for i := range sk {
			for j := i + 1; j < len(sk); j++ {
				s := story.Compare(&sk[i], &sk[j])
				if truth[i] >= 0 && truth[i] == truth[j] {
					pos = append(pos, score{s.Resemblance, s.Containment})
				} else if s.Containment > 0.05 || s.Resemblance > 0.05 {
					neg = append(neg, score{s.Resemblance, s.Containment})
				}
			}
		}
		fmt.Fprintf(&b, "single pairs at or above a value, by measure (%d version pairs; other pairs above 0.05: %d)\n", len(pos), len(neg))
		for _, th := range []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7} {
			count := func(ss []score, res bool) int {
				k := 0
				for _, s := range ss {
					if res && s.res >= th || !res && s.cont >= th {
						k++
					}
				}
				return k
			}
			fmt.Fprintf(&b, "  %.1f: resemblance finds %d version pairs (and %d others), containment %d (and %d others)\n", th, count(pos, true), count(neg, true), count(pos, false), count(neg, false))
		}
	}
	t.Log(b.String())
	precision, recall, _, _, _ = pairScores(story.Group(sk, story.DefaultParams), truth)
	return precision, recall
}
