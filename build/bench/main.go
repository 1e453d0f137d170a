// Command bench measures Lecteur's search in headless Chromium against
// MiniSearch, Fuse.js and Pagefind, on the seed corpus and on synthetic
// French corpora of the given sizes (build/gencorpus/synth), and prints the
// figures as Markdown tables with the budgets of issues 5 and 9:
//
//	go run ./build/bench [-n 1000,10000] [-typed 100] [-accuracy 1000]
//
// For each corpus it builds the site (go run ./build, BASE=/), writes the
// same articles for the other engines (a JSON for MiniSearch and Fuse.js,
// HTML pages indexed by the pagefind CLI from build/bench/node_modules),
// serves everything from one local server, and opens each engine in a fresh
// browser context of one Chromium: cold load, ten searches then memory,
// probe queries typed one key at a time (per-keystroke latency), and probe
// queries pasted whole (top-1 accuracy). Timings are taken in the page by
// harness.js; nothing is asserted, the figures are the output.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func main() {
	log.SetFlags(0)
	if err := run(); err != nil {
		log.Fatal("bench: ", err)
	}
}

// config is what the flags choose.
type config struct {
	sizes    []int
	seeds    string
	work     string
	npm      string
	engines  []string
	typed    int
	accuracy int
	budget   time.Duration
	jsonOut  string
	seed     uint64
	src      string
	profile  string
	memProf  string
	reuse    bool
	// cold is how many cold loads of Lecteur give its start-up figures;
	// startupOnly skips everything else.
	cold        int
	startupOnly bool
}

func run() error {
	var c config
	sizes := flag.String("n", "1000,10000", "sizes of the synthetic corpora, comma-separated (empty for none)")
	flag.StringVar(&c.seeds, "seeds", "testdata/corpus", "the seed corpus (empty to skip it)")
	flag.StringVar(&c.work, "work", "", "folder for corpora, sites and indexes (default: a temporary folder, removed)")
	flag.StringVar(&c.npm, "npm", "build/bench/node_modules", "node_modules with minisearch, fuse.js and pagefind (npm ci in build/bench)")
	engines := flag.String("engines", "lecteur,minisearch,pagefind,fuse", "engines to measure")
	flag.IntVar(&c.typed, "typed", 60, "probe queries typed key by key, per engine and corpus")
	flag.IntVar(&c.accuracy, "accuracy", 300, "probe queries pasted whole for top-1 accuracy, per engine and corpus")
	flag.DurationVar(&c.budget, "budget", 60*time.Second, "time limit of each typing and accuracy phase (slow engines do fewer probes)")
	flag.StringVar(&c.jsonOut, "json", "", "also write every figure to this JSON file")
	flag.Uint64Var(&c.seed, "seed", 1, "seed of the synthetic corpora")
	flag.StringVar(&c.src, "src", ".", "the Lecteur repository whose site is built and measured (e.g. an older commit's `git archive`)")
	flag.StringVar(&c.profile, "cpuprofile", "", "write Chromium's CPU profile of each engine's typing phase into this folder (see profile.go)")
	flag.StringVar(&c.memProf, "memprofile", "", "write the Go heap profile and runtime.MemStats of Lecteur's app.wasm after its ten searches into this folder, when app.wasm was built with -tags memprofile (see memprofile.go)")
	flag.BoolVar(&c.reuse, "reuse", false, "keep the sites and data a previous run left in -work instead of building them again (to measure a changed app.wasm copied into them)")
	flag.IntVar(&c.cold, "cold", 1, "cold loads of Lecteur, each in a fresh browser, for its start-up breakdown (median of them)")
	flag.BoolVar(&c.startupOnly, "startup", false, "measure Lecteur's cold start only (-cold loads; no typing, accuracy or memory)")
	flag.Parse()
	for _, s := range strings.Split(*sizes, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			return fmt.Errorf("-n: %q is not a positive number", s)
		}
		c.sizes = append(c.sizes, n)
	}
	c.engines = strings.Split(*engines, ",")
	if _, err := os.Stat(filepath.Join(c.npm, "minisearch")); err != nil {
		return fmt.Errorf("no MiniSearch in %s: run `npm ci --prefix build/bench` (make bench does): %w", c.npm, err)
	}
	if c.work == "" {
		dir, err := os.MkdirTemp("", "lecteur-bench")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		c.work = dir
	}
	work, err := filepath.Abs(c.work)
	if err != nil {
		return err
	}
	c.work = work
	for _, dir := range []*string{&c.src, &c.npm, &c.seeds, &c.profile, &c.memProf} {
		if *dir == "" {
			continue
		}
		if *dir, err = filepath.Abs(*dir); err != nil {
			return err
		}
	}
	builder, err := compileBuilder(c.src, c.work)
	if err != nil {
		return err
	}
	chrome, err := chromiumPath()
	if err != nil {
		return err
	}

	var specs []corpusSpec
	if c.seeds != "" {
		specs = append(specs, corpusSpec{name: "seeds", source: c.seeds, probes: seedProbes})
	}
	for _, n := range c.sizes {
		specs = append(specs, corpusSpec{name: countName(n), size: n})
	}
	started := time.Now()
	var results []*corpusResult
	for _, spec := range specs {
		logf("== %s", spec.name)
		p, err := prepare(c, builder, spec)
		if err != nil {
			return fmt.Errorf("%s: %w", spec.name, err)
		}
		r, err := measure(c, chrome, p)
		if err != nil {
			return fmt.Errorf("%s: %w", spec.name, err)
		}
		results = append(results, r)
	}
	rep := report{Date: time.Now().UTC().Format("2006-01-02"), Machine: machine(), Command: "make bench" + flagsUsed(), Corpora: results, Elapsed: time.Since(started).Round(time.Second).String()}
	rep.print(os.Stdout)
	if c.jsonOut != "" {
		data, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(c.jsonOut, append(data, '\n'), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", c.jsonOut, err)
		}
	}
	return nil
}

// flagsUsed lists the flags given on the command line, for the report.
func flagsUsed() string {
	var s string
	flag.Visit(func(f *flag.Flag) {
		if f.Name != "json" && f.Name != "work" {
			s += fmt.Sprintf(" -%s=%s", f.Name, f.Value)
		}
	})
	if s != "" {
		s = " (go run ./build/bench" + s + ")"
	}
	return s
}

// countName names a corpus by its size: 1000 → "1k", 2500 → "2500".
func countName(n int) string {
	if n%1000 == 0 {
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.Itoa(n)
}

// logf reports progress on stderr; the tables go to stdout.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
}
