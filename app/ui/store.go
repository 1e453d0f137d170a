package ui

import (
	"encoding/json"
	"fmt"
	"sync"

	"lecteur/app/search"
	"lecteur/app/site"
)

// Store loads the site's data files once and keeps them. In the browser it
// fetches them; at build time the pipeline gives it the files it just wrote,
// so prerendering runs the very same decoding.
type Store struct {
	mu      sync.Mutex
	load    func(path string) ([]byte, error)
	catalog *site.Catalog
	byID    map[string]int
	chunks  map[int]map[string]*site.Text
	index   *search.Index
}

// store is the one Store of the app.
var store = NewStore(func(p string) ([]byte, error) { return fetchBytes(Path(p)) })

// NewStore returns a Store reading data files with load, which takes a
// static path such as site.CatalogFile.
func NewStore(load func(path string) ([]byte, error)) *Store {
	return &Store{load: load, chunks: map[int]map[string]*site.Text{}}
}

// UseStore replaces the app's store; the build calls it before
// prerendering.
func UseStore(s *Store) { store = s }

// Catalog returns the list of articles and entities.
func (s *Store) Catalog() (*site.Catalog, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.catalogLocked()
}

func (s *Store) catalogLocked() (*site.Catalog, error) {
	if s.catalog != nil {
		return s.catalog, nil
	}
	b, err := s.load(site.CatalogFile)
	if err != nil {
		return nil, err
	}
	var c site.Catalog
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("decode %s: %w", site.CatalogFile, err)
	}
	s.byID = make(map[string]int, len(c.Articles))
	for i, a := range c.Articles {
		s.byID[a.ID] = i
	}
	s.catalog = &c
	return s.catalog, nil
}

// Summary returns the summary of article id, or nil when there is none.
func (s *Store) Summary(id string) (*site.Summary, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, err := s.catalogLocked()
	if err != nil {
		return nil, err
	}
	i, ok := s.byID[id]
	if !ok {
		return nil, nil
	}
	return &c.Articles[i], nil
}

// Text returns the full text of article id, loading its chunk if needed;
// nil when there is no such article.
func (s *Store) Text(id string) (*site.Text, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, err := s.catalogLocked()
	if err != nil {
		return nil, err
	}
	i, ok := s.byID[id]
	if !ok {
		return nil, nil
	}
	n := c.Articles[i].Chunk
	texts, ok := s.chunks[n]
	if !ok {
		b, err := s.load(site.ChunkFile(n))
		if err != nil {
			return nil, err
		}
		var list []site.Text
		if err := json.Unmarshal(b, &list); err != nil {
			return nil, fmt.Errorf("decode %s: %w", site.ChunkFile(n), err)
		}
		texts = make(map[string]*site.Text, len(list))
		for j := range list {
			texts[list[j].ID] = &list[j]
		}
		s.chunks[n] = texts
	}
	return texts[id], nil
}

// Entity returns entity id, or nil.
func (s *Store) Entity(id string) (*site.Entity, error) {
	c, err := s.Catalog()
	if err != nil {
		return nil, err
	}
	for i := range c.Entities {
		if c.Entities[i].ID == id {
			return &c.Entities[i], nil
		}
	}
	return nil, nil
}

// Index returns the search index, loading it on first use.
func (s *Store) Index() (*search.Index, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.index != nil {
		return s.index, nil
	}
	b, err := s.load(site.IndexFile)
	if err != nil {
		return nil, err
	}
	ix, err := search.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", site.IndexFile, err)
	}
	s.index = ix
	return ix, nil
}

// LoadedText returns the text of article id only if its chunk is already
// loaded, so a keystroke never waits for the network.
func (s *Store) LoadedText(id string) *site.Text {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.catalog == nil {
		return nil
	}
	i, ok := s.byID[id]
	if !ok {
		return nil
	}
	return s.chunks[s.catalog.Articles[i].Chunk][id]
}
