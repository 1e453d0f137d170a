package articlecache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
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
	log     *entryLog
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
	return &Mentions{log: openLog(dir, version), version: version}, nil
}

// Analyze is ingest.Analyze through the cache.
func (c *Mentions) Analyze(a corpus.Article) ingest.Doc {
	blocks := ingest.Blocks(&a)
	key := c.key(blocks)
	if b, ok := c.log.Get(key); ok {
		var ms []entity.Mention
		if json.Unmarshal(b, &ms) == nil {
			c.Hits.Add(1)
			return ingest.Doc{Article: a, Mentions: ms}
		}
	}
	c.Misses.Add(1)
	d := ingest.Analyze(a)
	if b, err := json.Marshal(d.Mentions); err == nil {
		c.log.Put(key, b)
	}
	return d
}

// key is the hex SHA-256 of the recogniser's version and the blocks.
func (c *Mentions) key(blocks []string) string {
	h := sha256.New()
	h.Write([]byte(c.version))
	for _, b := range blocks {
		h.Write([]byte{0})
		h.Write([]byte(b))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Close closes the folder's log.
func (c *Mentions) Close() error {
	return c.log.Close()
}

// EntityVersion hashes what the mentions of an article depend on, under
// root (the repository): the sources of app/entity and app/ingest (which
// cuts an article into blocks) and of every Lecteur package they import,
// with the files they embed (word lists, the model), and go.sum. A
// retrained model, an edited word list or a change to a shared package
// (the text folding of app/search) gives a new version, so the cache
// never serves mentions found by older code or data.
func EntityVersion(root string) (string, error) {
	return packagesVersion(root, "lecteur/app/entity", "lecteur/app/ingest")
}

// packagesVersion hashes the files the packages and every Lecteur package
// they import are compiled from (non-test Go files and embedded files, as
// `go list -deps` names them), go.sum, which pins the libraries, and the
// Go version, which makes the standard library. Hand-picked folders missed
// a dependency once: the reader's version left out app/search, whose
// folding decides which lines are chrome.
func packagesVersion(root string, pkgs ...string) (string, error) {
	cmd := exec.Command("go", append([]string{"list", "-deps", "-f", "{{.ImportPath}}\t{{.Dir}}\t{{join .GoFiles \"\\t\"}}\t{{join .EmbedFiles \"\\t\"}}"}, pkgs...)...)
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			err = fmt.Errorf("%w: %s", err, bytes.TrimSpace(ee.Stderr))
		}
		return "", fmt.Errorf("go list %s: %w", strings.Join(pkgs, " "), err)
	}
	var files []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 || (f[0] != "lecteur" && !strings.HasPrefix(f[0], "lecteur/")) {
			continue
		}
		for _, name := range f[2:] {
			if name != "" {
				files = append(files, filepath.Join(f[1], name))
			}
		}
	}
	sort.Strings(files)
	files = append(files, filepath.Join(root, "go.sum"))
	v, err := hashFiles(root, files)
	if err != nil {
		return "", err
	}
	h := sha256.Sum256([]byte(v + " " + runtime.Version()))
	return hex.EncodeToString(h[:])[:16], nil
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
