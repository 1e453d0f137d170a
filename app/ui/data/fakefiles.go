//go:build !js

package data

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"strings"
	"sync"

	"lecteur/app/search"
	"lecteur/app/site"
)

// FakeFiles is a Loader's stand-in for tests: the data files of a small on-demand site, two articles to
// a text chunk and small index shards, served from memory; it counts
// each file's loads.
type FakeFiles struct {
	mu    sync.Mutex
	Files map[string][]byte
	loads map[string]int
}

// NewFakeFiles makes the data files of six articles, every one naming
// "Mnuchin", so a search for it needs every shard and chunk.
func NewFakeFiles() *FakeFiles {
	f := &FakeFiles{Files: map[string][]byte{}, loads: map[string]int{}}
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
	f.Files[site.ArticlesFile] = site.EncodeSummaries(sums)
	f.Put(site.CatalogFile, site.Catalog{Articles: sums})
	f.Files[site.FacetsFile] = site.EncodeFacets(&site.Catalog{Articles: sums})
	for n, texts := range chunks {
		f.Put(site.ChunkFile(n), texts)
	}
	meta, shards := search.Build(docs).EncodeShards(60)
	if len(shards) < 3 {
		panic(fmt.Sprintf("EncodeShards made %d shards, want several", len(shards)))
	}
	f.Files[site.IndexMetaFile] = meta
	for n, b := range shards {
		f.Files[site.IndexShardFile(n)] = b
	}
	return f
}

// IsShard says whether data file p is an index shard.
func IsShard(p string) bool {
	return strings.HasPrefix(path.Base(p), "index-") && p != site.IndexMetaFile
}

func (f *FakeFiles) Put(name string, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	f.Files[name] = b
}

func (f *FakeFiles) Load(p string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.loads[p]++
	b, ok := f.Files[p]
	if !ok {
		return nil, fmt.Errorf("%s: %w", p, os.ErrNotExist)
	}
	return b, nil
}

// asked returns how many times any file was loaded, and the files loaded
// more than once.
func (f *FakeFiles) Asked() (total int, again []string) {
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
