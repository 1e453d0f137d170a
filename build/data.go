package main

import (
	"encoding/json"
	"fmt"

	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/pool"
	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/story"
)

// chunkBytes is the target size of a text chunk (article text, before
// marks and JSON): big enough that a few articles share a request, small
// enough that the ten results a search shows, which sit in ten different
// chunks of a large corpus, load little else.
const chunkBytes = 64 << 10

// shardBytes is the target size of a postings shard of the search index:
// at 10,000 articles a query needs about 75 KB of shards this way, against
// 100 KB with 32 KB shards (BenchmarkShards in app/search).
const shardBytes = 16 << 10

// dataFiles writes the catalog (with the stories: versions of one story
// grouped), the text chunks (app/site's formats), the articles' story
// sketches and the search index for arts, timing its stages in st.
// analyze finds an article's entity mentions (ingest.Analyze, or the
// build's cache of it).
func dataFiles(arts []corpus.Article, analyze func(corpus.Article) ingest.Doc, progress func(what string) func(done, total int), st *stages) (map[string][]byte, error) {
	// Stories need the articles only: they are grouped while the
	// entities are found and linked, whose linking runs on one core
	// (about 10 s at 100,000 articles), as does part of the grouping.
	type storyResult struct {
		stories   []site.Story
		sketches  []story.Sketch
		diffFiles [][]byte
		err       error
	}
	grouped := make(chan storyResult, 1)
	go func() {
		var r storyResult
		r.stories, r.sketches = findStories(arts)
		r.diffFiles, r.err = storyDiffs(arts, r.stories)
		grouped <- r
	}()
	marks := findEntities(arts, analyze, progress("entities"))
	st.done("entities")
	g := <-grouped
	if g.err != nil {
		return nil, g.err
	}
	stories, sketches, diffFiles := g.stories, g.sketches, g.diffFiles
	st.done("stories")
	cat := site.Catalog{Articles: make([]site.Summary, len(arts)), Entities: marks.entities}
	var chunks [][]site.Text
	size := chunkBytes
	for i, a := range arts {
		t := ingest.Text(&arts[i], marks.byArticle[i])
		n := len(a.Title)
		for _, p := range a.Paragraphs {
			n += len(p)
		}
		if size+n > chunkBytes && size > 0 {
			chunks = append(chunks, nil)
			size = 0
		}
		size += n
		chunks[len(chunks)-1] = append(chunks[len(chunks)-1], t)
		cat.Articles[i] = ingest.Summary(&arts[i])
		cat.Articles[i].Chunk = len(chunks) - 1
	}
	ingest.SetStories(cat.Articles, stories)
	cat.Stories = stories
	files := map[string][]byte{site.SketchesFile: story.EncodeSketches(sketches)}
	for n, b := range diffFiles {
		files[site.StoryDiffsFile(n)] = b
	}
	st.done("catalog")
	// The catalog, article list and facets are encoded on one core
	// (encoding/json and one gzip stream each: some 10 s at 100,000
	// articles), so they are made while the index and the texts, which
	// keep every core busy, are: the stages share the CPUs instead of
	// the one-core part leaving one idle.
	catalogFiles := make(chan catalogResult, 1)
	go func() { catalogFiles <- encodeCatalog(&cat) }()
	meta, shards := searchIndex(arts, marks.names)
	files[site.IndexMetaFile] = meta
	gzipped := make([][]byte, len(shards))
	pool.Each(len(shards), 0, func(n int) { gzipped[n] = gzipBytes(shards[n]) }, nil)
	for n, b := range gzipped {
		files[site.IndexShardFile(n)] = b
	}
	st.done("index")
	// Each chunk is encoded and gzipped (site.Gzipped) on its own, on
	// every CPU: at 100,000 articles they are 433 MB of JSON.
	encoded := make([][]byte, len(chunks))
	failed := make([]error, len(chunks))
	pool.Each(len(chunks), 0, func(n int) {
		b, err := json.Marshal(chunks[n])
		if err != nil {
			failed[n] = fmt.Errorf("encode text chunk %d: %w", n, err)
			return
		}
		encoded[n] = gzipBytes(b)
	}, nil)
	for n, b := range encoded {
		if failed[n] != nil {
			return nil, failed[n]
		}
		files[site.ChunkFile(n)] = b
	}
	st.done("texts")
	c := <-catalogFiles
	if c.err != nil {
		return nil, c.err
	}
	for n, b := range c.files {
		files[n] = b
	}
	st.done("catalog files")
	return files, nil
}

// catalogResult is what encodeCatalog made: the catalog's, article
// list's and facets' files, or why not.
type catalogResult struct {
	files map[string][]byte
	err   error
}

// encodeCatalog encodes cat into the catalog (gzipped JSON), the article
// list (its summaries without ledes) and the facet table.
func encodeCatalog(cat *site.Catalog) catalogResult {
	b, err := json.Marshal(cat)
	if err != nil {
		return catalogResult{err: fmt.Errorf("encode catalog: %w", err)}
	}
	files := map[string][]byte{site.CatalogFile: gzipBytes(b)}
	b = nil
	list := make([]site.Summary, len(cat.Articles))
	for i, a := range cat.Articles {
		a.Lede = ""
		list[i] = a
	}
	files[site.ArticlesFile] = site.EncodeSummaries(list)
	files[site.FacetsFile] = gzipBytes(site.EncodeFacets(cat))
	return catalogResult{files: files}
}

// searchIndex builds the search index (titles, paragraphs and the names of
// the entities each article mentions) and cuts it into a meta part and
// postings shards.
func searchIndex(arts []corpus.Article, names [][]string) (meta []byte, shards [][]byte) {
	docs := make([]search.Doc, len(arts))
	for i := range arts {
		docs[i] = ingest.SearchDoc(&arts[i], names[i])
	}
	return search.Build(docs).EncodeShards(shardBytes)
}
