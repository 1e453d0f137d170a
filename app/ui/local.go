package ui

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"lecteur/app/ingest"
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
// are read with the same ingest functions as the build, kept in IndexedDB
// (local_js.go), and shown next to the published corpus: Store.Catalog
// merges them in (withLocal), Store.Summary and Store.Text find them
// (localSummary, localText), and the search page adds the hits of a small
// index over them (withLocalHits).
type localLibrary struct {
	mu     sync.Mutex
	loaded bool
	docs   []ingest.Doc // in the order they were added
	seqs   []int        // their order keys in IndexedDB
	prints [][32]byte   // their ingest.Fingerprint, to refuse a file twice
	byID   map[string]int
	linked ingest.Linked
	index  *search.Index
	sums   []site.Summary
	gen    int // changes whenever docs change

	// The merge with the published catalog, for mergedFrom at mergedGen.
	mergedFrom *site.Catalog
	mergedGen  int
	merged     *site.Catalog
	texts      map[string]*site.Text
}

// library is the app's one local library.
var library = &localLibrary{}

// storedDoc is one local article as IndexedDB keeps it.
type storedDoc struct {
	ID  string     `json:"id"`
	Seq int        `json:"seq"`
	Doc ingest.Doc `json:"doc"`
}

// ensureLoaded reads the stored articles once; it blocks on IndexedDB, so
// it runs in ctx.Async like every data load. Outside the browser there is
// nothing stored.
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
		l.docs = append(l.docs, s.Doc)
		l.seqs = append(l.seqs, s.Seq)
		l.prints = append(l.prints, ingest.Fingerprint(&s.Doc.Article))
	}
	l.relinkLocked()
}

// relinkLocked links the local articles among themselves and indexes them;
// the merge with the published catalog is redone on next use.
func (l *localLibrary) relinkLocked() {
	l.gen++
	l.byID = make(map[string]int, len(l.docs))
	l.sums = make([]site.Summary, len(l.docs))
	for i := range l.docs {
		l.byID[l.docs[i].Article.ID] = i
		l.sums[i] = ingest.Summary(&l.docs[i].Article)
		l.sums[i].Chunk = -1
	}
	l.linked = ingest.Link(l.docs)
	l.index = nil
	if len(l.docs) > 0 {
		l.index = search.Build(ingest.SearchDocs(l.docs, l.linked))
	}
}

// mergedLocked is pub with the local articles first and the entities
// merged (ingest.Merge); texts get marks that point to the merged ids.
func (l *localLibrary) mergedLocked(pub *site.Catalog) *site.Catalog {
	if len(l.docs) == 0 || pub == nil {
		return pub
	}
	if l.mergedFrom == pub && l.mergedGen == l.gen {
		return l.merged
	}
	ents, rename := ingest.Merge(pub.Entities, l.linked.Entities)
	arts := make([]site.Summary, 0, len(l.sums)+len(pub.Articles))
	arts = append(append(arts, l.sums...), pub.Articles...)
	l.texts = make(map[string]*site.Text, len(l.docs))
	for i := range l.docs {
		t := ingest.Text(&l.docs[i].Article, ingest.RenameMarks(l.linked.Marks[i], rename))
		l.texts[t.ID] = &t
	}
	l.merged = &site.Catalog{Articles: arts, Entities: ents}
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
	if l.mergedGen == l.gen && l.texts[id] != nil {
		return l.texts[id], nil
	}
	t := ingest.Text(&l.docs[i].Article, l.linked.Marks[i])
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

// localArticles lists the local articles, in the order they were added.
func localArticles() []site.Summary {
	l := library
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ensureLoaded()
	return append([]site.Summary(nil), l.sums...)
}

// localFile is one file the reader gave, not read yet: from the file
// picker, a drop, or the text they pasted.
type localFile struct {
	name string
	size int64
	read func() ([]byte, error)
}

// add reads one file with ingest.File and stores it; it does not relink
// (call commit after a batch). The error names no file: the page does.
func (l *localLibrary) add(f localFile) (string, error) {
	if err := ingest.Check(f.name, f.size); err != nil {
		return "", err
	}
	data, err := f.read()
	if err != nil {
		return "", fmt.Errorf("cannot read: %w", err)
	}
	name := strings.ReplaceAll(f.name, "/", "-")
	doc, err := ingest.File(localPrefix+name, data)
	if err != nil {
		return "", err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ensureLoaded()
	sum := ingest.Fingerprint(&doc.Article)
	seq := 1
	for i := range l.docs {
		if l.prints[i] == sum {
			return "", fmt.Errorf("same text as %s", strings.TrimPrefix(l.docs[i].Article.Path, localPrefix))
		}
		if l.seqs[i] >= seq {
			seq = l.seqs[i] + 1
		}
	}
	taken := make(map[string]bool, len(l.docs))
	for i := range l.docs {
		taken[l.docs[i].Article.ID] = true
	}
	id := doc.Article.ID
	for n := 2; taken[id]; n++ {
		id = doc.Article.ID + "-" + strconv.Itoa(n)
	}
	doc.Article.ID = id
	b, err := json.Marshal(storedDoc{ID: id, Seq: seq, Doc: doc})
	if err != nil {
		return "", err
	}
	if err := idbPut(id, b); err != nil {
		return "", fmt.Errorf("cannot store in the browser: %w", err)
	}
	// Seen on the next commit: byID, sums and marks stay as they were.
	l.docs = append(l.docs, doc)
	l.seqs = append(l.seqs, seq)
	l.prints = append(l.prints, sum)
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
		l.docs, l.seqs, l.prints = nil, nil, nil
		l.relinkLocked()
		return nil
	}
	i, ok := l.byID[id]
	if !ok {
		return nil
	}
	if err := idbDelete(id); err != nil {
		return err
	}
	l.docs = append(l.docs[:i:i], l.docs[i+1:]...)
	l.seqs = append(l.seqs[:i:i], l.seqs[i+1:]...)
	l.prints = append(l.prints[:i:i], l.prints[i+1:]...)
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
	t := ingest.Text(&l.docs[i].Article, l.linked.Marks[i])
	return &t
}

// searchWithLocal is ix.Search with the reader's own articles: the place
// to search the whole corpus from a view.
func searchWithLocal(ix *search.Index, query string, limit int) search.Result {
	return withLocalHits(ix.Search(query, limit), query, limit)
}
