package data

import (
	"sort"
	"sync"
)

// memArticles is the ArticleDB outside the browser: a map, empty at
// start, so the build's prerendering never shows local articles.
type memArticles struct {
	mu   sync.Mutex
	docs map[string]StoredDoc
}

// NewMemoryDB returns an empty ArticleDB in memory.
func NewMemoryDB() ArticleDB { return &memArticles{docs: map[string]StoredDoc{}} }

func (m *memArticles) Load() ([]StoredDoc, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]StoredDoc, 0, len(m.docs))
	for _, d := range m.docs {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out, nil
}

func (m *memArticles) Add(d StoredDoc, base string) (StoredDoc, string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, o := range m.docs {
		if d.Fingerprint != "" && o.Fingerprint == d.Fingerprint {
			return d, o.Path, nil
		}
		if o.Seq >= d.Seq {
			d.Seq = o.Seq + 1
		}
	}
	if d.Seq == 0 {
		d.Seq = 1
	}
	d.ID = FreeID(base, func(id string) bool { _, ok := m.docs[id]; return ok })
	m.docs[d.ID] = d
	return d, "", nil
}

func (m *memArticles) Remove(id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.docs, id)
	return nil
}

func (m *memArticles) Clear() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	clear(m.docs)
	return nil
}
