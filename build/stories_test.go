package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/site"
	"lecteur/app/story"
	"lecteur/build/gencorpus/synth"
)

// dataOf runs the data stages of the build on a corpus folder.
func dataOf(t *testing.T, dir string) ([]corpus.Article, map[string][]byte, site.Catalog) {
	t.Helper()
	arts, _, err := corpus.ReadDir(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	st := stages{}
	files, err := dataFiles(arts, ingest.Analyze, func(string) func(int, int) { return func(int, int) {} }, &st)
	if err != nil {
		t.Fatal(err)
	}
	var cat site.Catalog
	b, err := gunzipBytes(site.CatalogFile, files[site.CatalogFile])
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &cat); err != nil {
		t.Fatal(err)
	}
	return arts, files, cat
}

// TestBuildStories checks what the build writes of stories: the groups of
// testdata/stories (expected.json there, checked in app/ingest), marked
// on every summary of the catalog and of the article list, and a sketch
// per article that the browser can decode and group again.
func TestBuildStories(t *testing.T) {
	arts, files, cat := dataOf(t, "../testdata/stories/articles")
	var ids []string
	for _, s := range cat.Stories {
		ids = append(ids, s.ID)
		if n := len(s.Articles); len(s.Shared) != n*(n-1)/2 || len(s.Resemblance) != n*(n-1)/2 {
			t.Errorf("story %s: %d articles, %d shared and %d resemblance figures", s.ID, n, len(s.Shared), len(s.Resemblance))
		}
	}
	if want := []string{"afp-rhone-cyberattaque-0912", "capital-wire-eu-sanctions"}; !slices.Equal(ids, want) {
		t.Fatalf("catalog stories = %v, want %v", ids, want)
	}
	list, err := site.DecodeSummaries(files[site.ArticlesFile])
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"echo-rhone-urgences": "afp-rhone-cyberattaque-0912", "reuters-eu-cyber-sanctions": "capital-wire-eu-sanctions", "suite-villefranche-reouverture": ""}
	for _, sums := range [][]site.Summary{cat.Articles, list} {
		for _, s := range sums {
			if w, ok := want[s.ID]; ok && s.Story != w {
				t.Errorf("summary %s: story %q, want %q", s.ID, s.Story, w)
			}
		}
	}
	sk, err := story.DecodeSketches(files[site.SketchesFile])
	if err != nil {
		t.Fatal(err)
	}
	if len(sk) != len(arts) {
		t.Fatalf("%d sketches for %d articles", len(sk), len(arts))
	}
	if got := story.Group(sk, story.DefaultParams); len(got) != 2 {
		t.Errorf("the shipped sketches group into %d stories, want 2", len(got))
	}
	for _, c := range handler(sizesOf(files), nil, "/", "test", "", 0).CacheableResources {
		if c == site.SketchesFile {
			t.Errorf("the service worker precaches %s, which only Add articles needs", c)
		}
	}
}

// TestBuildSeedsAreNotVersions: the four seed articles are four stories
// on one subject.
func TestBuildSeedsAreNotVersions(t *testing.T) {
	_, _, cat := dataOf(t, "../testdata/corpus")
	if len(cat.Stories) != 0 {
		t.Errorf("seed corpus: stories %+v, want none", cat.Stories)
	}
}

// TestBuildStoryDiffs checks the differences and matrices the build
// writes for the compare and group views against the hand-written
// expectations of testdata/stories (expected.json, written before any
// code ran): the counts of each pair (read in the order expected.json
// names it, so a pair stored the other way round is swapped), the words
// changed, and the matrix of the seven versions of the dispatch.
func TestBuildStoryDiffs(t *testing.T) {
	arts, files, cat := dataOf(t, "../testdata/stories/articles")
	texts := map[string]*site.Text{}
	for i := range arts {
		x := ingest.Text(&arts[i], nil)
		texts[x.ID] = &x
	}
	stories := map[string]site.StoryDiffs{}
	for n := 0; files[site.StoryDiffsFile(n)] != nil; n++ {
		t.Logf("%s: %d bytes", site.StoryDiffsFile(n), len(files[site.StoryDiffsFile(n)]))
	}
	for _, s := range cat.Stories {
		if s.Diffs == 0 {
			t.Fatalf("story %s has no differences file", s.ID)
		}
		ds, err := site.DecodeStoryDiffs(files[site.StoryDiffsFile(s.Diffs-1)])
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			stories[d.ID] = d
		}
	}
	var exp struct {
		Diffs []struct {
			Left, Right                               string
			Same, Changed, LeftOnly, RightOnly, Moved int
			Headline                                  string
			Changes                                   []struct {
				Starts   string
				Del, Ins []string
			}
			LeftOnlyStarts, RightOnlyStarts []string
		}
		Matrix struct {
			Versions     []string
			Rows         int
			Sentences    []int
			ChangedCells int
			Earliest     []string
		}
	}
	b, err := os.ReadFile("../testdata/stories/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatal(err)
	}
	storyOf := map[string]string{}
	for _, s := range cat.Stories {
		for _, id := range s.Articles {
			storyOf[id] = s.ID
		}
	}
	for _, e := range exp.Diffs {
		st := stories[storyOf[e.Left]]
		p, ok := st.Pair(e.Left, e.Right)
		if !ok {
			t.Errorf("no differences for %s, %s", e.Left, e.Right)
			continue
		}
		want := site.DiffSummary{Same: e.Same, Changed: e.Changed, LeftOnly: e.LeftOnly, RightOnly: e.RightOnly, Moved: e.Moved}
		if got := p.Summary(); got != want {
			t.Errorf("%s vs %s: %+v, want %+v", e.Left, e.Right, got, want)
		}
		if p.Headline.Diff != e.Headline {
			t.Errorf("%s vs %s: headline %s, want %s", e.Left, e.Right, p.Headline.Diff, e.Headline)
		}
		l, r := texts[e.Left], texts[e.Right]
		whole := func(x *site.Text, runs []site.TextRun) string {
			var s strings.Builder
			for _, run := range runs {
				s.WriteString(x.Run(run))
			}
			return s.String()
		}
		changed := func(x *site.Text, runs []site.TextRun) []string {
			var out []string
			for _, run := range runs {
				if run.Changed {
					out = append(out, strings.Fields(x.Run(run))...)
				}
			}
			return out
		}
		var lefts, rights []string
		for k, u := range p.Units {
			switch u.Diff {
			case "changed":
				for _, c := range e.Changes {
					if strings.HasPrefix(whole(l, u.Left), c.Starts) {
						if got := changed(l, u.Left); !slices.Equal(got, c.Del) {
							t.Errorf("%s vs %s unit %d: deleted %q, want %q", e.Left, e.Right, k, got, c.Del)
						}
						if got := changed(r, u.Right); !slices.Equal(got, c.Ins) {
							t.Errorf("%s vs %s unit %d: inserted %q, want %q", e.Left, e.Right, k, got, c.Ins)
						}
					}
				}
			case "left":
				lefts = append(lefts, whole(l, u.Left))
			case "right":
				rights = append(rights, whole(r, u.Right))
			}
		}
		for _, w := range [][2][]string{{e.LeftOnlyStarts, lefts}, {e.RightOnlyStarts, rights}} {
			for i, start := range w[0] {
				if i >= len(w[1]) || !strings.HasPrefix(w[1][i], start) {
					t.Errorf("%s vs %s: sentences on one side %q, want them to start %q", e.Left, e.Right, w[1], w[0])
					break
				}
			}
		}
	}
	m := exp.Matrix
	st := stories[storyOf[m.Versions[0]]]
	if !slices.Equal(st.Articles, m.Versions) {
		t.Fatalf("story versions %v, want %v", st.Articles, m.Versions)
	}
	if len(st.Rows) != m.Rows {
		t.Errorf("matrix has %d rows, want %d", len(st.Rows), m.Rows)
	}
	sentences := make([]int, len(st.Articles))
	changedCells := 0
	for _, r := range st.Rows {
		for v, c := range r.Cells {
			if c != "" {
				sentences[v]++
			}
			if c == "changed" {
				changedCells++
			}
		}
		if texts[st.Articles[r.Version]].Run(r.Text) == "" {
			t.Errorf("row %+v has no text", r)
		}
	}
	if !slices.Equal(sentences, m.Sentences) || changedCells != m.ChangedCells {
		t.Errorf("matrix sentences %v, changed cells %d, want %v, %d", sentences, changedCells, m.Sentences, m.ChangedCells)
	}
	var earliest []string
	for _, e := range st.Earliest {
		earliest = append(earliest, st.Articles[e])
	}
	if !slices.Equal(earliest, m.Earliest) {
		t.Errorf("earliest %v, want %v", earliest, m.Earliest)
	}
	if n := len(st.Pairs); n != 21 {
		t.Errorf("%d pairs stored for 7 versions, want all 21", n)
	}
}

// BenchmarkStoriesStage times the build's stories stage on the synthetic
// corpus of 10,000 articles with versions (build/gencorpus -versions 0.1:
// 1,000 stories of 2 to 5 versions, 500 follow-ups): grouping (findStories)
// and the differences and matrices (storyDiffs), and reports the size of
// the differences files.
//
//	go test ./build -run '^$' -bench StoriesStage -benchtime 1x
func BenchmarkStoriesStage(b *testing.B) {
	gen, _, _, err := synth.WithVersions(10000, 0.1, 1)
	if err != nil {
		b.Fatal(err)
	}
	arts := make([]corpus.Article, len(gen))
	for i, g := range gen {
		arts[i] = corpus.Article{ID: g.ID, Title: g.Title, Paragraphs: g.Paragraphs}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Wall time depends on what else runs on the machine; CPU time
		// (of the whole process, both cores) much less.
		start, cpu0 := time.Now(), cpuTime()
		stories, _ := findStories(arts)
		group, cpu1 := time.Since(start), cpuTime()
		files, err := storyDiffs(arts, stories)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(group.Seconds(), "group-s")
		b.ReportMetric(time.Since(start).Seconds()-group.Seconds(), "diffs-s")
		b.ReportMetric((cpu1 - cpu0).Seconds(), "group-cpu-s")
		b.ReportMetric((cpuTime() - cpu1).Seconds(), "diffs-cpu-s")
		size, zipped, pairs := 0, 0, 0
		for _, f := range files {
			size += len(f)
			var z bytes.Buffer
			w, _ := gzip.NewWriterLevel(&z, 6)
			w.Write(f)
			w.Close()
			zipped += z.Len()
			ds, err := site.DecodeStoryDiffs(f)
			if err != nil {
				b.Fatal(err)
			}
			for _, d := range ds {
				pairs += len(d.Pairs)
			}
		}
		b.ReportMetric(float64(len(stories)), "stories")
		b.ReportMetric(float64(pairs), "pairs")
		b.ReportMetric(float64(len(files)), "files")
		b.ReportMetric(float64(size), "diff-bytes")
		b.ReportMetric(float64(zipped), "diff-gzip-bytes")
	}
}
