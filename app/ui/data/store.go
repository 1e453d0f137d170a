package data

import (
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"sync"

	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/i18n"
)

// Store loads the site's data files once and keeps them. In the browser it
// fetches them; at build time the pipeline gives it the files it just wrote,
// so prerendering runs the very same decoding.
//
// Each file is fetched and decoded once, outside the store's lock, so a
// read of what is already there (LoadedText, on a keystroke) never waits
// for the network. A file that fails keeps its error: the page shows it
// rather than asking again and again.
//
// The reader's own articles are in its Library, which it merges in: a
// Summary, Text or Catalog is the same whether an article was published
// or added in this browser.
type Store struct {
	mu    sync.Mutex
	load  func(path string) ([]byte, error)
	mark  func(name string)
	files map[string]*dataFile
	local *Library
	// derived holds, by name, what views derived from the latest catalog
	// (Derived).
	derived map[string]derivedValue
}

// derivedValue is a value derived from catalog cat.
type derivedValue struct {
	cat *site.Catalog
	val any
}

// Derived returns what make derives from catalog c, made once per
// catalog and name: the build prerenders a thousand pages of a
// 100,000-article list from one catalog, and each page deriving its sort
// keys and lookups again cost more than rendering it. Only the value of
// the latest catalog is kept under a name.
func (s *Store) Derived(c *site.Catalog, name string, make func() any) any {
	s.mu.Lock()
	d, ok := s.derived[name]
	s.mu.Unlock()
	if ok && d.cat == c {
		return d.val
	}
	v := make() // outside the lock: two pages may make it at once, once
	s.mu.Lock()
	if s.derived == nil {
		s.derived = map[string]derivedValue{}
	}
	s.derived[name] = derivedValue{cat: c, val: v}
	s.mu.Unlock()
	return v
}

// dataFile is one data file, decoded, or on its way.
type dataFile struct {
	done chan struct{} // closed once val and err are set
	val  any
	err  error
}

// articleList is the list of articles, without ledes, kept packed (a
// summary is decoded when asked for), and their positions by id.
type articleList struct {
	list *site.SummaryList
	byID map[string]int
}

// New returns a Store reading from src.
func New(src Sources) *Store {
	s := &Store{
		load:  src.Load,
		mark:  src.Mark,
		files: map[string]*dataFile{},
		local: NewLibrary(src.DB, src.Reader, src.Log),
	}
	s.local.sketches = func() ([]byte, error) {
		v, err := s.get(site.SketchesFile, func(b []byte) (any, error) { return b, nil })
		if err != nil {
			return nil, err
		}
		return v.([]byte), nil
	}
	return s
}

// Local returns the reader's own articles.
func (s *Store) Local() *Library { return s.local }

// get returns file path decoded by decode, loading it on first use;
// callers asking while it loads wait for the same answer. It blocks: in
// the browser, call it from ctx.Async.
func (s *Store) get(path string, decode func([]byte) (any, error)) (any, error) {
	s.mu.Lock()
	f, ok := s.files[path]
	if !ok {
		f = &dataFile{done: make(chan struct{})}
		s.files[path] = f
	}
	s.mu.Unlock()
	if !ok {
		b, err := s.load(path)
		if err == nil {
			s.marked("lecteur:fetched " + path)
			f.val, err = decode(b)
			s.marked("lecteur:decoded " + path)
		}
		f.err = err
		close(f.done)
	}
	<-f.done
	return f.val, f.err
}

// Drop forgets file path, decoded or on its way: the next use loads it
// again. The build drops the text chunks it is done with, so that
// prerendering 100,000 articles does not keep every text decoded.
func (s *Store) Drop(path string) {
	s.mu.Lock()
	delete(s.files, path)
	s.mu.Unlock()
}

// marked records a moment of the loading, if the Sources asked for it.
func (s *Store) marked(name string) {
	if s.mark != nil {
		s.mark(name)
	}
}

// peek returns file path if it is loaded and decoded, without waiting.
func (s *Store) peek(path string) any {
	s.mu.Lock()
	f := s.files[path]
	s.mu.Unlock()
	if f == nil {
		return nil
	}
	select {
	case <-f.done:
		return f.val
	default:
		return nil
	}
}

func decodeCatalog(b []byte) (any, error) {
	var c site.Catalog
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("decode %s: %w", site.CatalogFile, err)
	}
	return &c, nil
}

// Catalog returns every article's summary and every entity. At 10,000
// articles it is five times the article list: what needs only articles
// uses Summary and Text.
func (s *Store) Catalog() (*site.Catalog, error) {
	v, err := s.get(site.CatalogFile, decodeCatalog)
	if err != nil {
		return nil, err
	}
	return s.local.withLocal(v.(*site.Catalog)), nil // the reader's own articles too (local.go)
}

// CatalogLoaded reports whether Catalog would answer without waiting.
func (s *Store) CatalogLoaded() bool { return s.peek(site.CatalogFile) != nil }

func decodeArticles(b []byte) (any, error) {
	list, err := site.OpenSummaries(b)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", site.ArticlesFile, err)
	}
	byID := make(map[string]int, list.Len())
	for i := 0; i < list.Len(); i++ {
		byID[list.ID(i)] = i
	}
	return &articleList{list: list, byID: byID}, nil
}

func (s *Store) articles() (*articleList, error) {
	v, err := s.get(site.ArticlesFile, decodeArticles)
	if err != nil {
		return nil, err
	}
	return v.(*articleList), nil
}

// Summary returns the summary of article id, without its lede (Catalog
// has it), or nil when there is none.
func (s *Store) Summary(id string) (*site.Summary, error) {
	if IsLocal(id) {
		if _, err := s.Catalog(); err != nil {
			return nil, err
		}
		return s.local.summary(id), nil
	}
	a, err := s.articles()
	if err != nil {
		return nil, err
	}
	i, ok := a.byID[id]
	if !ok {
		return nil, nil
	}
	sum := a.list.At(i)
	return &sum, nil
}

// chunkOf returns the number of the text chunk holding article id.
func (s *Store) chunkOf(id string) (int, bool, error) {
	sum, err := s.Summary(id)
	if err != nil || sum == nil {
		return 0, false, err
	}
	return sum.Chunk, true, nil
}

func decodeChunk(n int) func([]byte) (any, error) {
	return func(b []byte) (any, error) {
		var list []site.Text
		if err := json.Unmarshal(b, &list); err != nil {
			return nil, fmt.Errorf("decode %s: %w", site.ChunkFile(n), err)
		}
		texts := make(map[string]*site.Text, len(list))
		for j := range list {
			texts[list[j].ID] = &list[j]
		}
		return texts, nil
	}
}

// Text returns the full text of article id, loading its chunk if needed;
// nil when there is no such article.
func (s *Store) Text(id string) (*site.Text, error) {
	if IsLocal(id) {
		return s.localText(id)
	}
	n, ok, err := s.chunkOf(id)
	if err != nil || !ok {
		return nil, err
	}
	v, err := s.get(site.ChunkFile(n), decodeChunk(n))
	if err != nil {
		return nil, err
	}
	text := v.(map[string]*site.Text)[id]
	if text == nil {
		// The article list names this chunk: the data files disagree.
		return nil, i18n.Errorf("data.notext", path.Base(site.ChunkFile(n)), id)
	}
	return text, nil
}

// localText is Text for a local article, once the catalog is merged.
func (s *Store) localText(id string) (*site.Text, error) {
	if _, err := s.Catalog(); err != nil {
		return nil, err
	}
	return s.local.text(id)
}

// LoadTexts loads the chunks of the articles ids in parallel and returns
// the first error.
func (s *Store) LoadTexts(ids []string) error {
	return Parallel(len(ids), func(i int) error {
		_, err := s.Text(ids[i])
		return err
	})
}

// LoadedText returns the text of article id only if its chunk is already
// loaded, so a keystroke never waits for the network.
func (s *Store) LoadedText(id string) *site.Text {
	if IsLocal(id) {
		t, _ := s.localText(id)
		return t
	}
	a, _ := s.peek(site.ArticlesFile).(*articleList)
	if a == nil {
		return nil
	}
	i, ok := a.byID[id]
	if !ok {
		return nil
	}
	texts, _ := s.peek(site.ChunkFile(a.list.At(i).Chunk)).(map[string]*site.Text)
	return texts[id]
}

// Facets is the search facet's table of entities by article
// (site.Facets), looked up by article id.
type Facets struct {
	*site.Facets
	rows map[string]int // the article list's positions by id
}

// OfArticle appends to dst the numbers of the entities article id
// mentions (none for an id the article list lacks: the reader's own
// articles, which the catalog holds).
func (f *Facets) OfArticle(dst []int, id string) []int {
	i, ok := f.rows[id]
	if !ok {
		return dst
	}
	return f.Of(dst, i)
}

// Facets returns the search facet's table, loading it and the article
// list it is ordered by. The search page reads it instead of the catalog,
// which at 100,000 articles took 98 MB more of the page's memory.
func (s *Store) Facets() (*Facets, error) {
	a, err := s.articles()
	if err != nil {
		return nil, err
	}
	v, err := s.get(site.FacetsFile, func(b []byte) (any, error) {
		f, err := site.DecodeFacets(b)
		if err != nil {
			return nil, fmt.Errorf("decode %s: %w", site.FacetsFile, err)
		}
		if f.Articles() != a.list.Len() {
			return nil, fmt.Errorf("decode %s: %d articles, the article list has %d", site.FacetsFile, f.Articles(), a.list.Len())
		}
		return &Facets{Facets: f, rows: a.byID}, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*Facets), nil
}

// LoadFacets loads what the search page's entity facet reads: the facet
// table, and the catalog too when the reader has articles of their own
// (only the catalog merged with them has their entities). It blocks: call
// it from ctx.Async.
func (s *Store) LoadFacets() error {
	if _, err := s.Facets(); err != nil {
		return err
	}
	if s.local.hasArticles() {
		_, err := s.Catalog()
		return err
	}
	return nil
}

// LoadedFacets returns the facet table if it is loaded, without waiting,
// or nil.
func (s *Store) LoadedFacets() *Facets {
	f, _ := s.peek(site.FacetsFile).(*Facets)
	return f
}

func decodeStoryDiffs(n int) func([]byte) (any, error) {
	return func(b []byte) (any, error) {
		list, err := site.DecodeStoryDiffs(b)
		if err != nil {
			return nil, fmt.Errorf("decode %s: %w", site.StoryDiffsFile(n), err)
		}
		byID := make(map[string]*site.StoryDiffs, len(list))
		for i := range list {
			byID[list[i].ID] = &list[i]
		}
		return byID, nil
	}
}

// Story returns story id of the catalog, or nil.
func (s *Store) Story(id string) (*site.Story, error) {
	c, err := s.Catalog()
	if err != nil || id == "" {
		return nil, err
	}
	for i := range c.Stories {
		if c.Stories[i].ID == id {
			return &c.Stories[i], nil
		}
	}
	return nil, nil
}

// builtStoryDiffs returns what the build worked out of story st, or nil
// (a story of the reader's articles only). A published story the reader's
// articles joined has more versions than the build saw.
func (s *Store) builtStoryDiffs(st *site.Story) (*site.StoryDiffs, error) {
	if st == nil || st.Diffs == 0 {
		return nil, nil
	}
	n := st.Diffs - 1
	v, err := s.get(site.StoryDiffsFile(n), decodeStoryDiffs(n))
	if err != nil {
		return nil, err
	}
	return v.(map[string]*site.StoryDiffs)[st.ID], nil
}

// StoryDiffs returns the sentence matrix and aligned pairs of story st:
// the build's, or, for a story with the reader's own articles in it, the
// ingestion worker's.
func (s *Store) StoryDiffs(st *site.Story) (*site.StoryDiffs, error) {
	if st == nil {
		return nil, nil
	}
	d, err := s.builtStoryDiffs(st)
	if err != nil {
		return nil, err
	}
	if d != nil && slices.Equal(d.Articles, st.Articles) {
		return d, nil
	}
	texts := make([]site.Text, len(st.Articles))
	dates := make([]string, len(st.Articles))
	for i, id := range st.Articles {
		sum, err := s.Summary(id)
		if err != nil {
			return nil, err
		}
		t, err := s.Text(id)
		if err != nil {
			return nil, err
		}
		if sum == nil || t == nil {
			return nil, nil
		}
		texts[i], dates[i] = *t, sum.Date
	}
	return s.local.StoryDiffs(st, texts, dates)
}

// Diff returns articles left and right aligned sentence by sentence for
// the differences mode: as the build aligned them when both are versions
// of one published story, else aligned by the ingestion worker (which
// holds app/story; app.wasm does not). The texts are left's and right's.
func (s *Store) Diff(left, right *site.Text) (*site.PairDiff, error) {
	ls, err := s.Summary(left.ID)
	if err != nil {
		return nil, err
	}
	rs, err := s.Summary(right.ID)
	if err != nil {
		return nil, err
	}
	if ls != nil && rs != nil && ls.Story != "" && ls.Story == rs.Story {
		st, err := s.Story(ls.Story)
		if err != nil {
			return nil, err
		}
		d, err := s.builtStoryDiffs(st)
		if err != nil {
			return nil, err
		}
		if d != nil {
			if p, ok := d.Pair(left.ID, right.ID); ok {
				return &p, nil
			}
		}
	}
	return s.local.Align(left, right)
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

// Index returns the search index, loading its meta part (documents and
// vocabulary) on first use. Its postings shards load on demand: a search
// on it reports those it lacks in Result.Missing, to load with LoadShards;
// Search does both.
func (s *Store) Index() (*search.Index, error) {
	v, err := s.get(site.IndexMetaFile, func(b []byte) (any, error) {
		ix, err := search.DecodeMeta(b)
		if err != nil {
			return nil, fmt.Errorf("decode %s: %w", site.IndexMetaFile, err)
		}
		return ix, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*search.Index), nil
}

// LoadShards loads the postings shards of the search index, in parallel,
// and returns the first error.
func (s *Store) LoadShards(shards []int) error {
	ix, err := s.Index()
	if err != nil {
		return err
	}
	return Parallel(len(shards), func(i int) error {
		n := shards[i]
		_, err := s.get(site.IndexShardFile(n), func(b []byte) (any, error) {
			if err := ix.AddShard(n, b); err != nil {
				return nil, fmt.Errorf("load %s: %w", site.IndexShardFile(n), err)
			}
			return nil, nil
		})
		return err
	})
}

// Search answers query completely, loading the index and the shards it
// needs first. It blocks: in the browser, call it from ctx.Async.
func (s *Store) Search(query string, limit int) (search.Result, error) {
	ix, err := s.Index()
	if err != nil {
		return search.Result{}, err
	}
	res := ix.Search(query, limit)
	if len(res.Missing) == 0 {
		return res, nil
	}
	if err := s.LoadShards(res.Missing); err != nil {
		return res, err
	}
	// Every shard a query can need is known from the vocabulary alone, so
	// one load is enough.
	return ix.Search(query, limit), nil
}

// PrepareSearch loads what the first display of query's results needs:
// the index's meta part, the index shards the query needs and the article
// list (and the facet table too when withFacets: the URL asks for an
// entity facet). The meta part comes first, so that the shards are asked for
// before the article list is decoded: the list decodes while they
// download. The results show their titles from the article list; the
// texts their passages come from load after that first display
// (LoadTexts), not before it, which took a round trip and the decoding of
// a text chunk per result off the first result's time. It blocks: call
// it from ctx.Async.
func (s *Store) PrepareSearch(query string, limit int, withFacets bool) (*search.Index, error) {
	ix, err := s.Index()
	if err != nil {
		return nil, err
	}
	n := 2
	if withFacets {
		n = 3
	}
	err = Parallel(n, func(i int) error {
		var err error
		switch i {
		case 0:
			// The shards only: the page searches once they are in
			// (SearchLoaded), a second search here would be thrown away.
			err = s.LoadShards(ix.Search(query, limit).Missing)
		case 1:
			_, err = s.Summary("")
		default:
			err = s.LoadFacets()
		}
		return err
	})
	return ix, err
}

// SearchLoaded answers query from the index's shards already loaded and
// the reader's own articles, without waiting: a keystroke's search.
// Result.Missing names the shards it lacks (LoadShards).
func (s *Store) SearchLoaded(ix *search.Index, query string, limit int) search.Result {
	return s.local.Hits(ix.Search(query, limit), query, limit)
}

// Parallel runs f(0..n-1) in goroutines (fetches overlap in the browser)
// and returns the first error.
func Parallel(n int, f func(i int) error) error {
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = f(i)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
