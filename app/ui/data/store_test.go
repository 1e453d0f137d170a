//go:build !js

package data

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"lecteur/app/site"
)

// files is a loader over data files in memory that counts its loads.
type files struct {
	mu    sync.Mutex
	data  map[string][]byte
	loads map[string]int
}

func (f *files) load(p string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.loads[p]++
	b, ok := f.data[p]
	if !ok {
		return nil, errors.New("no file " + p)
	}
	return b, nil
}

func jsonOf(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestStoreLoadsOnce: each data file is loaded once, whoever asks; a file
// that fails keeps its error and is not asked for again; an article the
// list names but its chunk lacks is an error naming both.
func TestStoreLoadsOnce(t *testing.T) {
	f := &files{loads: map[string]int{}, data: map[string][]byte{
		site.ArticlesFile: site.EncodeSummaries([]site.Summary{
			{ID: "a", Title: "A", Chunk: 0},
			{ID: "b", Title: "B", Chunk: 0},
			{ID: "c", Title: "C", Chunk: 1}, // chunk 1 is missing
			{ID: "d", Title: "D", Chunk: 0}, // not in chunk 0
		}),
		site.ChunkFile(0): jsonOf(t, []site.Text{{ID: "a", Title: "A", Paragraphs: []string{"alpha"}}, {ID: "b", Title: "B"}}),
	}}
	s := New(Sources{Load: f.load, DB: NewMemoryDB(), Reader: InProcessReader{}})

	if err := Parallel(8, func(i int) error {
		_, err := s.Text([]string{"a", "b"}[i%2])
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if got := s.LoadedText("a"); got == nil || got.Paragraphs[0] != "alpha" {
		t.Errorf("LoadedText(a) = %+v, want the loaded text", got)
	}
	if sum, err := s.Summary("zz"); sum != nil || err != nil {
		t.Errorf("Summary(zz) = %v, %v; want nil, nil", sum, err)
	}
	for i := 0; i < 3; i++ {
		if _, err := s.Text("c"); err == nil || !strings.Contains(err.Error(), "text-001.json.gz") {
			t.Errorf("Text(c) error = %v, want the missing chunk named", err)
		}
	}
	if _, err := s.Text("d"); err == nil || !strings.Contains(err.Error(), "text-000.json.gz") || !strings.Contains(err.Error(), "article d") {
		t.Errorf("Text(d) error = %v, want the chunk and the article named", err)
	}
	if s.LoadedText("c") != nil {
		t.Errorf("LoadedText(c) is not nil for a chunk that failed")
	}
	for _, p := range []string{site.ArticlesFile, site.ChunkFile(0), site.ChunkFile(1)} {
		if f.loads[p] != 1 {
			t.Errorf("%s loaded %d times, want once", p, f.loads[p])
		}
	}
}

// TestStoreDrop: a dropped file is no longer held and is loaded again on
// its next use; the files kept are not.
func TestStoreDrop(t *testing.T) {
	f := &files{loads: map[string]int{}, data: map[string][]byte{
		site.ArticlesFile: site.EncodeSummaries([]site.Summary{{ID: "a", Title: "A", Chunk: 0}}),
		site.ChunkFile(0): jsonOf(t, []site.Text{{ID: "a", Title: "A", Paragraphs: []string{"alpha"}}}),
	}}
	s := New(Sources{Load: f.load, DB: NewMemoryDB(), Reader: InProcessReader{}})
	if _, err := s.Text("a"); err != nil {
		t.Fatal(err)
	}
	s.Drop(site.ChunkFile(0))
	if got := s.LoadedText("a"); got != nil {
		t.Errorf("LoadedText(a) after Drop = %+v, want nil", got)
	}
	if got, err := s.Text("a"); err != nil || got.Paragraphs[0] != "alpha" {
		t.Errorf("Text(a) after Drop = %+v, %v; want the text again", got, err)
	}
	if f.loads[site.ChunkFile(0)] != 2 || f.loads[site.ArticlesFile] != 1 {
		t.Errorf("loads %v, want the chunk twice and the article list once", f.loads)
	}
}

// TestStoreFacets: the facet table is looked up by article id through
// the article list it is ordered by, without the catalog; a table of
// another article list is an error naming the file.
func TestStoreFacets(t *testing.T) {
	sums := []site.Summary{{ID: "a", Title: "A"}, {ID: "b", Title: "B"}}
	cat := &site.Catalog{Articles: sums, Entities: []site.Entity{
		{ID: "per-ada", Name: "Ada", Type: "PER", Articles: []string{"b"}, Mentions: 2},
	}}
	f := &files{loads: map[string]int{}, data: map[string][]byte{
		site.ArticlesFile: site.EncodeSummaries(sums),
		site.FacetsFile:   site.EncodeFacets(cat),
	}}
	s := New(Sources{Load: f.load, DB: NewMemoryDB(), Reader: InProcessReader{}})
	if s.LoadedFacets() != nil {
		t.Fatal("LoadedFacets before any load is not nil")
	}
	if err := s.LoadFacets(); err != nil {
		t.Fatal(err)
	}
	fs := s.LoadedFacets()
	if fs == nil {
		t.Fatal("LoadedFacets after LoadFacets is nil")
	}
	for id, want := range map[string]int{"a": 0, "b": 1, "local:x": 0} {
		if got := fs.OfArticle(nil, id); len(got) != want {
			t.Errorf("OfArticle(%q) = %v, want %d entities", id, got, want)
		}
	}
	if e := fs.Entity(fs.OfArticle(nil, "b")[0]); e.ID != "per-ada" {
		t.Errorf("entity of b = %+v, want per-ada", e)
	}
	if f.loads[site.CatalogFile] != 0 {
		t.Errorf("the catalog was loaded %d times, want never", f.loads[site.CatalogFile])
	}

	f.data[site.ArticlesFile] = site.EncodeSummaries(sums[:1])
	s = New(Sources{Load: f.load, DB: NewMemoryDB(), Reader: InProcessReader{}})
	if _, err := s.Facets(); err == nil || !strings.Contains(err.Error(), "facets.bin.gz") {
		t.Errorf("Facets of another article list: error %v, want one naming the file", err)
	}
}
