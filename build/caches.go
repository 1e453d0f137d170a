package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/pool"
	"lecteur/build/articlecache"
)

// caches are the build's content-addressed caches, in sub-folders of one
// folder (-cache): the articles read from files (articles/), the entity
// mentions found in them (mentions/), the data files made from them
// (data/: catalog, texts, search index, sketches), the prerendered pages
// (pages/) and the compiled WebAssembly programs (wasm/). A nil *caches
// reads, analyses, indexes, renders and compiles everything.
type caches struct {
	articles *articlecache.Cache
	mentions *articlecache.Mentions
	data     *articlecache.Packs
	pages    *articlecache.Packs
	programs *articlecache.Packs
	root     string // the repository
	// saving is the data files' pack being written while the build goes
	// on (close waits for it).
	saving sync.WaitGroup
}

// openCaches opens the caches under dir, or returns nil when dir is "".
// Their versions are hashes of the code (and data) each depends on.
func openCaches(dir string) (*caches, error) {
	if dir == "" {
		return nil, nil
	}
	root, err := moduleRoot()
	if err != nil {
		return nil, err
	}
	reader, err := articlecache.ReaderVersion(root)
	if err != nil {
		return nil, fmt.Errorf("article cache: %w", err)
	}
	recogniser, err := articlecache.EntityVersion(root)
	if err != nil {
		return nil, fmt.Errorf("mention cache: %w", err)
	}
	c := &caches{root: root}
	if c.articles, err = articlecache.Open(filepath.Join(dir, "articles"), reader); err != nil {
		return nil, fmt.Errorf("article cache: %w", err)
	}
	if c.mentions, err = articlecache.OpenMentions(filepath.Join(dir, "mentions"), recogniser); err != nil {
		return nil, fmt.Errorf("mention cache: %w", err)
	}
	if c.data, err = articlecache.OpenPacks(filepath.Join(dir, "data")); err != nil {
		return nil, fmt.Errorf("data cache: %w", err)
	}
	if c.pages, err = articlecache.OpenPacks(filepath.Join(dir, "pages")); err != nil {
		return nil, fmt.Errorf("page cache: %w", err)
	}
	if c.programs, err = articlecache.OpenPacks(filepath.Join(dir, "wasm")); err != nil {
		return nil, fmt.Errorf("program cache: %w", err)
	}
	return c, nil
}

// dataFiles is build (the build's data stages: entities, stories,
// catalog, index, texts) through the data cache: the files made before
// from the same articles by the same program are used again. The key is a
// hash of this executable (which holds the code of every stage, and the
// recogniser's embedded model and word lists) and of the articles, all
// their fields included; entity mentions need no key of their own, they
// follow from both.
func (c *caches) dataFiles(arts []corpus.Article, build func() (map[string][]byte, error)) (files map[string][]byte, cached bool, err error) {
	var key string
	if c != nil {
		if key = dataKey(arts); key != "" {
			if files, ok := c.data.Get(key); ok {
				return files, true, nil
			}
		}
	}
	files, err = build()
	if err == nil && key != "" {
		// Written while the site is (some 190 MB at 100,000 articles):
		// the pack gets its own map, since the build moves the files to
		// their data version's names in its own.
		pack := make(map[string][]byte, len(files))
		for n, b := range files {
			pack[n] = b
		}
		c.saving.Add(1)
		go func() {
			defer c.saving.Done()
			c.data.Put(key, pack)
		}()
	}
	return files, false, err
}

// dataKey hashes the program and the articles, or "" when the executable
// cannot be read (then the data is always made).
func dataKey(arts []corpus.Article) string {
	exe := executableHash()
	if exe == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "program %s\n", exe)
	enc := json.NewEncoder(h)
	for i := range arts {
		// Removed and Fallback are left out of the JSON and of the data.
		if enc.Encode(&arts[i]) != nil {
			return ""
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// renderKey is the key of the pages of routes in the page cache
// (renderKey's hash of what they depend on), or "" for none: no cache, a
// program that cannot hash itself, or a site of more than maxCachedPages
// pages, whose pack would hold every page in memory at once, which is
// what writing pages as they are rendered avoids.
func (c *caches) renderKey(files map[string][]byte, routes []string, base string, pageSize int) string {
	if c == nil || len(routes) > maxCachedPages {
		return ""
	}
	return renderKey(files, routes, base+" "+strconv.Itoa(pageSize))
}

// render is renderPages through the page cache: pages rendered before
// under the same key (caches.renderKey, "" for none) are used again.
// Either way each page goes to emit. cached reports that they came from
// the cache.
func (c *caches) render(key string, load func(string) ([]byte, error), sizes map[string]int, routes []string, sources map[string]string, base string, pageSize int, progress func(done, total int), emit func(file string, page []byte) error) (cached bool, err error) {
	if key != "" {
		if pages, ok := c.pages.Get(key); ok {
			return true, emitAll(pages, emit)
		}
	}
	var (
		mu    sync.Mutex
		pages map[string][]byte
	)
	if key != "" {
		pages = make(map[string][]byte, len(routes))
	}
	err = renderPages(load, sizes, routes, sources, base, pageSize, progress, func(file string, page []byte) error {
		if pages != nil {
			mu.Lock()
			pages[file] = page
			mu.Unlock()
		}
		return emit(file, page)
	})
	if err == nil && key != "" {
		c.pages.Put(key, pages)
	}
	return false, err
}

// maxCachedPages is the most pages the page cache keeps of a site: about
// 250 MB of pages, which a rebuild with nothing changed reads back in a
// few seconds instead of rendering them for minutes.
const maxCachedPages = 20_000

// emitAll hands every page to emit, from several goroutines (emit writes
// files), and returns the first error in the order of the file names.
func emitAll(pages map[string][]byte, emit func(file string, page []byte) error) error {
	names := make([]string, 0, len(pages))
	for n := range pages {
		names = append(names, n)
	}
	sort.Strings(names)
	failed := make([]error, len(names))
	pool.Each(len(names), 2*runtime.GOMAXPROCS(0), func(i int) {
		failed[i] = emit(names[i], pages[names[i]])
	}, nil)
	for _, err := range failed {
		if err != nil {
			return err
		}
	}
	return nil
}

// wasm is appWasm through the program cache: the programs compiled
// before from the same sources by the same Go are used again. A prebuilt
// app.wasm bypasses the cache.
func (c *caches) wasm(prebuilt string) (progs map[string][]byte, cached bool, err error) {
	if c == nil || prebuilt != "" {
		progs, err = appWasm(prebuilt)
		return progs, false, err
	}
	key := wasmKey(c.root)
	if key != "" {
		if p, ok := c.programs.Get(key); ok && len(p) == len(programs) {
			for _, prog := range programs {
				if len(p[path.Base(prog.file)]) == 0 {
					ok = false
				}
			}
			if ok {
				progs = map[string][]byte{}
				for _, prog := range programs {
					progs[prog.file] = p[path.Base(prog.file)]
				}
				return progs, true, nil
			}
		}
	}
	if progs, err = appWasm(""); err == nil && key != "" {
		pack := map[string][]byte{}
		for name, b := range progs {
			pack[path.Base(name)] = b
		}
		c.programs.Put(key, pack)
	}
	return progs, false, err
}

// wasmKey hashes what the browser's programs are compiled from: the Go
// toolchain and its settings (go env), go.mod and go.sum (which pin every
// library, read-only in the module cache), and every file under app/ but
// tests and test data (Go sources and the data they embed). "" when the go
// command cannot say: then the programs are always compiled.
func wasmKey(root string) string {
	cmd := exec.Command("go", "env", "GOVERSION", "GOFLAGS", "GOEXPERIMENT", "GOAMD64", "GOROOT", "GOWORK")
	cmd.Dir = root
	env, err := cmd.Output()
	if err != nil {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "go env %s\nbuild %s\n", env, strings.Join(wasmFlags, " "))
	var files []string
	err = filepath.WalkDir(filepath.Join(root, "app"), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") {
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
		return ""
	}
	files = append(files, filepath.Join(root, "go.mod"), filepath.Join(root, "go.sum"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return ""
		}
		rel, _ := filepath.Rel(root, f)
		fmt.Fprintf(h, "%s %x\n", filepath.ToSlash(rel), sha256.Sum256(b))
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// renderKey hashes what the prerendered pages depend on: the program
// rendering them (this executable, which holds app/ui, go-app and the
// build's own code), the base path, the routes, and every file the pages
// may read or name (names and contents). "" when the executable cannot be
// read: then pages are always rendered.
func renderKey(files map[string][]byte, routes []string, base string) string {
	exe := executableHash()
	if exe == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "program %s\nbase %s\n", exe, base)
	for _, r := range routes {
		fmt.Fprintf(h, "route %s\n", r)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(h, "file %s %x\n", n, sha256.Sum256(files[n]))
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// executableHash is the SHA-256 of the running program, or "".
var executableHash = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
})

// read is corpus.ReadFile, through the article cache if there is one.
func (c *caches) read() corpus.FileFunc {
	if c == nil {
		return corpus.ReadFile
	}
	return c.articles.ReadFile
}

// saveIndex keeps what the article cache learnt of the corpus's files, for
// the next build to know which it need not read.
func (c *caches) saveIndex() error {
	if c == nil {
		return nil
	}
	return c.articles.SaveIndex()
}

// close closes the article and mention caches' logs.
func (c *caches) close() {
	if c != nil {
		c.saving.Wait()
		c.articles.Close()
		c.mentions.Close()
	}
}

// analyze is ingest.Analyze, through the mention cache if there is one.
func (c *caches) analyze() func(corpus.Article) ingest.Doc {
	if c == nil {
		return ingest.Analyze
	}
	return c.mentions.Analyze
}
