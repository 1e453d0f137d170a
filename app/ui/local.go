package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"lecteur/app/ingest/message"
	"lecteur/app/search"
	"lecteur/app/site"
)

// localPrefix starts the id of every article a reader adds in the browser.
// Published ids come from file paths in the corpus folder and never clash
// with it unless the corpus has a "local" folder; the build could refuse
// one, but ids stay unique anyway because the library checks.
const localPrefix = "local/"

// isLocal says whether article id was added by the reader in this browser.
func isLocal(id string) bool { return strings.HasPrefix(id, localPrefix) }

// localLibrary holds the articles the reader added in this browser. They
// are read by the ingestion worker (app/ingestworker, with the build's own
// package ingest; ask sends it a message), kept in IndexedDB (local_js.go),
// and shown next to the published corpus: Store.Catalog merges them in
// (withLocal), Store.Summary and Store.Text find them (localSummary,
// localText), and the search page adds the hits of a small index over
// them (withLocalHits). The page never decodes an article itself: it keeps
// the worker's JSON of it and the summaries, texts, entities and index the
// worker makes of them.
type localLibrary struct {
	mu       sync.Mutex
	loaded   bool
	docs     []localDoc // in the order they were added
	byID     map[string]int
	sums     []site.Summary
	texts    []site.Text   // marks to entities, linked among the local articles
	entities []site.Entity // the local articles' entities
	index    *search.Index
	gen      int   // changes whenever docs change
	err      error // why the last link failed, if it did

	// The merge with the published catalog, for mergedFrom at mergedGen.
	mergedFrom  *site.Catalog
	mergedGen   int
	merged      *site.Catalog
	mergedTexts map[string]*site.Text
}

// localDoc is one local article as the page keeps it.
type localDoc struct {
	raw   json.RawMessage // the worker's JSON of its ingest.Doc
	seq   int             // its order key in IndexedDB
	id    string
	path  string // the name it was read under
	print string // its ingest.Fingerprint, to refuse a file twice
}

// library is the app's one local library.
var library = &localLibrary{}

// storedDoc is one local article as IndexedDB keeps it; Doc is the JSON
// of an ingest.Doc, as the worker wrote it.
type storedDoc struct {
	ID  string          `json:"id"`
	Seq int             `json:"seq"`
	Doc json.RawMessage `json:"doc"`
}

// ask sends one request to the ingestion worker and waits for its answer
// (ingestCall: the Web Worker in the browser, package ingest itself
// outside); the answer's Error becomes the error.
func ask(req message.Request, data []byte) (message.Response, error) {
	resp, err := ingestCall(req, data)
	if err != nil {
		return message.Response{}, err
	}
	if resp.Error != "" {
		return message.Response{}, errors.New(resp.Error)
	}
	return resp, nil
}

// ensureLoaded reads the stored articles once; it blocks on IndexedDB and
// on the worker, so it runs in ctx.Async like every data load. Outside
// the browser there is nothing stored.
func (l *localLibrary) ensureLoaded() {
	if l.loaded {
		return
	}
	l.loaded = true
	stored, err := idbLoad()
	if err != nil {
		logLocal("read stored articles: %v", err)
	}
	sort.Slice(stored, func(i, j int) bool { return stored[i].Seq < stored[j].Seq })
	for _, s := range stored {
		l.docs = append(l.docs, localDoc{raw: s.Doc, seq: s.Seq, id: s.ID})
	}
	l.relinkLocked()
}

// relinkLocked has the worker link the local articles among themselves
// and index them; the merge with the published catalog is redone on next
// use. When the worker fails, the local articles stay hidden and l.err
// says why.
func (l *localLibrary) relinkLocked() {
	l.gen++
	l.byID = make(map[string]int, len(l.docs))
	l.sums, l.texts, l.entities, l.index, l.err = nil, nil, nil, nil, nil
	if len(l.docs) == 0 {
		return
	}
	raws := make([]json.RawMessage, len(l.docs))
	for i := range l.docs {
		raws[i] = l.docs[i].raw
	}
	resp, err := ask(message.Request{Op: message.Link, Docs: raws}, nil)
	if err == nil && len(resp.Articles) != len(l.docs) {
		err = fmt.Errorf("the worker linked %d articles of %d", len(resp.Articles), len(l.docs))
	}
	var ix *search.Index
	if err == nil {
		ix, err = search.Decode(resp.Index)
	}
	if err != nil {
		l.err = fmt.Errorf("read your articles: %w", err)
		logLocal("%v", l.err)
		return
	}
	l.sums = make([]site.Summary, len(l.docs))
	l.texts = make([]site.Text, len(l.docs))
	for i, a := range resp.Articles {
		d := &l.docs[i]
		d.id, d.path, d.print = a.Summary.ID, a.Path, a.Fingerprint
		l.byID[d.id] = i
		l.sums[i] = a.Summary
		l.sums[i].Chunk = -1
		l.texts[i] = a.Text
	}
	l.entities = resp.Entities
	l.index = ix
}

// mergedLocked is pub with the local articles first and the entities
// merged by the worker (ingest.Merge); texts get marks that point to the
// merged ids. When the worker fails, it is pub.
func (l *localLibrary) mergedLocked(pub *site.Catalog) *site.Catalog {
	if len(l.sums) == 0 || pub == nil {
		return pub
	}
	if l.mergedFrom == pub && l.mergedGen == l.gen {
		return l.merged
	}
	resp, err := ask(message.Request{Op: message.Merge, Published: pub.Entities, Local: l.entities}, nil)
	if err != nil {
		logLocal("merge your articles' entities: %v", err)
		return pub
	}
	arts := make([]site.Summary, 0, len(l.sums)+len(pub.Articles))
	arts = append(append(arts, l.sums...), pub.Articles...)
	l.mergedTexts = make(map[string]*site.Text, len(l.texts))
	for i := range l.texts {
		t := l.texts[i]
		t.Marks = site.RenameMarks(t.Marks, resp.Rename)
		l.mergedTexts[t.ID] = &t
	}
	l.merged = &site.Catalog{Articles: arts, Entities: resp.Entities}
	l.mergedFrom, l.mergedGen = pub, l.gen
	return l.merged
}

// withLocal returns the published catalog with the reader's articles and
// their entities added; pub itself when there are none (always at build
// time, so prerendered pages never change).
func withLocal(pub *site.Catalog) *site.Catalog {
	l := library
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ensureLoaded()
	return l.mergedLocked(pub)
}

// localSummary returns the summary of local article id, or nil. It is
// Store.Summary for ids under localPrefix.
func (s *Store) localSummary(id string) (*site.Summary, error) {
	if _, err := s.Catalog(); err != nil {
		return nil, err
	}
	l := library
	l.mu.Lock()
	defer l.mu.Unlock()
	if i, ok := l.byID[id]; ok {
		return &l.sums[i], nil
	}
	return nil, nil
}

// localText returns the text of local article id, its marks pointing to
// the entities of the merged catalog, or nil. It is Store.Text (and
// LoadedText) for ids under localPrefix.
func (s *Store) localText(id string) (*site.Text, error) {
	if _, err := s.Catalog(); err != nil {
		return nil, err
	}
	l := library
	l.mu.Lock()
	defer l.mu.Unlock()
	i, ok := l.byID[id]
	if !ok {
		return nil, nil
	}
	if l.mergedGen == l.gen && l.mergedTexts[id] != nil {
		return l.mergedTexts[id], nil
	}
	t := l.texts[i]
	return &t, nil
}

// withLocalHits adds to r, the published index's answer to query, the hits
// of the local index, merged by score, at most limit in all (no limit when
// limit <= 0).
func withLocalHits(r search.Result, query string, limit int) search.Result {
	l := library
	l.mu.Lock()
	ix := l.index
	l.mu.Unlock()
	if ix == nil {
		return r
	}
	lr := ix.Search(query, limit)
	if lr.Total == 0 {
		return r
	}
	if r.Total == 0 {
		r.Suggestions = lr.Suggestions
	}
	hits := make([]search.Hit, 0, len(r.Hits)+len(lr.Hits))
	hits = append(append(hits, r.Hits...), lr.Hits...)
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	r.Hits = hits
	r.Total += lr.Total
	return r
}

// localArticles lists the local articles, in the order they were added,
// or says why they cannot be read.
func localArticles() ([]site.Summary, error) {
	l := library
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ensureLoaded()
	return append([]site.Summary(nil), l.sums...), l.err
}

// localFile is one file the reader gave, not read yet: from the file
// picker, a drop, or the text they pasted.
type localFile struct {
	name string
	size int64
	read func() ([]byte, error)
}

// add has the worker read one file (ingest.Check, then ingest.File) and
// stores it; it does not relink (call commit after a batch). The error
// names no file: the page does.
func (l *localLibrary) add(f localFile) (string, error) {
	if _, err := ask(message.Request{Op: message.Check, Name: f.name, Size: f.size}, nil); err != nil {
		return "", err
	}
	data, err := f.read()
	if err != nil {
		return "", fmt.Errorf("cannot read: %w", err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ensureLoaded()
	taken := make([]string, len(l.docs))
	seq := 1
	for i := range l.docs {
		taken[i] = l.docs[i].id
		if l.docs[i].seq >= seq {
			seq = l.docs[i].seq + 1
		}
	}
	name := strings.ReplaceAll(f.name, "/", "-")
	resp, err := ask(message.Request{Op: message.Read, Name: localPrefix + name, Taken: taken}, data)
	if err != nil {
		return "", err
	}
	if resp.Article == nil {
		return "", errors.New("the worker read no article")
	}
	a := resp.Article
	for i := range l.docs {
		if l.docs[i].print == a.Fingerprint {
			return "", fmt.Errorf("same text as %s", strings.TrimPrefix(l.docs[i].path, localPrefix))
		}
	}
	id := a.Summary.ID
	b, err := json.Marshal(storedDoc{ID: id, Seq: seq, Doc: resp.Doc})
	if err != nil {
		return "", err
	}
	if err := idbPut(id, b); err != nil {
		return "", fmt.Errorf("cannot store in the browser: %w", err)
	}
	// Seen on the next commit: byID, sums and marks stay as they were.
	l.docs = append(l.docs, localDoc{raw: resp.Doc, seq: seq, id: id, path: a.Path, print: a.Fingerprint})
	return id, nil
}

// commit makes the articles added since the last commit visible: linked,
// indexed, merged on next use.
func (l *localLibrary) commit() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.relinkLocked()
}

// remove forgets local article id, or every one when id is "".
func (l *localLibrary) remove(id string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ensureLoaded()
	if id == "" {
		if err := idbClear(); err != nil {
			return err
		}
		l.docs = nil
		l.relinkLocked()
		return nil
	}
	i := -1
	for j := range l.docs {
		if l.docs[j].id == id {
			i = j
		}
	}
	if i < 0 {
		return nil
	}
	if err := idbDelete(id); err != nil {
		return err
	}
	l.docs = append(l.docs[:i:i], l.docs[i+1:]...)
	l.relinkLocked()
	return nil
}

// textOf returns the text of local article id as linked among the
// local articles only, for export; nil if there is none.
func (l *localLibrary) textOf(id string) *site.Text {
	l.mu.Lock()
	defer l.mu.Unlock()
	i, ok := l.byID[id]
	if !ok {
		return nil
	}
	t := l.texts[i]
	return &t
}

// searchWithLocal is ix.Search with the reader's own articles: the place
// to search the whole corpus from a view.
func searchWithLocal(ix *search.Index, query string, limit int) search.Result {
	return withLocalHits(ix.Search(query, limit), query, limit)
}
