package data

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"lecteur/app/ingest/message"
	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/i18n"
)

// LocalPrefix starts the id of every article a reader adds in the
// browser. Published ids are made of lower-case letters, digits, ".", "_",
// "-" and "/" only (corpus.ID), so no published article, not even one in a
// corpus folder named "local", can have an id starting with "~": the two
// id spaces never meet.
const LocalPrefix = "~local/"

// formerLocalPrefix started local ids until it met a corpus folder named
// "local"; records stored under it are renamed when the database opens.
const formerLocalPrefix = "local/"

// IsLocal says whether article id was added by the reader in this browser.
func IsLocal(id string) bool { return strings.HasPrefix(id, LocalPrefix) }

// LocalID is the id of a local article stored under id, which may have
// the former prefix.
func LocalID(id string) string {
	if rest, ok := strings.CutPrefix(id, formerLocalPrefix); ok {
		return LocalPrefix + rest
	}
	return id
}

// FreeID returns base if taken says no article has it, else the first of
// base-2, base-3… that none has. The store calls it inside the transaction
// that writes the article, so two tabs adding at once never pick the same.
func FreeID(base string, taken func(id string) bool) string {
	id := base
	for n := 2; taken(id); n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// Library holds the articles the reader added in this browser. They are
// read by a Reader (the ingestion worker, app/ingestworker, with the
// build's own package ingest; ask sends it a message), kept in an
// ArticleDB, and shown next to the published corpus: Store.Catalog merges
// them in (Library.merged), Store.Summary and Store.Text find them
// (Library.summary, Library.text), and searches add the hits of a small
// index over them (Library.Hits). The page never decodes an article itself: it keeps the
// worker's JSON of it and the summaries, texts, entities and index the
// worker makes of them.
//
// No lock is held while the worker or the store works: a slow file, or a
// worker that stopped, never keeps a page waiting on the library; pages
// read the last linked view.
type Library struct {
	db     ArticleDB
	reader Reader
	log    func(format string, args ...any)

	mu      sync.Mutex
	loading chan struct{} // closed once the stored articles are read
	docs    []localDoc    // in the order they were added, linked or not yet
	view    *localView    // the articles as last linked

	linkMu sync.Mutex // one link at a time, so the newest view wins

	// sketches returns the published articles' story sketches
	// (site.SketchesFile), to group the reader's articles with them; nil
	// leaves them ungrouped.
	sketches func() ([]byte, error)
}

// localDoc is one local article as the page keeps it.
type localDoc struct {
	raw   json.RawMessage // the worker's JSON of its ingest.Doc
	seq   int
	id    string
	sum   site.Summary // as read, before linking; ID is set at least
	path  string       // the name it was read under
	print string       // its ingest.Fingerprint, to refuse a file twice
}

// localView is the local articles as the worker linked them: what pages
// show. When linking failed, err says why and the articles are listed from
// their stored summaries, without text, entities or index.
type localView struct {
	sums     []site.Summary
	byID     map[string]int
	texts    []site.Text   // marks to entities, linked among the local articles
	sketch   [][]byte      // each article's story sketch, nil when broken
	entities []site.Entity // the local articles' entities
	index    *search.Index
	err      error

	// The merge with the published catalog, made for mergedFrom.
	mergedFrom  *site.Catalog
	merged      *site.Catalog
	mergedTexts map[string]*site.Text
}

// NewLibrary returns the library kept in db and read by reader; log
// reports what the reader need not see (a stored article skipped).
func NewLibrary(db ArticleDB, reader Reader, log func(format string, args ...any)) *Library {
	if log == nil {
		log = func(string, ...any) {}
	}
	return &Library{db: db, reader: reader, log: log}
}

// ask sends one request to the ingestion worker and waits for its answer
// (the Web Worker in the browser, package ingest itself outside); the answer's Error becomes the error, in the reader's
// language.
func (l *Library) ask(req message.Request, data []byte) (message.Response, error) {
	resp, err := l.reader.Call(req, data)
	if err != nil {
		return message.Response{}, err
	}
	if resp.Error != "" {
		return message.Response{}, i18n.ReasonError(resp.Error)
	}
	return resp, nil
}

// ready reads the stored articles and links them, once: the first caller
// does it, later ones wait for it. It blocks on the store and the worker
// (each bounded in time), so it runs in ctx.Async like every data load.
func (l *Library) ready() {
	l.mu.Lock()
	if l.loading != nil {
		ch := l.loading
		l.mu.Unlock()
		<-ch
		return
	}
	l.loading = make(chan struct{})
	l.mu.Unlock()
	defer close(l.loading)
	l.reload()
}

// reload reads the stored articles, which other tabs may have changed,
// and links them.
func (l *Library) reload() {
	stored, err := l.db.Load()
	if err != nil {
		l.log("read stored articles: %v", err)
	}
	sort.SliceStable(stored, func(i, j int) bool { return stored[i].Seq < stored[j].Seq })
	docs := make([]localDoc, 0, len(stored))
	for _, s := range stored {
		d := localDoc{raw: s.Doc, seq: s.Seq, id: LocalID(s.ID), path: s.Path, print: s.Fingerprint}
		if s.Summary != nil {
			d.sum = *s.Summary
		}
		d.sum.ID, d.sum.Chunk = d.id, -1
		if d.sum.Title == "" {
			d.sum.Title = strings.TrimPrefix(d.id, LocalPrefix)
		}
		docs = append(docs, d)
	}
	l.mu.Lock()
	if err == nil || l.docs == nil {
		l.docs = docs
	}
	l.mu.Unlock()
	l.relink()
}

// relink has the worker link the local articles among themselves and
// index them; the merge with the published catalog is redone on next use.
// When the worker fails, the articles stay listed (from their stored
// summaries) and removable, and the view's err says why.
func (l *Library) relink() {
	l.linkMu.Lock()
	defer l.linkMu.Unlock()
	l.mu.Lock()
	docs := append([]localDoc(nil), l.docs...)
	l.mu.Unlock()
	v := l.link(docs)
	l.mu.Lock()
	l.view = v
	for i := range l.docs {
		if j, ok := v.byID[l.docs[i].id]; ok && v.texts != nil {
			l.docs[i].sum = v.sums[j]
		}
	}
	l.mu.Unlock()
}

// link asks the worker to link docs; see relink.
func (l *Library) link(docs []localDoc) *localView {
	v := &localView{byID: make(map[string]int, len(docs))}
	if len(docs) == 0 {
		return v
	}
	unlinked := func(err error) *localView {
		v.err = err
		v.sums = make([]site.Summary, len(docs))
		for i := range docs {
			v.sums[i] = docs[i].sum
			v.byID[docs[i].id] = i
		}
		l.log("%v", err)
		return v
	}
	raws := make([]json.RawMessage, len(docs))
	ids := make([]string, len(docs))
	for i := range docs {
		raws[i], ids[i] = docs[i].raw, docs[i].id
	}
	resp, err := l.ask(message.Request{Op: message.Link, Docs: raws, IDs: ids}, nil)
	if err == nil && len(resp.Articles) != len(docs) {
		err = i18n.Errorf("local.err.linkcount", len(resp.Articles), len(docs))
	}
	var ix *search.Index
	if err == nil && len(resp.Index) > 0 {
		ix, err = search.Decode(resp.Index)
	}
	if err != nil {
		return unlinked(i18n.Errorf("local.err.link", err))
	}
	for i, a := range resp.Articles {
		d := &docs[i]
		if reason, broken := resp.Broken[i]; broken {
			// Listed from its stored summary, without text, so that it can
			// be removed.
			l.log("%s: %s", d.id, reason)
			v.sums = append(v.sums, d.sum)
			v.texts = append(v.texts, site.Text{ID: d.id, Title: d.sum.Title})
			v.sketch = append(v.sketch, nil)
			v.byID[d.id] = len(v.sums) - 1
			continue
		}
		if d.path == "" {
			d.path = a.Path
		}
		if d.print == "" {
			d.print = a.Fingerprint
		}
		sum := a.Summary
		sum.Chunk = -1
		v.byID[d.id] = len(v.sums)
		v.sums = append(v.sums, sum)
		v.texts = append(v.texts, a.Text)
		v.sketch = append(v.sketch, a.Sketch)
	}
	v.entities = resp.Entities
	v.index = ix
	return v
}

// Align has the ingestion worker align two texts (message.Align).
func (l *Library) Align(left, right *site.Text) (*site.PairDiff, error) {
	if err := l.reader.Ready(); err != nil {
		return nil, err
	}
	resp, err := l.ask(message.Request{Op: message.Align, Texts: []site.Text{*left, *right}}, nil)
	if err != nil {
		return nil, err
	}
	if resp.Diff == nil {
		return nil, fmt.Errorf("align %s and %s: no answer", left.ID, right.ID)
	}
	return resp.Diff, nil
}

// current returns the last linked view, reading the stored articles first
// if nobody has.
func (l *Library) current() *localView {
	l.ready()
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.view
}

// merged returns pub with the local articles of v first and the entities
// merged by the worker (ingest.Merge); texts get marks that point to the
// merged ids. It is pub when there are no local articles or the worker
// fails.
func (l *Library) merged(v *localView, pub *site.Catalog) *site.Catalog {
	if v == nil || len(v.sums) == 0 || pub == nil {
		return pub
	}
	l.mu.Lock()
	if v.mergedFrom == pub {
		m := v.merged
		l.mu.Unlock()
		return m
	}
	l.mu.Unlock()
	arts := make([]site.Summary, 0, len(v.sums)+len(pub.Articles))
	arts = append(append(arts, v.sums...), pub.Articles...)
	m := &site.Catalog{Articles: arts, Entities: pub.Entities, Stories: pub.Stories}
	texts := make(map[string]*site.Text, len(v.texts))
	if len(v.entities) > 0 {
		resp, err := l.ask(message.Request{Op: message.Merge, Published: pub.Entities, Local: v.entities}, nil)
		if err != nil {
			l.log("merge your articles' entities: %v", err)
			return pub
		}
		m.Entities = resp.Entities
		for i := range v.texts {
			t := v.texts[i]
			t.Marks = site.RenameMarks(t.Marks, resp.Rename)
			texts[t.ID] = &t
		}
	}
	if stories, err := l.group(v, pub); err != nil {
		l.log("group your articles into stories: %v", err)
	} else if stories != nil {
		m.Stories = stories
		site.SetStories(m.Articles, stories)
	}
	l.mu.Lock()
	v.mergedFrom, v.merged, v.mergedTexts = pub, m, texts
	l.mu.Unlock()
	return m
}

// group has the worker group the local articles of v with the published
// ones of pub (message.Group): versions of a published story join it,
// versions of one another make new stories. It returns every story, or
// nil when there is nothing to group with.
func (l *Library) group(v *localView, pub *site.Catalog) ([]site.Story, error) {
	if l.sketches == nil {
		return nil, nil
	}
	var added []site.Summary
	var sketches [][]byte
	for i := range v.sums {
		if i < len(v.sketch) && v.sketch[i] != nil {
			added = append(added, v.sums[i])
			sketches = append(sketches, v.sketch[i])
		}
	}
	if len(added) == 0 {
		return nil, nil
	}
	b, err := l.sketches()
	if err != nil {
		return nil, err
	}
	published := make([]site.Summary, len(pub.Articles))
	for i, a := range pub.Articles {
		published[i] = site.Summary{ID: a.ID, Date: a.Date}
	}
	resp, err := l.ask(message.Request{Op: message.Group, Articles: published, Stories: pub.Stories, Added: added, Sketches: sketches}, b)
	if err != nil {
		return nil, err
	}
	if resp.Stories == nil {
		return []site.Story{}, nil
	}
	return resp.Stories, nil
}

// StoryDiffs has the worker work out the matrix and pairs of story st,
// whose versions' texts and dates are texts and dates (message.Story).
func (l *Library) StoryDiffs(st *site.Story, texts []site.Text, dates []string) (*site.StoryDiffs, error) {
	if err := l.reader.Ready(); err != nil {
		return nil, err
	}
	resp, err := l.ask(message.Request{Op: message.Story, Stories: []site.Story{*st}, Texts: texts, Dates: dates}, nil)
	if err != nil {
		return nil, err
	}
	if resp.StoryDiffs == nil {
		return nil, fmt.Errorf("story %s: no answer", st.ID)
	}
	return resp.StoryDiffs, nil
}

// withLocal returns the published catalog with the reader's articles and
// their entities added; pub itself when there are none (always at build
// time, so prerendered pages never change).
func (l *Library) withLocal(pub *site.Catalog) *site.Catalog {
	return l.merged(l.current(), pub)
}

// hasArticles reports whether the reader has articles of their own,
// reading them first if nobody has.
func (l *Library) hasArticles() bool {
	v := l.current()
	return v != nil && len(v.sums) > 0
}

// summary returns the summary of local article id, or nil. It is
// Store.Summary for ids under LocalPrefix, once the catalog is merged.
func (l *Library) summary(id string) *site.Summary {
	v := l.current()
	if i, ok := v.byID[id]; ok {
		return &v.sums[i]
	}
	return nil
}

// text returns the text of local article id, its marks pointing to the
// entities of the merged catalog, or nil. It is Store.Text (and
// LoadedText) for ids under LocalPrefix, once the catalog is merged. When
// linking failed, the error says why.
func (l *Library) text(id string) (*site.Text, error) {
	v := l.current()
	i, ok := v.byID[id]
	if !ok {
		return nil, nil
	}
	if v.texts == nil {
		return nil, v.err
	}
	l.mu.Lock()
	t := v.mergedTexts[id]
	l.mu.Unlock()
	if t != nil {
		return t, nil
	}
	text := v.texts[i]
	return &text, nil
}

// Hits adds to r, the published index's answer to query, the hits of the
// local index, merged by score, at most limit in all (no limit when limit
// <= 0). It never waits for the library: before it is read there are no
// local hits.
func (l *Library) Hits(r search.Result, query string, limit int) search.Result {
	l.mu.Lock()
	var ix *search.Index
	if l.view != nil {
		ix = l.view.index
	}
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

// Articles lists the local articles, in the order they were added, and
// says why they could not be linked, if so: they are listed anyway.
func (l *Library) Articles() ([]site.Summary, error) {
	v := l.current()
	return append([]site.Summary(nil), v.sums...), v.err
}

// Add has the worker read one file (ingest.Check, then ingest.File) and
// stores it under an id no stored article has; it does not relink (call
// Commit after a batch). The error names no file, the page does; it is in
// the reader's language.
func (l *Library) Add(f File) (string, error) {
	l.ready()
	if _, err := l.ask(message.Request{Op: message.Check, Name: f.Name, Size: f.Size}, nil); err != nil {
		return "", err
	}
	data, err := f.Read()
	if err != nil {
		return "", i18n.Errorf("local.err.read", err)
	}
	// The name without folders: the id is the local prefix and the name.
	name := strings.ReplaceAll(f.Name, "/", "-")
	resp, err := l.ask(message.Request{Op: message.Read, Name: name, Note: f.Note}, data)
	if err != nil {
		return "", err
	}
	if resp.Article == nil {
		return "", i18n.Errorf("local.err.noarticle")
	}
	a := resp.Article
	l.mu.Lock()
	for i := range l.docs {
		// Records stored before fingerprints were kept are only known here.
		if l.docs[i].print == a.Fingerprint {
			l.mu.Unlock()
			return "", i18n.Errorf("local.err.same", l.docs[i].path)
		}
	}
	l.mu.Unlock()
	sum := a.Summary
	d, dup, err := l.db.Add(StoredDoc{Doc: resp.Doc, Summary: &sum, Path: a.Path, Fingerprint: a.Fingerprint}, LocalPrefix+a.Summary.ID)
	switch {
	case err != nil:
		return "", i18n.Errorf("local.err.store", err)
	case dup != "":
		return "", i18n.Errorf("local.err.same", dup)
	}
	sum.ID, sum.Chunk = d.ID, -1
	// Seen on the next commit: the view stays as it was.
	l.mu.Lock()
	l.docs = append(l.docs, localDoc{raw: d.Doc, seq: d.Seq, id: d.ID, sum: sum, path: a.Path, print: a.Fingerprint})
	l.mu.Unlock()
	return d.ID, nil
}

// Commit makes the articles added since the last commit visible, with
// those other tabs added meanwhile: read again, linked, indexed, merged on
// next use. The error says why linking failed; the articles are listed
// anyway.
func (l *Library) Commit() error {
	l.ready()
	l.reload()
	return l.current().err
}

// Remove forgets local article id, or every one when id is "". It works
// without the worker: the list comes from the stored summaries when
// linking fails.
func (l *Library) Remove(id string) error {
	l.ready()
	var err error
	if id == "" {
		err = l.db.Clear()
	} else {
		err = l.db.Remove(id)
	}
	if err != nil {
		return i18n.Errorf("local.err.remove", err)
	}
	l.mu.Lock()
	kept := l.docs[:0:0]
	for _, d := range l.docs {
		if id != "" && d.id != id {
			kept = append(kept, d)
		}
	}
	l.docs = kept
	l.mu.Unlock()
	l.relink()
	return nil
}

// Export returns the text of local article id as linked among the
// local articles only, for export; nil if there is none.
func (l *Library) Export(id string) *site.Text {
	v := l.current()
	i, ok := v.byID[id]
	if !ok || v.texts == nil {
		return nil
	}
	t := v.texts[i]
	return &t
}

// Ready starts the reader (the ingestion worker) and waits until it can
// answer: the "Add articles" page calls it on open, not with the first
// file.
func (l *Library) Ready() error { return l.reader.Ready() }
