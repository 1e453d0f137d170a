package ui

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/search"
	"lecteur/app/site"
)

// fakeData is the data files of a small on-demand site, two articles to
// a text chunk and small index shards, served from memory; it counts
// each file's loads.
type fakeData struct {
	mu    sync.Mutex
	files map[string][]byte
	loads map[string]int
}

// newFakeData makes the data files of six articles, every one naming
// "Mnuchin", so a search for it needs every shard and chunk.
func newFakeData(t *testing.T) *fakeData {
	t.Helper()
	f := &fakeData{files: map[string][]byte{}, loads: map[string]int{}}
	var sums []site.Summary
	var docs []search.Doc
	chunks := map[int][]site.Text{}
	for i := 0; i < 6; i++ {
		id := fmt.Sprintf("a%d", i)
		para := fmt.Sprintf("Steven Mnuchin parle du sujet numéro %d, avec le mot%d et le terme%d.", i, i, i)
		sums = append(sums, site.Summary{ID: id, Title: "Article " + id, Chunk: i / 2})
		docs = append(docs, search.Doc{ID: id, Title: "Article " + id, Paragraphs: []string{para}})
		chunks[i/2] = append(chunks[i/2], site.Text{ID: id, Title: "Article " + id, Paragraphs: []string{para}})
	}
	f.put(site.ArticlesFile, sums)
	f.put(site.CatalogFile, site.Catalog{Articles: sums})
	for n, texts := range chunks {
		f.put(site.ChunkFile(n), texts)
	}
	meta, shards := search.Build(docs).EncodeShards(60)
	if len(shards) < 3 {
		t.Fatalf("EncodeShards made %d shards, want several", len(shards))
	}
	f.files[site.IndexMetaFile] = meta
	for n, b := range shards {
		f.files[site.IndexShardFile(n)] = b
	}
	return f
}

// isShard says whether data file p is an index shard.
func isShard(p string) bool {
	return strings.HasPrefix(path.Base(p), "index-") && p != site.IndexMetaFile
}

func (f *fakeData) put(name string, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	f.files[name] = b
}

func (f *fakeData) load(p string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.loads[p]++
	b, ok := f.files[p]
	if !ok {
		return nil, fmt.Errorf("%s: %w", p, os.ErrNotExist)
	}
	return b, nil
}

// asked returns how many times any file was loaded, and the files loaded
// more than once.
func (f *fakeData) asked() (total int, again []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for p, n := range f.loads {
		total += n
		if n > 1 {
			again = append(again, p)
		}
	}
	return total, again
}

// TestStoreSearchLoadsShardsOnce searches a sharded index: the store
// loads the shards the query needs, once, and searches again once.
func TestStoreSearchLoadsShardsOnce(t *testing.T) {
	data := newFakeData(t)
	s := NewStore(data.load)
	res, err := s.Search("mnuchin", 10)
	if err != nil || len(res.Missing) > 0 || len(res.Hits) != 6 {
		t.Fatalf("Search(mnuchin) = %d hits, missing %v, %v; want 6, none, nil", len(res.Hits), res.Missing, err)
	}
	if _, again := data.asked(); len(again) > 0 {
		t.Errorf("files loaded more than once: %q", again)
	}
}

// TestStoreNeverRetriesForever serves data files that disagree, as when a
// new build is published under an open tab: a shard of another build, a
// chunk without the text the article list puts there, a file gone. Each
// call answers with an error naming the file, loads each file at most
// once, and asking again loads nothing more. (The search page once asked
// forever for a text its chunk did not hold.)
func TestStoreNeverRetriesForever(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(f *fakeData)
		call  func(s *Store) error
		want  string // in the error
	}{
		{
			name: "shard of another build",
			spoil: func(f *fakeData) {
				for p, b := range f.files {
					if isShard(p) {
						f.files[p] = append(append([]byte(nil), b...), 0, 0, 0)
					}
				}
			},
			call: func(s *Store) error { _, err := s.Search("mnuchin", 10); return err },
			want: "a file from another build",
		},
		{
			name: "shard gone",
			spoil: func(f *fakeData) {
				for p := range f.files {
					if isShard(p) {
						delete(f.files, p)
					}
				}
			},
			call: func(s *Store) error { _, err := s.Search("mnuchin", 10); return err },
			want: "file does not exist",
		},
		{
			name: "text not in its chunk",
			spoil: func(f *fakeData) {
				f.put(site.ChunkFile(1), []site.Text{{ID: "a2", Title: "Article a2"}})
			},
			call: func(s *Store) error { return s.LoadTexts([]string{"a0", "a2", "a3"}) },
			want: "a3",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := newFakeData(t)
			tt.spoil(data)
			s := NewStore(data.load)
			err := tt.call(s)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("first call: %v, want an error with %q", err, tt.want)
			}
			first, again := data.asked()
			if len(again) > 0 {
				t.Errorf("files loaded more than once: %q", again)
			}
			if err2 := tt.call(s); err2 == nil || err2.Error() != err.Error() {
				t.Errorf("second call: %v, want the same error %v", err2, err)
			}
			if total, _ := data.asked(); total != first {
				t.Errorf("asking again loaded %d more files, want none", total-first)
			}
		})
	}
}

// TestSearchPageStopsOnBadData runs the search page on data files that
// disagree, as an old tab does after a new build: it shows an error, asks
// each file at most once, and stops (it once ran again and again while a
// result's text was missing from its chunk). A page that never stops
// keeps Consume from returning: one that loads files again is stopped
// after 100 loads, one that runs on cached files by the test's timeout.
func TestSearchPageStopsOnBadData(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(f *fakeData)
		want  string
	}{
		{"text not in its chunk", func(f *fakeData) { f.put(site.ChunkFile(1), []site.Text{{ID: "a2", Title: "Article a2"}}) }, "a3"},
		{"shard of another build", func(f *fakeData) {
			for p, b := range f.files {
				if isShard(p) {
					f.files[p] = append(append([]byte(nil), b...), 0)
				}
			}
		}, "a file from another build"},
		{"good data", func(f *fakeData) {}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := newFakeData(t)
			tt.spoil(data)
			runaway := make(chan struct{})
			var once sync.Once
			load := func(p string) ([]byte, error) {
				if total, _ := data.asked(); total >= 100 {
					once.Do(func() { close(runaway) })
					<-make(chan struct{}) // park the runaway loop
				}
				return data.load(p)
			}
			old := store
			UseStore(NewStore(load))
			t.Cleanup(func() { UseStore(old) })

			page := &SearchPage{}
			d := app.NewClientTester(page)
			defer d.Close()
			u, _ := url.Parse("https://test.go-app.dev/search?q=mnuchin")
			d.Nav(u)
			done := make(chan struct{})
			go func() { d.Consume(); close(done) }()
			select {
			case <-done:
			case <-runaway:
				t.Fatalf("the page loaded data files 100 times and goes on")
			}
			if _, again := data.asked(); len(again) > 0 {
				t.Errorf("files loaded more than once: %q", again)
			}
			switch {
			case tt.want == "" && (page.err != nil || len(page.items) != 6):
				t.Errorf("good data: %d results, error %v; want 6, none", len(page.items), page.err)
			case tt.want != "" && (page.err == nil || !strings.Contains(page.err.Error(), tt.want)):
				t.Errorf("page error %v, want one with %q", page.err, tt.want)
			}
		})
	}
}
