//go:build !js

package ui

import (
	"encoding/json"
	"sort"
	"sync"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ingest"
	"lecteur/app/ingest/message"
)

// Outside the browser (the build's prerendering, tests) there is no
// IndexedDB and no file: nothing is stored, nothing is read from the
// page; the library only holds what a test adds.

func logLocal(format string, args ...any)                           {}
func inputFiles(input app.Value) []localFile                        { return nil }
func listenDrops(got func([]localFile), dragging func(bool)) func() { return func() {} }
func download(name, mime string, data []byte) string                { return "" }

// memArticles is the localStore outside the browser: a map, empty at
// start, so the build's prerendering never shows local articles.
type memArticles struct {
	mu   sync.Mutex
	docs map[string]storedDoc
}

func newLocalStore() localStore { return &memArticles{docs: map[string]storedDoc{}} }

func (m *memArticles) load() ([]storedDoc, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]storedDoc, 0, len(m.docs))
	for _, d := range m.docs {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out, nil
}

func (m *memArticles) add(d storedDoc, base string) (storedDoc, string, error) {
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
	d.ID = freeID(base, func(id string) bool { _, ok := m.docs[id]; return ok })
	m.docs[d.ID] = d
	return d, "", nil
}

func (m *memArticles) remove(id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.docs, id)
	return nil
}

func (m *memArticles) clear() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	clear(m.docs)
	return nil
}

// ingestReady has nothing to start: ingestCall runs package ingest here.
func ingestReady() error { return nil }

// ingestCall answers req as the worker would, with the same function
// (ingest.ServeJSON) and through the same JSON, so tests of the library
// test the browser's path. This file is not in the browser's wasm, which
// thus never holds package ingest.
func ingestCall(req message.Request, data []byte) (message.Response, error) {
	b, err := json.Marshal(req)
	if err != nil {
		return message.Response{}, err
	}
	var resp message.Response
	err = json.Unmarshal(ingest.ServeJSON(b, data), &resp)
	return resp, err
}
