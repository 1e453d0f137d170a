package data

import (
	"encoding/json"

	"lecteur/app/ingest/message"
	"lecteur/app/site"
)

// Sources are where a Store reads from. In the browser they are the
// browser's own (package browser: fetch, IndexedDB, the ingestion
// worker); at build time and in tests, the build's files, MemoryDB and
// InProcessReader.
type Sources struct {
	// Load returns the bytes of a data file, given its static path such as
	// site.CatalogFile.
	Load func(path string) ([]byte, error)
	// DB keeps the reader's own articles.
	DB ArticleDB
	// Reader reads and links the reader's files.
	Reader Reader
	// Log reports what the reader need not see; nil drops it.
	Log func(format string, args ...any)
	// Mark records a moment of the data's loading ("lecteur:fetched
	// <path>", "lecteur:decoded <path>") in the page's performance
	// timeline, for the bench's start-up breakdown; nil records nothing.
	Mark func(name string)
}

// ArticleDB keeps the reader's articles: IndexedDB in the browser
// (browser.IndexedDB), memory elsewhere (MemoryDB). Every call may block.
type ArticleDB interface {
	// Load returns every stored article.
	Load() ([]StoredDoc, error)
	// Add stores d under the first id FreeID gives for base and the next
	// order key, both chosen in the transaction that writes it, and
	// returns d as stored. When an article with d's fingerprint is stored
	// already, nothing is written and dup is that article's path.
	Add(d StoredDoc, base string) (stored StoredDoc, dup string, err error)
	// Remove forgets article id; Clear forgets them all.
	Remove(id string) error
	Clear() error
}

// StoredDoc is one local article as an ArticleDB keeps it.
type StoredDoc struct {
	ID  string `json:"id"`
	Seq int    `json:"seq"` // its order: the order articles were added
	// Doc is the JSON of an ingest.Doc, as the worker wrote it.
	Doc json.RawMessage `json:"doc"`
	// Summary, Path and Fingerprint are the worker's reading of it, so the
	// article is listed, and can be removed, even when linking fails.
	// Records stored before they were kept lack them.
	Summary     *site.Summary `json:"summary,omitempty"`
	Path        string        `json:"path,omitempty"`
	Fingerprint string        `json:"fingerprint,omitempty"`
}

// Reader reads and links the reader's files with the build's own code
// (package ingest): in the browser the ingestion worker
// (browser.IngestWorker, so app.wasm stays without it), elsewhere
// InProcessReader.
type Reader interface {
	// Ready starts the reader and waits until it can answer.
	Ready() error
	// Call sends one request, with data (a file's bytes) if any, and waits
	// for the answer.
	Call(req message.Request, data []byte) (message.Response, error)
}

// File is one file the reader gave, not read yet: from the file picker,
// a drop, or the text they pasted.
type File struct {
	Name string
	Size int64
	Read func() ([]byte, error)
	// Note says the reader pasted the text: one paragraph is an article
	// (corpus.ParseNote).
	Note bool
}
