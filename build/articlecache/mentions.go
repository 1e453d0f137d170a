package articlecache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"lecteur/app/corpus"
	"lecteur/app/entity"
	"lecteur/app/ingest"
)

// Mentions is a folder of the entity mentions found in articles before:
// finding them (app/entity's rules and model) is the other half of a
// build's per-article work. An entry's key is the SHA-256 of the
// recogniser's version and of the article's blocks (title, captions,
// paragraphs, in ingest.Blocks' order): the mentions depend on nothing
// else, so an article read from a renamed or touched file, or from a
// page whose markup changed but not its text, is still found.
type Mentions struct {
	dir     string
	version string
	// Hits and Misses count the articles found and analysed.
	Hits, Misses atomic.Int64
}

// OpenMentions opens (and creates) the folder dir of mentions found by
// the recogniser of the given version (see EntityVersion).
func OpenMentions(dir, version string) (*Mentions, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &Mentions{dir: dir, version: version}, nil
}

// Analyze is ingest.Analyze through the cache.
func (c *Mentions) Analyze(a corpus.Article) ingest.Doc {
	blocks := ingest.Blocks(&a)
	file := c.path(blocks)
	if b, err := os.ReadFile(file); err == nil {
		var ms []entity.Mention
		if json.Unmarshal(b, &ms) == nil {
			c.Hits.Add(1)
			return ingest.Doc{Article: a, Mentions: ms}
		}
	}
	c.Misses.Add(1)
	d := ingest.Analyze(a)
	if b, err := json.Marshal(d.Mentions); err == nil {
		write(file, b)
	}
	return d
}

func (c *Mentions) path(blocks []string) string {
	h := sha256.New()
	h.Write([]byte(c.version))
	for _, b := range blocks {
		h.Write([]byte{0})
		h.Write([]byte(b))
	}
	k := hex.EncodeToString(h.Sum(nil))
	return filepath.Join(c.dir, k[:2], k[2:]+".json")
}

// EntityVersion hashes what the mentions of an article depend on, under
// root (the repository): every file of app/entity but its tests (the Go
// sources and the embedded word lists and model under data/), the
// non-test Go files of app/ingest (which cuts an article into blocks),
// and go.sum. A retrained model or an edited word list gives a new
// version, so the cache never serves mentions found by older code or
// data.
func EntityVersion(root string) (string, error) {
	var files []string
	err := filepath.WalkDir(filepath.Join(root, "app", "entity"), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "testdata" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, "_test.go") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	ingestFiles, err := filepath.Glob(filepath.Join(root, "app", "ingest", "*.go"))
	if err != nil {
		return "", err
	}
	for _, f := range ingestFiles {
		if !strings.HasSuffix(f, "_test.go") {
			files = append(files, f)
		}
	}
	return hashFiles(root, append(files, filepath.Join(root, "go.sum")))
}

// hashFiles hashes the files' paths (relative to root) and contents, in
// the order given, into a short version string. Go files are hashed
// without their comments: a reworded doc comment reads no article
// differently, and should not make a build read them all again.
func hashFiles(root string, files []string) (string, error) {
	h := sha256.New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		if strings.HasSuffix(f, ".go") {
			b = withoutComments(f, b)
		}
		rel, _ := filepath.Rel(root, f)
		h.Write([]byte(filepath.ToSlash(rel)))
		h.Write([]byte{0})
		h.Write(b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// withoutComments is a Go file's code printed without its comments, or
// the file as it is when it does not parse.
func withoutComments(name string, src []byte) []byte {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		return src
	}
	var b bytes.Buffer
	if err := printer.Fprint(&b, fset, f); err != nil {
		return src
	}
	return b.Bytes()
}
