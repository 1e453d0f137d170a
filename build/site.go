package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"lecteur/app/corpus"
	"lecteur/app/ui"
	"lecteur/build/articlecache"
)

// articleReader is corpus.Parse, behind the article cache in folder dir
// unless dir is "".
func articleReader(dir string) (corpus.ParseFunc, *articlecache.Cache, error) {
	if dir == "" {
		return corpus.Parse, nil, nil
	}
	root, err := moduleRoot()
	if err != nil {
		return nil, nil, err
	}
	version, err := articlecache.ReaderVersion(root)
	if err != nil {
		return nil, nil, fmt.Errorf("article cache: %w", err)
	}
	c, err := articlecache.Open(dir, version)
	if err != nil {
		return nil, nil, fmt.Errorf("article cache: %w", err)
	}
	return c.Parse, c, nil
}

// options are the inputs of one build.
type options struct {
	corpus string    // folder of articles
	out    string    // folder to write the site to
	base   string    // URL path the site is served under
	wasm   string    // prebuilt app.wasm, or "" to compile ./app
	cache  string    // folder of the article cache (articlecache), or "" for none
	log    io.Writer // progress and problems; nil for silence
}

// report says what a build did.
type report struct {
	articles int
	problems []corpus.Problem
	pages    int
	bytes    int64
	version  string
	elapsed  time.Duration
	stages   stages
	cached   int64    // files whose article came from the cache
	fallback []string // pages read without finding their article
}

// stages records how long each stage of a build took, in order.
type stages struct {
	names []string
	times []time.Duration
	last  time.Time
}

// done ends the stage called name, begun when the previous one ended.
func (s *stages) done(name string) {
	now := time.Now()
	s.names = append(s.names, name)
	s.times = append(s.times, now.Sub(s.last))
	s.last = now
}

func (s *stages) String() string {
	var b strings.Builder
	for i, n := range s.names {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %.1fs", n, s.times[i].Seconds())
	}
	return b.String()
}

func (r *report) summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles, %d pages, %.1f MB in %.1fs (version %s)", r.articles, r.pages, float64(r.bytes)/1e6, r.elapsed.Seconds(), r.version)
	fmt.Fprintf(&b, "\n  %s", &r.stages)
	if r.cached > 0 {
		fmt.Fprintf(&b, "\n  %d of %d articles from the cache", r.cached, r.articles)
	}
	if len(r.fallback) > 0 {
		fmt.Fprintf(&b, "\n  %d pages read whole (no article found in the page, all its text kept):", len(r.fallback))
		for _, p := range r.fallback {
			fmt.Fprintf(&b, "\n  %s", p)
		}
	}
	if len(r.problems) > 0 {
		fmt.Fprintf(&b, "; %d skipped:", len(r.problems))
		for _, p := range r.problems {
			fmt.Fprintf(&b, "\n  %s", p)
		}
	}
	return b.String()
}

// outputMarker marks a folder as a Lecteur build, so the build only ever
// empties folders it wrote itself.
const outputMarker = ".lecteur-site"

// buildSite runs the whole pipeline.
func buildSite(o options) (*report, error) {
	start := time.Now()
	st := stages{last: start}
	if o.log == nil {
		o.log = io.Discard
	}
	ui.SetBase(o.base)
	base := ui.Base()

	parse, cache, err := articleReader(o.cache)
	if err != nil {
		return nil, err
	}
	arts, problems, err := corpus.ReadDirFunc(o.corpus, parse, progress(o.log, "reading"))
	st.done("read")
	for _, p := range problems {
		fmt.Fprintf(o.log, "skipped %s\n", p)
	}
	if err != nil {
		return nil, err
	}

	files, err := dataFiles(arts, func(what string) func(int, int) { return progress(o.log, what) }, &st)
	if err != nil {
		return nil, err
	}
	wasm, ingestWasm, err := appWasm(o.wasm)
	if err != nil {
		return nil, err
	}
	st.done("wasm")
	files["/web/app.wasm"] = wasm
	files["/web/ingest.wasm"] = ingestWasm
	if err := addWebAssets(files); err != nil {
		return nil, err
	}

	routes := pageRoutes(arts)
	pages, err := renderPages(files, routes, base, progress(o.log, "rendering"))
	if err != nil {
		return nil, err
	}
	for p, b := range pages {
		files[p] = b
	}
	st.done("render")
	version := hashFiles(files, base, routes)
	generated, err := goappOutputs(files, routes, base, version)
	if err != nil {
		return nil, err
	}
	for p, b := range generated {
		files[p] = b
	}
	files["/.nojekyll"] = nil

	st.done("version")
	if err := writeOutput(o.out, files); err != nil {
		return nil, err
	}
	st.done("write")
	r := &report{articles: len(arts), problems: problems, pages: len(routes), version: version, elapsed: time.Since(start), stages: st}
	if cache != nil {
		r.cached = cache.Hits.Load()
	}
	for _, a := range arts {
		if a.Fallback {
			r.fallback = append(r.fallback, a.Path)
		}
	}
	for _, b := range files {
		r.bytes += int64(len(b))
	}
	return r, nil
}

// progress returns a callback that keeps one updating line on w.
func progress(w io.Writer, what string) func(done, total int) {
	return func(done, total int) {
		if total < 50 {
			return
		}
		if done == total || done%100 == 0 {
			fmt.Fprintf(w, "\r%s %d/%d", what, done, total)
			if done == total {
				fmt.Fprintln(w)
			}
		}
	}
}

// hashFiles is the site's version: a hash of every file the build wrote
// (pages, data, wasm, assets) and of the service worker's code and what it
// precaches, so an unchanged build keeps its version, and its bytes, and
// any change makes a new one, which readers get through the update prompt.
func hashFiles(files map[string][]byte, base string, routes []string) string {
	h := sha256.New()
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintf(h, "base %s\nbudget %d %d\n%s\n", base, articlePagesBudget, dataBudget, workerJS)
	for _, n := range names {
		sum := sha256.Sum256(files[n])
		fmt.Fprintf(h, "%s %x\n", n, sum)
	}
	for _, r := range routes {
		fmt.Fprintf(h, "route %s\n", r)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// writeOutput replaces the folder out with files (site paths to contents).
// Files are written by several goroutines: at 10,000 articles the build
// writes some 11,000 files, and opening them is most of the time.
func writeOutput(out string, files map[string][]byte) error {
	if err := prepareOutput(out); err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	dirs := map[string]bool{}
	for n := range files {
		names = append(names, n)
		dirs[path.Dir(n)] = true
	}
	sort.Strings(names)
	for d := range dirs {
		if err := os.MkdirAll(filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(d, "/"))), 0o755); err != nil {
			return err
		}
	}
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
		work     = make(chan string)
	)
	for w := 0; w < 2*runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range work {
				p := filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(n, "/")))
				if err := os.WriteFile(p, files[n], 0o644); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = fmt.Errorf("write %s: %w", p, err)
					}
					mu.Unlock()
				}
			}
		}()
	}
	for _, n := range names {
		work <- n
	}
	close(work)
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	return os.WriteFile(filepath.Join(out, outputMarker), nil, 0o644)
}

// prepareOutput empties out, refusing to touch a non-empty folder that an
// earlier build did not write.
func prepareOutput(out string) error {
	entries, err := os.ReadDir(out)
	if errors.Is(err, os.ErrNotExist) {
		return os.MkdirAll(out, 0o755)
	}
	if err != nil {
		return fmt.Errorf("output %s: %w", out, err)
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, outputMarker)); err != nil {
		return fmt.Errorf("output %s is not empty and was not written by a Lecteur build; choose another OUT or empty it", out)
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(out, e.Name())); err != nil {
			return err
		}
	}
	return nil
}
