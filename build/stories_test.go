package main

import (
	"encoding/json"
	"slices"
	"testing"

	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/site"
	"lecteur/app/story"
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
	if err := json.Unmarshal(files[site.CatalogFile], &cat); err != nil {
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
	for _, c := range handler(files, nil, "/", "test", "").CacheableResources {
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
