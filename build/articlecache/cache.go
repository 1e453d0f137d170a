// Package articlecache keeps the articles a build has read, and the entity
// mentions found in them (Mentions), so that the next build does not read
// or analyse an unchanged file again: reading a saved web page
// (Readability, metadata, cleaning) takes about 10 ms, finding its
// entities a few more, and a corpus of 10,000 pages would spend most of a
// rebuild there.
//
// The cache is content-addressed: an entry's key is the SHA-256 of the
// reader's version, the file's format and its bytes, never its name or
// date, so a renamed or touched file is still found and a changed one
// never is. The version is a hash of the reader's own source (see
// ReaderVersion): any change to the code that reads articles, or to the
// libraries it uses, makes every entry stale. Entries are JSON records in
// one append-only log per version (entryLog), each checked when read; a
// broken or unreadable entry is read again, never trusted.
package articlecache

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"lecteur/app/corpus"
)

// Cache is a folder of articles read before.
type Cache struct {
	dir     string
	version string
	log     *entryLog
	// Hits and Misses count the files found and read, for the build's
	// summary.
	Hits, Misses atomic.Int64

	mu    sync.Mutex
	files map[string]fileEntry // a file's path → what it held when read
	// changed tells whether files gained or changed an entry since Open:
	// else the index on disk is already what SaveIndex would write (17 MB
	// of JSON, encoded on one core, once 100,000 files are in it).
	changed bool
}

// entry is what the cache keeps of one file: the article, with the fields
// the article's JSON leaves out, or the reason it was refused.
type entry struct {
	Article  corpus.Article `json:"article"`
	Removed  []string       `json:"removed,omitempty"`
	Fallback bool           `json:"fallback,omitempty"`
	Err      string         `json:"err,omitempty"`
}

// fileEntry is what the file index knows of a file on disk: its size and
// modification time when it was read, and the key of its bytes' entry.
type fileEntry struct {
	Size int64  `json:"s"`
	Mod  int64  `json:"m"`
	Key  string `json:"k"`
}

// fileIndex is the file index's file in the cache folder.
type fileIndex struct {
	Version string               `json:"version"`
	Files   map[string]fileEntry `json:"files"`
}

const indexFile = "files.json"

// Open opens (and creates) the cache folder dir for articles read by the
// reader of the given version, with its index of files read before.
func Open(dir, version string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	c := &Cache{dir: dir, version: version, log: openLog(dir, version), files: map[string]fileEntry{}}
	if b, err := os.ReadFile(filepath.Join(dir, indexFile)); err == nil {
		var ix fileIndex
		if json.Unmarshal(b, &ix) == nil && ix.Version == version && ix.Files != nil {
			c.files = ix.Files
		}
	}
	return c, nil
}

// ReadFile is corpus.ReadFile through the cache (a corpus.FileFunc). A
// file whose size and modification time are those it had when read
// before is not read again (as git's index does): the entry of the bytes
// it held then gives its article. Any other file is read, and its bytes
// are looked up (Parse).
func (c *Cache) ReadFile(rel, path string, info fs.FileInfo, data func() ([]byte, error)) (corpus.Article, error) {
	c.mu.Lock()
	known, ok := c.files[path]
	c.mu.Unlock()
	if ok && known.Size == info.Size() && known.Mod == info.ModTime().UnixNano() {
		if a, found, err := c.load(known.Key, rel); found {
			c.Hits.Add(1)
			return a, err
		}
	}
	b, err := data()
	if err != nil {
		return corpus.Article{}, err
	}
	key := c.key(rel, b)
	a, err := c.parse(rel, b, key)
	c.mu.Lock()
	c.files[path] = fileEntry{Size: info.Size(), Mod: info.ModTime().UnixNano(), Key: key}
	c.changed = true
	c.mu.Unlock()
	return a, err
}

// racy is how recent a file's modification may be, when the index is
// saved, for the index to keep it: a file changed again within the same
// tick of the clock would keep its size and time (git's "racily clean"
// entries). Such files are read again by the next build.
const racy = 2 * time.Second

// maxIndex bounds the file index: past it, only the files of the last
// build are kept.
const maxIndex = 500_000

// SaveIndex writes the file index, for the next build to know which
// files it need not read. Files modified in the last racy seconds are
// left out. An index that no file changed is left as it is on disk.
func (c *Cache) SaveIndex() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.changed {
		return nil
	}
	limit := time.Now().Add(-racy).UnixNano()
	ix := fileIndex{Version: c.version, Files: make(map[string]fileEntry, len(c.files))}
	for p, e := range c.files {
		if e.Mod < limit {
			ix.Files[p] = e
		}
	}
	b, err := json.Marshal(ix)
	if err != nil {
		return err
	}
	return writeFile(filepath.Join(c.dir, indexFile), b)
}

// Parse is corpus.Parse through the cache: an entry for the same bytes,
// format and reader version gives the article (with name's id and path);
// else the file is read and the result kept.
func (c *Cache) Parse(name string, data []byte) (corpus.Article, error) {
	return c.parse(name, data, c.key(name, data))
}

func (c *Cache) parse(name string, data []byte, key string) (corpus.Article, error) {
	if a, found, err := c.load(key, name); found {
		c.Hits.Add(1)
		return a, err
	}
	c.Misses.Add(1)
	a, err := corpus.Parse(name, data)
	e := entry{Article: a, Removed: a.Removed, Fallback: a.Fallback}
	if err != nil {
		e = entry{Err: err.Error()}
	}
	e.Article.ID, e.Article.Path = "", ""
	if b, merr := json.Marshal(e); merr == nil {
		c.log.Put(key, b)
	}
	return a, err
}

// load reads the entry of key for the file name; found is false when
// there is none or it is broken (then the file is read again, never
// trusted).
func (c *Cache) load(key, name string) (a corpus.Article, found bool, err error) {
	b, ok := c.log.Get(key)
	if !ok {
		return a, false, nil
	}
	var e entry
	if json.Unmarshal(b, &e) != nil {
		return a, false, nil
	}
	if e.Err != "" {
		return corpus.Article{}, true, errors.New(e.Err)
	}
	a = e.Article
	a.Removed, a.Fallback = e.Removed, e.Fallback
	a.ID, a.Path = corpus.ID(name), name
	return a, true, nil
}

// key is the hex SHA-256 of the reader's version, name's format and the
// bytes: the name of their entry.
func (c *Cache) key(name string, data []byte) string {
	h := sha256.New()
	h.Write([]byte(c.version))
	h.Write([]byte{0})
	h.Write([]byte(corpus.Formats[strings.ToLower(path.Ext(name))]))
	h.Write([]byte{0})
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

// Close closes the cache's log (the file index is saved by SaveIndex).
func (c *Cache) Close() error {
	return c.log.Close()
}

// ReaderVersion hashes the source of the article reader under root (the
// repository): app/corpus and every Lecteur package it imports, and
// go.sum, which pins the libraries it uses (Readability, x/net/html); see
// packagesVersion. A change to any of them gives a new version, so the
// cache never serves an article read by older code.
func ReaderVersion(root string) (string, error) {
	return packagesVersion(root, "lecteur/app/corpus")
}

// writeFile writes a file through a temporary file and a rename, so that
// a build stopped half-way leaves no half file.
func writeFile(file string, b []byte) error {
	tmp := fmt.Sprintf("%s.%d.tmp", file, os.Getpid())
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, file); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}
