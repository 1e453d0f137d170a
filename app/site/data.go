package site

import (
	"fmt"
	"strings"
)

// Catalog is what every page needs first: the list of articles and entities.
type Catalog struct {
	Articles []Summary `json:"articles"`
	Entities []Entity  `json:"entities"`
	// Stories are the groups of versions of one story, by id.
	Stories []Story `json:"stories,omitempty"`
}

// Summary describes an article for lists, without its text.
type Summary struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Date    string   `json:"date,omitempty"`
	Source  string   `json:"source,omitempty"`
	Place   string   `json:"place,omitempty"`
	Authors []string `json:"authors,omitempty"`
	Lang    string   `json:"lang,omitempty"`
	Lede    string   `json:"lede,omitempty"`
	Words   int      `json:"words"`
	// Chunk is the number of the text-NNN.json file holding the article.
	Chunk int `json:"chunk"`
	// Story is the id of the story the article is a version of (a Story
	// of the catalog), or empty when it is the only version.
	Story string `json:"story,omitempty"`
	// Versions is the number of versions of that story, this one included.
	Versions int `json:"versions,omitempty"`
}

// Entity is one person, organisation, place or date of the corpus.
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases,omitempty"`
	Articles []string `json:"articles"`
	Mentions int      `json:"mentions"`
	// Low marks an entity every mention of which was found with low
	// confidence: it is never among the most frequent nor a search facet
	// (app/entity, "Confidence").
	Low bool `json:"low,omitempty"`
}

// Text is an article's full content. Its blocks, in order, are the title,
// the captions and the paragraphs; Marks[i] holds the entity marks of
// block i.
type Text struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Captions   []string `json:"captions,omitempty"`
	Paragraphs []string `json:"paragraphs"`
	Marks      [][]Mark `json:"marks,omitempty"`
}

// Mark is one entity mention: rune offsets into its block, half-open.
type Mark struct {
	Start  int    `json:"s"`
	End    int    `json:"e"`
	Type   string `json:"t"`
	Entity string `json:"id,omitempty"`
	// Low marks a mention found with low confidence: not highlighted
	// unless the reader asks for it in the legend.
	Low bool `json:"l,omitempty"`
}

// Blocks returns the text blocks in the order Marks refers to.
func (t *Text) Blocks() []string {
	b := make([]string, 0, 1+len(t.Captions)+len(t.Paragraphs))
	b = append(b, t.Title)
	b = append(b, t.Captions...)
	return append(b, t.Paragraphs...)
}

// MarksOf returns the marks of block i, or nil.
func (t *Text) MarksOf(i int) []Mark {
	if i < 0 || i >= len(t.Marks) {
		return nil
	}
	return t.Marks[i]
}

// Data file names, relative to the static root (go-app's /web/). They
// name the files for the build and the Store; on the site each lies in the
// folder of its build's data version (DataPath).
const (
	// CatalogFile is stored gzipped (Gzipped): at 100,000 articles it is
	// 52 MB of JSON, 9.5 MB gzipped.
	CatalogFile = "/web/data/catalog.json.gz"
	// ArticlesFile is every Summary without its lede, in the binary
	// layout of EncodeSummaries.
	ArticlesFile  = "/web/data/articles.bin"
	IndexMetaFile = "/web/data/index-meta.bin"
	// FacetsFile is the search facet's table of entities by article
	// (EncodeFacets), stored gzipped (Gzipped).
	FacetsFile = "/web/data/facets.bin.gz"
	// SketchesFile holds every article's story.Sketch, in the order of the
	// catalog's articles (story.EncodeSketches), for grouping a reader's
	// own articles with the published ones.
	SketchesFile = "/web/data/sketches.bin"
)

// ChunkFile names the file holding text chunk n, stored gzipped
// (Gzipped).
func ChunkFile(n int) string { return fmt.Sprintf("/web/data/text-%03d.json.gz", n) }

// Gzipped tells whether the data file name is stored gzipped on the site
// (its name ends in ".gz"): the text chunks, the catalog and the index
// shards. The article
// text is in its prerendered page too, so shipping it a second time as
// plain JSON made a site of 100,000 articles 1.7 GB, over GitHub Pages'
// 1 GB, which counts the bytes on disk, not the compressed bytes a
// server sends. Static hosts serve such a file as it is (no
// Content-Encoding): whoever loads one unpacks it, the browser with
// DecompressionStream (app/ui/browser.Fetch), the build with
// compress/gzip. A Store's loader hands it the unpacked bytes.
func Gzipped(name string) bool { return strings.HasSuffix(name, ".gz") }

// StoryDiffsFile names the file holding chunk n of the stories'
// differences (EncodeStoryDiffs); Story.Diffs says which chunk has a
// story's.
func StoryDiffsFile(n int) string { return fmt.Sprintf("/web/data/stories-%03d.bin", n) }

// IndexShardFile names the file holding postings shard n of the search
// index, stored gzipped (Gzipped): at 100,000 articles the shards are
// 74 MB, about 50 gzipped.
func IndexShardFile(n int) string { return fmt.Sprintf("/web/data/index-%03d.bin.gz", n) }

// DataVersionEnv names the variable (go-app's Handler.Env, app.Getenv in
// the browser) that holds the data version of a build: a hash of its data
// files.
const DataVersionEnv = "LECTEUR_DATA"

// PageSizeEnv names the variable that holds how many cards each page of
// the home list shows (the build's -page-size), so that the browser cuts
// the list where the prerendered pages did.
const PageSizeEnv = "LECTEUR_PAGE_SIZE"

// DataPath is where a build whose data version is v writes the data file
// name (one of the names above): "/web/data/<v>/catalog.json.gz". Each build
// puts its data in a folder of its own, so a page of one build never
// reads a file of another under the same name: after an update, a tab
// still open on the old version finds its files gone (and says so)
// instead of mixing the old index with the new texts. With v empty it is
// name.
func DataPath(name, v string) string {
	if v == "" || !strings.HasPrefix(name, dataDir) {
		return name
	}
	return dataDir + v + "/" + strings.TrimPrefix(name, dataDir)
}

// dataDir is the folder of the data files.
const dataDir = "/web/data/"
