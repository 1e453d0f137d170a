// Command build turns a folder of articles into Lecteur's static site:
//
//	corpus folder → articles (app/corpus) → entities (app/entity)
//	→ search index (app/search) → data files (app/site)
//	→ app.wasm + ingest.wasm (app/ingestworker) + prerendered pages (app/ui) → OUT/
//
// Usage: go run ./build -corpus testdata/corpus -out _site -base /
//
// Everything heavy happens here, natively, so the browser only decodes
// compact data. Bad files are reported and skipped; the rest builds.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"

	"lecteur/app/ui"
)

func main() {
	log.SetFlags(0)
	if err := run(); err != nil {
		log.Fatal("build: ", err)
	}
}

func run() error {
	var o options
	flag.StringVar(&o.corpus, "corpus", "testdata/corpus", "folder of articles")
	flag.StringVar(&o.out, "out", "_site", "folder to write the site to")
	flag.StringVar(&o.base, "base", "/", "URL path the site is served under, e.g. /repo/ for GitHub Pages")
	flag.StringVar(&o.wasm, "wasm", "", "prebuilt app.wasm to use instead of compiling ./app (and the ingest.wasm next to it, if there is one)")
	flag.StringVar(&o.cache, "cache", defaultCache(), `folder of the build's caches (articles already read, their entities, by content), or "off"`)
	flag.IntVar(&o.pageSize, "page-size", ui.DefaultPageSize, "articles on each page of the home list (the home page, page/2, page/3…, all prerendered)")
	flag.BoolVar(&o.memstats, "memstats", false, "report the live heap after each stage (a collection at each stage's end)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the build to this file (go tool pprof)")
	flag.Parse()
	// Make passes empty variables on (make build CORPUS=): say which.
	switch {
	case o.corpus == "":
		return errors.New("no corpus folder given: -corpus is empty (make build CORPUS=path/to/articles)")
	case o.out == "":
		return errors.New("no output folder given: -out is empty (make build OUT=_site)")
	case o.pageSize < 1:
		return fmt.Errorf("-page-size must be at least 1, got %d", o.pageSize)
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if o.cache == "off" {
		o.cache = ""
	}
	if os.Getenv("GOGC") == "" {
		// A build allocates much and keeps little: collecting garbage
		// half as often saves about a tenth of a 10,000-page build's CPU
		// time, for some hundreds of MB more at its peak.
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// ... but not past 3 GiB: near it the collector runs as often as
		// it must, so a 100,000-article build stays under 4 GB as long
		// as what it keeps does.
		debug.SetMemoryLimit(3 << 30)
	}
	o.log = os.Stderr
	r, err := buildSite(o)
	if err != nil {
		return err
	}
	fmt.Fprintln(os.Stderr, r.summary())
	return nil
}

// defaultCache is the build's cache folder in the user's cache folder
// ($XDG_CACHE_HOME or ~/.cache on Linux), or "" when there is none.
func defaultCache() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "lecteur")
}
