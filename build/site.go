package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"lecteur/app/corpus"
	"lecteur/app/pool"
	"lecteur/app/site"
	"lecteur/build/basepath"
)

// options are the inputs of one build.
type options struct {
	corpus string    // folder of articles
	out    string    // folder to write the site to
	base   string    // URL path the site is served under
	wasm   string    // prebuilt app.wasm, or "" to compile ./app
	cache  string    // folder of the build's caches (see caches), or "" for none
	log    io.Writer // progress and problems; nil for silence

	// pageSize is how many cards each page of the home list shows; 0
	// for ui.DefaultPageSize.
	pageSize int
	// memstats reports the live heap after each stage.
	memstats bool
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
	analysed int64    // articles whose entity mentions came from the cache
	data     bool     // the data files came from the cache
	rendered bool     // the pages came from the cache
	compiled bool     // the WebAssembly programs came from the cache
	fallback []string // pages read without finding their article
}

// stages records how long each stage of a build took, in order, in wall
// time and in CPU time: on a machine shared with other work the first
// says little about the build alone.
type stages struct {
	names []string
	times []time.Duration
	last  time.Time
	// cpu is the CPU time of each stage (user and system, every core;
	// cpuTime), and lastCPU the process's when the previous one ended.
	cpu     []time.Duration
	lastCPU time.Duration
	// heap, with -memstats, is the live heap at the end of each stage
	// (after a collection, which the stage's time does not include).
	heap    []uint64
	measure bool
}

// done ends the stage called name, begun when the previous one ended.
func (s *stages) done(name string) {
	now, cpu := time.Now(), cpuTime()
	s.names = append(s.names, name)
	s.times = append(s.times, now.Sub(s.last))
	s.cpu = append(s.cpu, cpu-s.lastCPU)
	if s.measure {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		s.heap = append(s.heap, m.HeapAlloc)
		now, cpu = time.Now(), cpuTime()
	}
	s.last, s.lastCPU = now, cpu
}

func (s *stages) String() string {
	var b strings.Builder
	for i, n := range s.names {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %.1fs", n, s.times[i].Seconds())
		if s.cpu[i] > 0 {
			fmt.Fprintf(&b, " (cpu %.1fs)", s.cpu[i].Seconds())
		}
		if i < len(s.heap) {
			fmt.Fprintf(&b, " (live heap %d MB)", s.heap[i]>>20)
		}
	}
	return b.String()
}

func (r *report) summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles, %d pages, %.1f MB in %.1fs (version %s)", r.articles, r.pages, float64(r.bytes)/1e6, r.elapsed.Seconds(), r.version)
	fmt.Fprintf(&b, "\n  %s", &r.stages)
	if r.cached > 0 || r.analysed > 0 || r.rendered || r.data {
		fmt.Fprintf(&b, "\n  from the cache: %d of %d articles", r.cached, r.articles)
		if r.analysed > 0 {
			fmt.Fprintf(&b, ", the entities of %d", r.analysed)
		}
		if r.data {
			b.WriteString(", the data files")
		}
		if r.rendered {
			b.WriteString(", the pages")
		}
		if r.compiled {
			b.WriteString(", the programs")
		}
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

// dataVersionOf is the data version of the data files among files
// (app/site's names, which the prerendering reads): a hash of their names
// and bytes (site.DataPath: a page never reads the data of another
// build).
func dataVersionOf(files map[string][]byte) string {
	names := dataNames(files)
	h := sha256.New()
	for _, n := range names {
		sum := sha256.Sum256(files[n])
		fmt.Fprintf(h, "%s %x\n", n, sum)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// moveData moves the data files among files to the folder of their data
// version v.
func moveData(files map[string][]byte, v string) {
	for _, n := range dataNames(files) {
		files[site.DataPath(n, v)] = files[n]
		delete(files, n)
	}
}

// dataNames are the names of the data files among files, sorted.
func dataNames(files map[string][]byte) []string {
	var names []string
	for n := range files {
		if site.DataPath(n, "v") != n {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// buildSite runs the whole pipeline. OUT is checked first, so that a
// build that cannot write its site says so before the long work, and the
// site is written next to OUT, pages as they are rendered, and swapped in
// only when complete (newSite).
func buildSite(o options) (*report, error) {
	start := time.Now()
	st := stages{last: start, lastCPU: cpuTime(), measure: o.memstats}
	if o.log == nil {
		o.log = io.Discard
	}
	base, err := basepath.Normalize(o.base)
	if err != nil {
		return nil, err
	}
	if err := checkOutput(o.out, o.corpus); err != nil {
		return nil, err
	}

	cache, err := openCaches(o.cache)
	if err != nil {
		return nil, err
	}
	defer cache.close()
	arts, problems, err := corpus.ReadDirFunc(o.corpus, cache.read(), progress(o.log, "reading"))
	if ierr := cache.saveIndex(); ierr != nil {
		fmt.Fprintf(o.log, "article cache: %v\n", ierr)
	}
	st.done("read")
	for _, p := range problems {
		fmt.Fprintf(o.log, "skipped %s\n", p)
	}
	if err != nil {
		return nil, err
	}

	files, dataCached, err := cache.dataFiles(arts, func() (map[string][]byte, error) {
		return dataFiles(arts, cache.analyze(), func(what string) func(int, int) { return progress(o.log, what) }, &st)
	})
	if err != nil {
		return nil, err
	}
	if dataCached {
		st.done("data")
	}
	progs, compiled, err := cache.wasm(o.wasm)
	if err != nil {
		return nil, err
	}
	st.done("wasm")
	for name, b := range progs {
		files[name] = b
	}
	if err := addWebAssets(files); err != nil {
		return nil, err
	}

	catalog, err := gunzipBytes(site.CatalogFile, files[site.CatalogFile])
	if err != nil {
		return nil, err
	}
	stories, err := storyIDs(catalog)
	if err != nil {
		return nil, err
	}
	homePages, entityPages, err := listPageCounts(catalog, o.pageSize)
	if err != nil {
		return nil, err
	}
	catalog = nil
	routes := pageRoutes(arts, stories, homePages, entityPages)
	sources := pageSources(arts)
	r := &report{articles: len(arts), problems: problems, pages: len(routes)}
	for _, a := range arts {
		if a.Fallback {
			r.fallback = append(r.fallback, a.Path)
		}
	}
	// From here on the pages read the data files: the articles' texts
	// (some hundreds of MB at 100,000 articles) can go.
	arts = nil
	dataVersion := dataVersionOf(files)
	renderKey := cache.renderKey(files, routes, base, o.pageSize)
	out, err := openNewSite(o.out)
	if err != nil {
		return nil, err
	}
	committed := false
	defer func() {
		if !committed {
			out.abort()
		}
	}()
	// The data files, programs and assets go to disk first, and the pages
	// read the data from there: the build keeps only what the pages
	// decode of it.
	moveData(files, dataVersion)
	if err := out.writeAll(files); err != nil {
		return nil, fmt.Errorf("output %s left as it was: %w", o.out, err)
	}
	files = nil
	load := func(name string) ([]byte, error) {
		b, err := out.read(site.DataPath(name, dataVersion))
		if err == nil && site.Gzipped(name) {
			return gunzipBytes(name, b)
		}
		return b, err
	}
	// The search page's early search finds a query's postings shards with
	// the index's shard keys (web/early-search.js).
	shardKeys, err := indexShardKeys(load)
	if err != nil {
		return nil, err
	}
	// Pages go to disk as they are rendered.
	rendered, err := cache.render(renderKey, load, out.sizes(), routes, sources, base, o.pageSize, progress(o.log, "rendering"), func(file string, page []byte) error {
		if file == pageFile("/search") {
			page = preloadSearchData(page, base, dataVersion, shardKeys)
		}
		return out.write(file, page)
	})
	if err != nil {
		return nil, err
	}
	st.done("render")
	version := hashFiles(out.sums(), base, routes)
	generated, err := goappOutputs(out.sizes(), routes, base, version, dataVersion, o.pageSize)
	if err != nil {
		return nil, err
	}
	generated["/.nojekyll"] = nil
	if err := out.writeAll(generated); err != nil {
		return nil, fmt.Errorf("output %s left as it was: %w", o.out, err)
	}
	st.done("write")
	sums := out.sums()
	if err := out.commit(); err != nil {
		return nil, err
	}
	committed = true
	r.version, r.elapsed, r.stages = version, time.Since(start), st
	if cache != nil {
		r.cached = cache.articles.Hits.Load()
		r.analysed = cache.mentions.Hits.Load()
		r.rendered, r.compiled, r.data = rendered, compiled, dataCached
	}
	for _, f := range sums {
		r.bytes += int64(f.size)
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
func hashFiles(files map[string]fileSum, base string, routes []string) string {
	h := sha256.New()
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintf(h, "base %s\nbudget %d %d %d\n%s\n", base, articlePagesBudget, dataBudget, offlineBudget, workerJS)
	for _, n := range names {
		fmt.Fprintf(h, "%s %x\n", n, files[n].sum)
	}
	for _, r := range routes {
		fmt.Fprintf(h, "route %s\n", r)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// checkOutput says why the build may not replace out with a site, or
// nil: out must be given, be a folder (or not exist yet), be empty or
// hold a site a Lecteur build wrote (corpus.SiteMarker), and not hold the
// corpus folder corpusDir (if not ""), which replacing it would delete.
func checkOutput(out, corpusDir string) error {
	if out == "" {
		return errors.New("no output folder given (the path is empty)")
	}
	info, err := os.Stat(out)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if target, err := os.Readlink(out); err == nil {
			return fmt.Errorf("output %s is a symbolic link to %s, which does not exist", out, target)
		}
		return nil
	case err != nil:
		return fmt.Errorf("output %s: %w", out, err)
	case !info.IsDir():
		return fmt.Errorf("output %s is a file, not a folder", out)
	}
	if corpusDir != "" && inside(corpusDir, out) {
		return fmt.Errorf("output %s holds the corpus %s: the build replaces the whole output folder, which would delete the articles; choose another OUT", out, corpusDir)
	}
	if _, err := os.Stat(filepath.Join(out, corpus.SiteMarker)); err == nil {
		return nil
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return fmt.Errorf("output %s: %w", out, err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("output %s is not empty and was not written by a Lecteur build; choose another OUT or empty it", out)
	}
	return nil
}

// inside tells whether path is dir or lies inside it, links resolved.
func inside(path, dir string) bool {
	resolve := func(p string) string {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			p = r
		}
		if a, err := filepath.Abs(p); err == nil {
			p = a
		}
		return p
	}
	rel, err := filepath.Rel(resolve(dir), resolve(path))
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// writeOutput replaces the folder out with files (site paths to
// contents), all at once (newSite).
func writeOutput(out string, files map[string][]byte) error {
	d, err := openNewSite(out)
	if err != nil {
		return err
	}
	if err := d.writeAll(files); err != nil {
		d.abort()
		return fmt.Errorf("output %s left as it was: %w", d.out, err)
	}
	return d.commit()
}

// newSite is a new site being written next to the folder out, in a
// hidden folder (".<out>.lecteur-new"), and swapped in only once complete
// (commit): a build that fails, or is stopped, leaves the previous site
// as it was, and a server reading out never sees half a site. The old
// site is moved to ".<out>.lecteur-old" and removed. Either folder left
// by a build that was killed is removed by the next. out, if a symbolic
// link, stays one: the folder it points to is replaced.
//
// Files go to disk as the build makes them, so that it never holds the
// whole site: at 100,000 articles the prerendered pages alone are about a
// gigabyte. The folder keeps each file's size and hash, which the
// service worker's lists and the site's version are made of.
type newSite struct {
	out, tmp, old string

	mu    sync.Mutex
	files map[string]fileSum // site path → what was written
	dirs  map[string]bool    // folders made, as site paths
}

// fileSum is what a newSite keeps of a file it wrote.
type fileSum struct {
	size int
	sum  [sha256.Size]byte
}

// openNewSite checks out (checkOutput), clears what a killed build left
// next to it and makes the folder the new site is written to, with the
// marker first, so that a folder a killed build leaves is known as a site.
func openNewSite(out string) (*newSite, error) {
	if err := checkOutput(out, ""); err != nil {
		return nil, err
	}
	if real, err := filepath.EvalSymlinks(out); err == nil {
		out = real
	}
	out, err := filepath.Abs(out)
	if err != nil {
		return nil, fmt.Errorf("output %s: %w", out, err)
	}
	parent, name := filepath.Dir(out), filepath.Base(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("output %s: %w", out, err)
	}
	d := &newSite{
		out:   out,
		tmp:   filepath.Join(parent, "."+name+".lecteur-new"),
		old:   filepath.Join(parent, "."+name+".lecteur-old"),
		files: map[string]fileSum{},
		dirs:  map[string]bool{"/": true},
	}
	if _, err := os.Lstat(out); errors.Is(err, os.ErrNotExist) {
		// A build killed between its two renames: the previous site is
		// back where it was if this one fails.
		if _, err := os.Stat(filepath.Join(d.old, corpus.SiteMarker)); err == nil {
			os.Rename(d.old, out)
		}
	}
	for _, dir := range []string{d.tmp, d.old} {
		if err := removeLeftover(dir); err != nil {
			return nil, err
		}
	}
	if err := os.Mkdir(d.tmp, 0o755); err != nil {
		return nil, fmt.Errorf("output %s: cannot write the new site next to it: %w", out, err)
	}
	if err := os.WriteFile(filepath.Join(d.tmp, corpus.SiteMarker), nil, 0o644); err != nil {
		os.RemoveAll(d.tmp)
		return nil, fmt.Errorf("output %s: cannot write the new site next to it: %w", out, err)
	}
	return d, nil
}

// write writes the file name (a site path, "/articles/a.html") with
// contents b. It may be called from several goroutines; a name written
// twice keeps its last contents.
func (d *newSite) write(name string, b []byte) error {
	dir := path.Dir(name)
	d.mu.Lock()
	made := d.dirs[dir]
	d.mu.Unlock()
	p := filepath.Join(d.tmp, filepath.FromSlash(strings.TrimPrefix(name, "/")))
	if !made {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("write %s: %w", name, unwrapPathErr(err))
		}
		d.mu.Lock()
		d.dirs[dir] = true
		d.mu.Unlock()
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", name, unwrapPathErr(err))
	}
	s := fileSum{size: len(b), sum: sha256.Sum256(b)}
	d.mu.Lock()
	d.files[name] = s
	d.mu.Unlock()
	return nil
}

// read returns the contents of the file name that write wrote.
func (d *newSite) read(name string) ([]byte, error) {
	d.mu.Lock()
	_, ok := d.files[name]
	d.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("no file %s", name)
	}
	return os.ReadFile(filepath.Join(d.tmp, filepath.FromSlash(strings.TrimPrefix(name, "/"))))
}

// writeAll writes files, by several goroutines: twice as many as CPUs,
// since writing waits on the disk (at 10,000 articles the build writes
// some 11,000 files, and opening them is most of the time).
func (d *newSite) writeAll(files map[string][]byte) error {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	failed := make([]error, len(names))
	pool.Each(len(names), 2*runtime.GOMAXPROCS(0), func(i int) {
		failed[i] = d.write(names[i], files[names[i]])
	}, nil)
	for _, err := range failed {
		if err != nil {
			return err
		}
	}
	return nil
}

// sizes returns the size of every file written so far, by site path.
func (d *newSite) sizes() map[string]int {
	d.mu.Lock()
	defer d.mu.Unlock()
	m := make(map[string]int, len(d.files))
	for n, s := range d.files {
		m[n] = s.size
	}
	return m
}

// sums returns every file written so far with its size and hash.
func (d *newSite) sums() map[string]fileSum {
	d.mu.Lock()
	defer d.mu.Unlock()
	m := make(map[string]fileSum, len(d.files))
	for n, s := range d.files {
		m[n] = s
	}
	return m
}

// commit puts the new site in place of out.
func (d *newSite) commit() error {
	if _, err := os.Stat(d.out); err == nil {
		if err := os.Rename(d.out, d.old); err != nil {
			d.abort()
			return fmt.Errorf("output %s left as it was: cannot move it aside: %w", d.out, err)
		}
	}
	if err := os.Rename(d.tmp, d.out); err != nil {
		os.Rename(d.old, d.out)
		d.abort()
		return fmt.Errorf("output %s left as it was: cannot move the new site in: %w", d.out, err)
	}
	if err := os.RemoveAll(d.old); err != nil {
		return fmt.Errorf("remove the previous site %s: %w", d.old, err)
	}
	return nil
}

// abort removes the new site, leaving out as it was.
func (d *newSite) abort() {
	os.RemoveAll(d.tmp)
}

// removeLeftover removes a folder an interrupted build left next to OUT,
// and refuses to touch one it did not write.
func removeLeftover(dir string) error {
	if _, err := os.Lstat(dir); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, corpus.SiteMarker)); err != nil {
		return fmt.Errorf("%s is in the way of the build and was not written by one; remove it", dir)
	}
	return os.RemoveAll(dir)
}

// unwrapPathErr drops the temporary folder's path from err: the message
// names the site file instead.
func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
