package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/url"
	"os"
	"path"
	"sort"
	"strings"
)

// firstLoad is harness.js's record of a cold load, taken when the first
// result appears.
type firstLoad struct {
	At        float64
	PassageAt float64 `json:"-"` // the first result's passage shown, NaN for none
	Resources []loadedResource
	Startup   struct {
		CompileAsked, Compiled, GoRun, GoReturned float64
		// search.wasm's, the early search of web/early-search.js.
		EarlyCompileAsked, EarlyCompiled float64
		// search.wasm compiled, before its instantiation (early-search.js
		// compiles it as the page starts and instantiates it once the
		// page is parsed).
		EarlyCompileDone float64
		// The service worker's registration asked of the browser: its
		// install fetches the whole precache.
		WorkerRegistered float64
	}
	Marks []struct {
		Name string
		At   float64
	}
}

// loadedResource is one resource timing: URL, sizes and the moments it
// was asked for and received, in ms from navigation.
type loadedResource struct {
	URL        string
	Transfer   int64
	Body       int64
	Start, End float64
}

// startupPhase is one moment of Lecteur's cold start, in ms from
// navigation, read from the resource timings and harness.js's hooks.
type startupPhase struct {
	name string
	at   func(f *firstLoad) float64 // NaN when the load had no such moment
}

// startupPhases are the moments of a cold search?q= load, in the order
// they happen. The wasm and the data the first search waits for whole
// (index meta part, article list) are preloaded by the page, so their
// downloads overlap; the app decodes those two before it asks for the
// query's postings shards, and shows the first results once the shards
// are there (and, before the first result showed titles alone, the
// texts of its first results).
//
// Since the early search (web/early-search.js, search.wasm), the first
// result usually comes from it, before app.wasm has run: its moments come
// first, and the app's after the first result are not measured ("—").
var startupPhases = []startupPhase{
	{"search.wasm asked for", func(f *firstLoad) float64 { return f.resource("search.wasm", false) }},
	{"early-search.js asks to compile search.wasm", func(f *firstLoad) float64 { return nanIfZero(f.Startup.EarlyCompileAsked) }},
	{"search.wasm downloaded", func(f *firstLoad) float64 { return f.resource("search.wasm", true) }},
	{"search.wasm compiled (streaming)", func(f *firstLoad) float64 { return nanIfZero(f.Startup.EarlyCompileDone) }},
	{"search.wasm compiled and instantiated", func(f *firstLoad) float64 { return nanIfZero(f.Startup.EarlyCompiled) }},
	{"early search: index meta decoded", func(f *firstLoad) float64 { return f.mark("lecteur:early meta decoded") }},
	{"early search: shards in, searched", func(f *firstLoad) float64 { return f.mark("lecteur:early searched") }},
	{"service worker registered (its install fetches the precache)", func(f *firstLoad) float64 { return nanIfZero(f.Startup.WorkerRegistered) }},
	{"app.wasm asked for", func(f *firstLoad) float64 { return f.resource("app.wasm", false) }},
	{"app.wasm downloaded", func(f *firstLoad) float64 { return f.resource("app.wasm", true) }},
	{"index meta and article list downloaded", func(f *firstLoad) float64 {
		return math.Max(f.resource("index-meta.bin", true), f.resource("articles.bin", true))
	}},
	{"app.js asks to compile app.wasm (streaming)", func(f *firstLoad) float64 { return nanIfZero(f.Startup.CompileAsked) }},
	{"app.wasm compiled and instantiated", func(f *firstLoad) float64 { return nanIfZero(f.Startup.Compiled) }},
	{"Go started: init, main, go-app's first render", func(f *firstLoad) float64 { return nanIfZero(f.Startup.GoReturned) }},
	{"index meta and article list decoded (first shard asked for)", func(f *firstLoad) float64 { return f.firstOf("index-", false) }},
	{"postings shards downloaded", func(f *firstLoad) float64 { return f.lastOf("index-", true) }},
	{"first text chunk asked for", func(f *firstLoad) float64 { return f.firstOf("text-", false) }},
	{"first result shown", func(f *firstLoad) float64 { return f.At }},
	{"its passage shown", func(f *firstLoad) float64 { return f.PassageAt }},
}

// mark returns when the page marked name, NaN when it had not when the
// first result appeared.
func (f *firstLoad) mark(name string) float64 {
	for _, m := range f.Marks {
		if m.Name == name {
			return m.At
		}
	}
	return math.NaN()
}

func nanIfZero(x float64) float64 {
	if x == 0 {
		return math.NaN()
	}
	return x
}

// base is the file name of resource r's URL.
func (r loadedResource) base() string {
	u, err := url.Parse(r.URL)
	if err != nil {
		return ""
	}
	return path.Base(u.Path)
}

// resource returns when the first request of the file named name was
// made (or answered, with end), NaN when there was none.
func (f *firstLoad) resource(name string, end bool) float64 {
	for _, r := range f.Resources {
		if r.base() == name {
			if end {
				return r.End
			}
			return r.Start
		}
	}
	return math.NaN()
}

// shardOrChunk reports whether r is one of the files named prefix + a
// number (index-003.bin.gz, text-012.json.gz), not index-meta.bin.
func (r loadedResource) shardOrChunk(prefix string) bool {
	b := r.base()
	return strings.HasPrefix(b, prefix) && len(b) > len(prefix) && b[len(prefix)] >= '0' && b[len(prefix)] <= '9'
}

// firstOf is the earliest start (or end) of a file numbered after prefix.
func (f *firstLoad) firstOf(prefix string, end bool) float64 {
	at := math.NaN()
	for _, r := range f.Resources {
		if r.shardOrChunk(prefix) {
			t := r.Start
			if end {
				t = r.End
			}
			if math.IsNaN(at) || t < at {
				at = t
			}
		}
	}
	return at
}

// lastOf is the latest start (or end) of a file numbered after prefix,
// among those finished before the first result.
func (f *firstLoad) lastOf(prefix string, end bool) float64 {
	at := math.NaN()
	for _, r := range f.Resources {
		if r.shardOrChunk(prefix) && r.End > 0 && r.End <= f.At {
			t := r.Start
			if end {
				t = r.End
			}
			if math.IsNaN(at) || t > at {
				at = t
			}
		}
	}
	return at
}

// startupRun is one cold load's phases (startupPhases' order), the app's
// own performance marks, and the machine's load average when it ended.
type startupRun struct {
	Phases []float64          `json:"-"`
	Marks  map[string]float64 `json:",omitempty"`
	Load   string
}

// MarshalJSON writes the phases by name, null for a moment the load did
// not have (JSON has no NaN).
func (r startupRun) MarshalJSON() ([]byte, error) {
	phases := map[string]*float64{}
	for i, p := range startupPhases {
		if i < len(r.Phases) && !math.IsNaN(r.Phases[i]) {
			x := r.Phases[i]
			phases[p.name] = &x
		} else {
			phases[p.name] = nil
		}
	}
	return json.Marshal(struct {
		Phases map[string]*float64
		Marks  map[string]float64 `json:",omitempty"`
		Load   string
	}{phases, r.Marks, r.Load})
}

func newStartupRun(f *firstLoad) startupRun {
	r := startupRun{Load: loadAverage()}
	for _, p := range startupPhases {
		r.Phases = append(r.Phases, p.at(f))
	}
	for _, m := range f.Marks {
		if r.Marks == nil {
			r.Marks = map[string]float64{}
		}
		if _, ok := r.Marks[m.Name]; !ok {
			r.Marks[m.Name] = m.At
		}
	}
	return r
}

// loadAverage is the first three fields of /proc/loadavg, or "?".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// printStartup writes the start-up table of Lecteur's cold loads: each
// phase's median and range over the runs, then the app's marks.
func printStartup(w io.Writer, runs []startupRun) {
	if len(runs) == 0 {
		return
	}
	var loads []string
	for _, r := range runs {
		loads = append(loads, r.Load)
	}
	fmt.Fprintf(w, "\nLecteur's cold start, ms from navigation, median (min–max) of %d cold loads (load average at the end of each: %s):\n\n", len(runs), strings.Join(loads, "; "))
	fmt.Fprintln(w, "| moment | median | range |")
	fmt.Fprintln(w, "|---|---:|---:|")
	row := func(name string, xs []float64) {
		var have []float64
		for _, x := range xs {
			if !math.IsNaN(x) {
				have = append(have, x)
			}
		}
		if len(have) == 0 {
			fmt.Fprintf(w, "| %s | — | |\n", name)
			return
		}
		sort.Float64s(have)
		fmt.Fprintf(w, "| %s | %.0f | %.0f–%.0f |\n", name, percentile(have, 50), have[0], have[len(have)-1])
	}
	for i, p := range startupPhases {
		xs := make([]float64, len(runs))
		for j, r := range runs {
			xs[j] = math.NaN()
			if i < len(r.Phases) {
				xs[j] = r.Phases[i]
			}
		}
		row(p.name, xs)
	}
	names := map[string]bool{}
	for _, r := range runs {
		for n := range r.Marks {
			names[n] = true
		}
	}
	var sorted []string
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Slice(sorted, func(i, j int) bool { return medianMark(runs, sorted[i]) < medianMark(runs, sorted[j]) })
	for _, n := range sorted {
		xs := make([]float64, len(runs))
		for j, r := range runs {
			x, ok := r.Marks[n]
			if !ok {
				x = math.NaN()
			}
			xs[j] = x
		}
		row("mark "+n, xs)
	}
}

func medianMark(runs []startupRun, name string) float64 {
	var xs []float64
	for _, r := range runs {
		if x, ok := r.Marks[name]; ok {
			xs = append(xs, x)
		}
	}
	return percentile(xs, 50)
}
