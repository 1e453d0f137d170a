//go:build !js

package data

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/site"
	"lecteur/app/story"
)

// storiesDir is the story test corpus (testdata/stories, whose
// expected.json was written by hand before any code ran on it).
const storiesDir = "../../../testdata/stories/articles"

// publishedStories builds a published site's data files, as the build
// writes them, of the story corpus without the files withheld, and
// returns a Store over them.
func publishedStories(t *testing.T, withheld ...string) *Store {
	t.Helper()
	arts, _, err := corpus.ReadDir(storiesDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	var sums []site.Summary
	var texts []site.Text
	var sketches []story.Sketch
	for i := range arts {
		if slices.Contains(withheld, arts[i].ID) {
			continue
		}
		sums = append(sums, ingest.Summary(&arts[i]))
		texts = append(texts, ingest.Text(&arts[i], nil))
		sketches = append(sketches, ingest.Sketch(&arts[i]))
	}
	stories := ingest.Stories(sums, sketches)
	ingest.SetStories(sums, stories)
	files := map[string][]byte{site.SketchesFile: story.EncodeSketches(sketches), site.ArticlesFile: site.EncodeSummaries(sums)}
	for name, v := range map[string]any{
		site.CatalogFile:  site.Catalog{Articles: sums, Stories: stories},
		site.ChunkFile(0): texts,
	} {
		if files[name], err = json.Marshal(v); err != nil {
			t.Fatal(err)
		}
	}
	load := func(p string) ([]byte, error) {
		if b, ok := files[p]; ok {
			return b, nil
		}
		return nil, fmt.Errorf("no file %s", p)
	}
	return New(Sources{Load: load, DB: NewMemoryDB(), Reader: InProcessReader{}})
}

// TestLocalStories adds two files of the story corpus as the reader's
// own articles to a site published without them: the version of the
// dispatch with one word changed joins the dispatch's published story,
// and the second outlet's EU story makes a new story with the published
// Reuters one. The groups are expected.json's; the differences and the
// matrix, worked out by the worker, too.
func TestLocalStories(t *testing.T) {
	s := publishedStories(t, "petit-journal-rhone", "capital-wire-eu-sanctions")
	for _, name := range []string{"petit-journal-rhone.txt", "capital-wire-eu-sanctions.txt"} {
		if _, err := s.Local().Add(fileOf(t, name, filepath.Join(storiesDir, name))); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Local().Commit(); err != nil {
		t.Fatal(err)
	}
	cat, err := s.Catalog()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, st := range cat.Stories {
		got[st.ID] = fmt.Sprint(st.Articles)
	}
	want := map[string]string{
		"afp-rhone-cyberattaque-0912": "[afp-rhone-cyberattaque-0912 afp-rhone-cyberattaque-1840 beaujolais-libre-urgences breve-villefranche echo-rhone-urgences sante-info-rhone ~local/petit-journal-rhone]",
		"reuters-eu-cyber-sanctions":  "[reuters-eu-cyber-sanctions ~local/capital-wire-eu-sanctions]",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("stories with the reader's articles:\n got %v\nwant %v", got, want)
	}
	for _, a := range cat.Articles {
		if a.ID == "~local/petit-journal-rhone" && (a.Story != "afp-rhone-cyberattaque-0912" || a.Versions != 7) {
			t.Errorf("local version's summary: story %q, %d versions; want afp-rhone-cyberattaque-0912, 7", a.Story, a.Versions)
		}
	}

	// The differences of the dispatch and the local version (not aligned
	// by the build): 16 sentences the same, one changed, "quarantaine"
	// for "cinquantaine" (expected.json).
	l, err := s.Text("afp-rhone-cyberattaque-0912")
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Text("~local/petit-journal-rhone")
	if err != nil || r == nil {
		t.Fatalf("local text: %v, %v", r, err)
	}
	d, err := s.Diff(l, r)
	if err != nil {
		t.Fatal(err)
	}
	if sum := d.Summary(); sum != (site.DiffSummary{Same: 16, Changed: 1}) {
		t.Errorf("Diff(dispatch, local version) = %+v, want 16 same, 1 changed", sum)
	}
	for _, u := range d.Units {
		if u.Diff != "changed" {
			continue
		}
		var del, ins []string
		for _, x := range u.Left {
			if x.Changed {
				del = append(del, strings.TrimSpace(l.Run(x)))
			}
		}
		for _, x := range u.Right {
			if x.Changed {
				ins = append(ins, strings.TrimSpace(r.Run(x)))
			}
		}
		if fmt.Sprint(del, ins) != "[quarantaine] [cinquantaine]" {
			t.Errorf("changed words %q → %q, want quarantaine → cinquantaine", del, ins)
		}
	}

	// The group view's matrix of the story the local version joined: 23
	// sentences, 2 cells changed, as with every version published.
	st, err := s.Story("afp-rhone-cyberattaque-0912")
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.StoryDiffs(st)
	if err != nil || m == nil {
		t.Fatalf("StoryDiffs: %v, %v", m, err)
	}
	changed := 0
	for _, row := range m.Rows {
		for _, c := range row.Cells {
			if c == "changed" {
				changed++
			}
		}
	}
	if len(m.Rows) != 23 || changed != 2 || !slices.Equal(m.Articles, st.Articles) {
		t.Errorf("matrix: %d rows, %d changed cells, versions %v; want 23, 2, %v", len(m.Rows), changed, m.Articles, st.Articles)
	}
}
