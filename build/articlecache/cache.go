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
// libraries it uses, makes every entry stale. Entries are small JSON files
// under the cache folder, one per file read, written atomically; a broken
// or unreadable entry is read again, never trusted.
package articlecache

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"lecteur/app/corpus"
)

// Cache is a folder of articles read before.
type Cache struct {
	dir     string
	version string
	// Hits and Misses count the files found and read, for the build's
	// summary.
	Hits, Misses atomic.Int64
}

// entry is what the cache keeps of one file: the article, with the fields
// the article's JSON leaves out, or the reason it was refused.
type entry struct {
	Article  corpus.Article `json:"article"`
	Removed  []string       `json:"removed,omitempty"`
	Fallback bool           `json:"fallback,omitempty"`
	Err      string         `json:"err,omitempty"`
}

// Open opens (and creates) the cache folder dir for articles read by the
// reader of the given version.
func Open(dir, version string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &Cache{dir: dir, version: version}, nil
}

// Parse is corpus.Parse through the cache: an entry for the same bytes,
// format and reader version gives the article (with name's id and path);
// else the file is read and the result kept.
func (c *Cache) Parse(name string, data []byte) (corpus.Article, error) {
	file := c.path(name, data)
	if b, err := os.ReadFile(file); err == nil {
		var e entry
		if json.Unmarshal(b, &e) == nil {
			c.Hits.Add(1)
			if e.Err != "" {
				return corpus.Article{}, errors.New(e.Err)
			}
			a := e.Article
			a.Removed, a.Fallback = e.Removed, e.Fallback
			a.ID, a.Path = corpus.ID(name), name
			return a, nil
		}
	}
	c.Misses.Add(1)
	a, err := corpus.Parse(name, data)
	e := entry{Article: a, Removed: a.Removed, Fallback: a.Fallback}
	if err != nil {
		e = entry{Err: err.Error()}
	}
	e.Article.ID, e.Article.Path = "", ""
	if b, merr := json.Marshal(e); merr == nil {
		write(file, b)
	}
	return a, err
}

// path is the entry file of name's bytes: two levels of folders keep each
// folder small.
func (c *Cache) path(name string, data []byte) string {
	h := sha256.New()
	h.Write([]byte(c.version))
	h.Write([]byte{0})
	h.Write([]byte(corpus.Formats[strings.ToLower(path.Ext(name))]))
	h.Write([]byte{0})
	h.Write(data)
	k := hex.EncodeToString(h.Sum(nil))
	return filepath.Join(c.dir, k[:2], k[2:]+".json")
}

// write writes an entry through a temporary file and a rename, so that a
// build stopped half-way leaves no half entry. A cache that cannot be
// written only makes the next build slower. Folders made once are not
// made again, and the temporary name is the entry's own with this
// process's and a counter's numbers: at 10,000 files a build, creating
// entries is most of what a cold build spends on its cache.
func write(file string, b []byte) {
	dir := filepath.Dir(file)
	if _, ok := madeDirs.Load(dir); !ok {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return
		}
		madeDirs.Store(dir, true)
	}
	tmp := fmt.Sprintf("%s.%d-%d.tmp", file, os.Getpid(), tmpCount.Add(1))
	if err := os.WriteFile(tmp, b, 0o644); err != nil || os.Rename(tmp, file) != nil {
		os.Remove(tmp)
	}
}

var (
	madeDirs sync.Map     // folders known to exist
	tmpCount atomic.Int64 // numbers temporary files
)

// ReaderVersion hashes the source of the article reader under root (the
// repository): every non-test Go file of app/corpus and its sub-packages,
// and go.sum, which pins the libraries it uses (Readability, x/net/html).
// A change to any of them gives a new version, so the cache never serves
// an article read by older code.
func ReaderVersion(root string) (string, error) {
	var files []string
	err := filepath.WalkDir(filepath.Join(root, "app", "corpus"), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	return hashFiles(root, append(files, filepath.Join(root, "go.sum")))
}
