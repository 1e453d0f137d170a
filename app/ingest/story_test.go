package ingest

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"lecteur/app/corpus"
	"lecteur/app/site"
	"lecteur/app/story"
)

// storiesExpected is testdata/stories/expected.json, written by hand
// before any code ran on the articles.
type storiesExpected struct {
	Groups [][]string `json:"groups"`
	Alone  []string   `json:"alone"`
	Diffs  []struct {
		Left, Right                               string
		Edit                                      string
		Same, Changed, LeftOnly, RightOnly, Moved int
		MovedIncludes                             []string `json:"movedIncludes"`
		Changes                                   []struct {
			Starts   string
			Del, Ins []string
		}
		LeftOnlyStarts  []string `json:"leftOnlyStarts"`
		RightOnlyStarts []string `json:"rightOnlyStarts"`
		Headline        string
		HeadlineDel     []string `json:"headlineDel"`
		HeadlineIns     []string `json:"headlineIns"`
		HeadlineKept    []string `json:"headlineKept"`
	}
	Matrix struct {
		Versions     []string
		Rows         int
		Sentences    []int
		ChangedCells int `json:"changedCells"`
		Earliest     []string
	}
}

// readStories reads the story test corpus as the build does.
func readStories(t *testing.T) (map[string]*corpus.Article, []site.Summary, []story.Sketch, storiesExpected) {
	t.Helper()
	arts, problems, err := corpus.ReadDir("../../testdata/stories/articles", nil)
	if err != nil || len(problems) > 0 {
		t.Fatalf("ReadDir: %v, problems %v", err, problems)
	}
	byID := map[string]*corpus.Article{}
	sums := make([]site.Summary, len(arts))
	sketches := make([]story.Sketch, len(arts))
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
		sums[i] = Summary(&arts[i])
		sketches[i] = Sketch(&arts[i])
	}
	var want storiesExpected
	data, err := os.ReadFile("../../testdata/stories/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	return byID, sums, sketches, want
}

func TestStoriesHeldOut(t *testing.T) {
	_, sums, sketches, want := readStories(t)
	stories := Stories(sums, sketches)
	var got [][]string
	for _, s := range stories {
		ids := slices.Clone(s.Articles)
		slices.Sort(ids)
		got = append(got, ids)
		t.Logf("story %s: %v shared %v resemblance %v", s.ID, s.Articles, s.Shared, s.Resemblance)
	}
	if !reflect.DeepEqual(got, want.Groups) {
		t.Errorf("Stories = %v\nwant %v", got, want.Groups)
	}
	SetStories(sums, stories)
	for _, s := range sums {
		if slices.Contains(want.Alone, s.ID) && (s.Story != "" || s.Versions != 0) {
			t.Errorf("%s: Story %q Versions %d, want none", s.ID, s.Story, s.Versions)
		}
	}
	for _, g := range want.Groups {
		for _, s := range sums {
			if slices.Contains(g, s.ID) && (s.Story != g[0] || s.Versions != len(g)) {
				t.Errorf("%s: Story %q Versions %d, want %q %d", s.ID, s.Story, s.Versions, g[0], len(g))
			}
		}
	}
}

func TestAlignHeldOut(t *testing.T) {
	byID, _, _, want := readStories(t)
	for _, d := range want.Diffs {
		t.Run(d.Right, func(t *testing.T) {
			l, r := byID[d.Left], byID[d.Right]
			a := story.Align(l.Paragraphs, r.Paragraphs)
			wantSum := story.Summary{Same: d.Same, Changed: d.Changed, LeftOnly: d.LeftOnly, RightOnly: d.RightOnly, Moved: d.Moved}
			if a.Summary != wantSum {
				t.Errorf("Align(%s, %s).Summary = %+v, want %+v (%s)", d.Left, d.Right, a.Summary, wantSum, d.Edit)
			}
			var moved, leftOnly, rightOnly []string
			changed := map[string][2][]string{}
			for _, u := range a.Units {
				switch {
				case u.Diff == story.LeftOnly:
					leftOnly = append(leftOnly, a.Left[u.Left].Text)
				case u.Diff == story.RightOnly:
					rightOnly = append(rightOnly, a.Right[u.Right].Text)
				case u.Diff == story.Changed:
					var del, ins []string
					for _, e := range u.Edits {
						switch e.Op {
						case story.Del:
							del = append(del, strings.Fields(e.Left)...)
						case story.Ins:
							ins = append(ins, strings.Fields(e.Right)...)
						}
					}
					changed[a.Left[u.Left].Text] = [2][]string{del, ins}
				}
				if u.Moved {
					moved = append(moved, a.Left[u.Left].Text)
				}
			}
			for _, c := range d.Changes {
				found := false
				for text, di := range changed {
					if strings.HasPrefix(text, c.Starts) {
						found = true
						if !reflect.DeepEqual(di[0], c.Del) || !reflect.DeepEqual(di[1], c.Ins) {
							t.Errorf("changed sentence %q: deleted %q, inserted %q; want %q, %q", c.Starts, di[0], di[1], c.Del, c.Ins)
						}
					}
				}
				if !found {
					t.Errorf("no changed sentence starting %q", c.Starts)
				}
			}
			startsAll := func(what string, texts, starts []string) {
				for _, s := range starts {
					if !slices.ContainsFunc(texts, func(x string) bool { return strings.HasPrefix(x, s) }) {
						t.Errorf("%s: none starts with %q (have %q)", what, s, texts)
					}
				}
			}
			startsAll("moved", moved, d.MovedIncludes)
			startsAll("left only", leftOnly, d.LeftOnlyStarts)
			startsAll("right only", rightOnly, d.RightOnlyStarts)

			h := story.Headline(l.Title, r.Title)
			if string(h.Diff) != d.Headline {
				t.Errorf("Headline(%q, %q) = %s, want %s", l.Title, r.Title, h.Diff, d.Headline)
			}
			var del, ins, kept []string
			for _, e := range h.Edits {
				switch e.Op {
				case story.Del:
					del = append(del, strings.Fields(e.Left)...)
				case story.Ins:
					ins = append(ins, strings.Fields(e.Right)...)
				case story.Keep:
					kept = append(kept, strings.Fields(e.Left)...)
				}
			}
			if d.HeadlineDel != nil && (!reflect.DeepEqual(del, d.HeadlineDel) || !reflect.DeepEqual(ins, d.HeadlineIns)) {
				t.Errorf("headline: deleted %q, inserted %q; want %q, %q", del, ins, d.HeadlineDel, d.HeadlineIns)
			}
			if d.HeadlineKept != nil && !reflect.DeepEqual(kept, d.HeadlineKept) {
				t.Errorf("headline: kept %q, want %q", kept, d.HeadlineKept)
			}
		})
	}
}

func TestMatrixHeldOut(t *testing.T) {
	byID, _, _, want := readStories(t)
	var versions [][]string
	var dates []string
	for _, id := range want.Matrix.Versions {
		versions = append(versions, byID[id].Paragraphs)
		dates = append(dates, byID[id].Date)
	}
	g := story.Matrix(versions)
	if len(g.Rows) != want.Matrix.Rows {
		t.Errorf("Matrix: %d rows, want %d", len(g.Rows), want.Matrix.Rows)
	}
	var sentences []int
	for _, s := range g.Sentences {
		sentences = append(sentences, len(s))
	}
	if !reflect.DeepEqual(sentences, want.Matrix.Sentences) {
		t.Errorf("Matrix: sentences per version %v, want %v", sentences, want.Matrix.Sentences)
	}
	changed := 0
	for _, r := range g.Rows {
		for _, c := range r.Cells {
			if c.Diff == story.Changed {
				changed++
			}
		}
	}
	if changed != want.Matrix.ChangedCells {
		t.Errorf("Matrix: %d changed cells, want %d", changed, want.Matrix.ChangedCells)
	}
	var earliest []string
	for _, i := range story.Earliest(dates) {
		earliest = append(earliest, want.Matrix.Versions[i])
	}
	if !reflect.DeepEqual(earliest, want.Matrix.Earliest) {
		t.Errorf("Earliest = %v, want %v (dates %v)", earliest, want.Matrix.Earliest, dates)
	}
}

// TestStoriesHeldOutThresholds logs the pairwise precision and recall of
// grouping the story test corpus at a range of thresholds (-v shows them;
// doc.go in app/story quotes them), with the largest Shared of two
// articles that are not versions of one story and the smallest of two
// that are.
func TestStoriesHeldOutThresholds(t *testing.T) {
	_, sums, sketches, want := readStories(t)
	label := map[string]int{}
	for g, ids := range want.Groups {
		for _, id := range ids {
			label[id] = g + 1
		}
	}
	same := func(i, j int) bool { return label[sums[i].ID] != 0 && label[sums[i].ID] == label[sums[j].ID] }
	minPos, maxNeg := 1.0, 0.0
	maxNegPair := ""
	for i := range sketches {
		for j := i + 1; j < len(sketches); j++ {
			c := story.Compare(&sketches[i], &sketches[j]).Containment
			if same(i, j) {
				minPos = min(minPos, c)
			} else if c > maxNeg {
				maxNeg, maxNegPair = c, sums[i].ID+" / "+sums[j].ID
			}
		}
	}
	t.Logf("smallest Shared of two versions %.2f; largest of two other articles %.2f (%s)", minPos, maxNeg, maxNegPair)
	for _, th := range []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9} {
		p := story.DefaultParams
		p.Threshold = th
		tp, pred, act := 0, 0, 0
		for _, g := range story.Group(sketches, p) {
			for a := range g {
				for b := a + 1; b < len(g); b++ {
					pred++
					if same(g[a], g[b]) {
						tp++
					}
				}
			}
		}
		for _, ids := range want.Groups {
			act += len(ids) * (len(ids) - 1) / 2
		}
		t.Logf("| %.1f | %.3f | %.3f | %d of %d predicted pairs right, %d true pairs |", th, float64(tp)/float64(max(pred, 1)), float64(tp)/float64(act), tp, pred, act)
	}
}

func TestStoriesAdded(t *testing.T) {
	_, sums, sketches, _ := readStories(t)
	var pub, add []site.Summary
	var pubSk, addSk []story.Sketch
	for i, s := range sums {
		switch s.ID {
		case "echo-rhone-urgences", "breve-villefranche", "capital-wire-eu-sanctions":
			// Added by a reader under ids that sort before every published
			// one: the published stories must keep theirs.
			s.ID = "0-local-" + s.ID
			add, addSk = append(add, s), append(addSk, sketches[i])
		default:
			pub, pubSk = append(pub, s), append(pubSk, sketches[i])
		}
	}
	published := Stories(pub, pubSk)
	if len(published) != 1 || published[0].ID != "afp-rhone-cyberattaque-0912" || len(published[0].Articles) != 5 {
		t.Fatalf("published stories = %+v, want the Rhône story with 5 versions", published)
	}
	got := StoriesAdded(pub, pubSk, published, add, addSk)
	want := map[string][]string{
		"afp-rhone-cyberattaque-0912": {"0-local-breve-villefranche", "0-local-echo-rhone-urgences", "afp-rhone-cyberattaque-0912", "afp-rhone-cyberattaque-1840", "beaujolais-libre-urgences", "petit-journal-rhone", "sante-info-rhone"},
		// A story of a published and an added article is named after the
		// published one.
		"reuters-eu-cyber-sanctions": {"0-local-capital-wire-eu-sanctions", "reuters-eu-cyber-sanctions"},
	}
	if len(got) != len(want) {
		t.Fatalf("StoriesAdded = %+v, want %d stories", got, len(want))
	}
	for _, s := range got {
		ids := slices.Clone(s.Articles)
		slices.Sort(ids)
		if !reflect.DeepEqual(ids, want[s.ID]) {
			t.Errorf("story %s = %v, want %v", s.ID, ids, want[s.ID])
		}
	}
	if again := StoriesAdded(pub, pubSk, published, nil, nil); !reflect.DeepEqual(again, published) {
		t.Errorf("StoriesAdded with nothing added = %+v, want the published stories", again)
	}
}
