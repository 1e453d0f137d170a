package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	goruntime "runtime"
	"sort"
	"strings"
)

// corpusResult is every figure of one corpus.
type corpusResult struct {
	Name    string
	Sizes   staticSizes
	Engines []*engineResult
}

// report is one run of the bench.
type report struct {
	Date, Machine, Command, Elapsed string
	Corpora                         []*corpusResult
}

// percentile returns the p-th percentile (0–100) of xs by the nearest-rank
// method, or NaN for no values.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	rank := int(math.Ceil(p / 100 * float64(len(s))))
	if rank < 1 {
		rank = 1
	}
	return s[rank-1]
}

// budget is one target of issues 5 and 9, checked on one corpus.
type budget struct {
	name   string
	corpus string // "" for every corpus
	target string
	value  func(c *corpusResult, lecteur *engineResult) (shown string, ok bool)
}

var budgets = []budget{
	{"app.wasm, gzip", "", "≤ 2.5 MB", func(c *corpusResult, _ *engineResult) (string, bool) {
		return mb(c.Sizes.WasmGzip), c.Sizes.WasmGzip <= 2_500_000
	}},
	{"search index, gzip, share of the corpus text gzip", "", "≤ 40 %", func(c *corpusResult, _ *engineResult) (string, bool) {
		share := 100 * float64(c.Sizes.IndexGzip) / float64(c.Sizes.TextGzip)
		return fmt.Sprintf("%.0f %% (%s of %s)", share, mb(c.Sizes.IndexGzip), mb(c.Sizes.TextGzip)), share <= 40
	}},
	{"downloaded before the first result, gzip", "", "", func(c *corpusResult, l *engineResult) (string, bool) {
		return mb(l.DownloadedGz) + fmt.Sprintf(" (%s raw, %d files)", mb(l.Downloaded), l.Requests), true
	}},
	{"navigation → first contentful paint, cold", "", "", func(c *corpusResult, l *engineResult) (string, bool) {
		return ms(l.FCPMs), true
	}},
	{"navigation → first search result, cold", "seeds", "≤ 1 s", firstResult},
	{"navigation → first search result, cold", "10k", "≤ 1 s", firstResult},
	{"navigation → first search result, cold", "1k", "", firstResult},
	{"JS heap + wasm memory after ten searches", "10k", "≤ 100 MB", memory},
	{"JS heap + wasm memory after ten searches", "1k", "", memory},
	{"JS heap + wasm memory after ten searches", "seeds", "", memory},
	{"per-keystroke latency, median / p95", "1k", "≤ 4 / 12 ms", latency(4, 12)},
	{"per-keystroke latency, median / p95", "10k", "≤ 8 / 25 ms", latency(8, 25)},
	{"per-keystroke latency, median / p95", "seeds", "", latency(math.Inf(1), math.Inf(1))},
	{"top-1 on the typo probes", "", "≥ best other engine", func(c *corpusResult, l *engineResult) (string, bool) {
		best, others := 0.0, 0
		for _, e := range c.Engines {
			if e != l && e.Error == "" && e.Probes > 0 {
				best = math.Max(best, e.top1())
				others++
			}
		}
		if others == 0 {
			return fmt.Sprintf("%.1f %% (no other engine measured)", 100*l.top1()), true
		}
		return fmt.Sprintf("%.1f %% (best other %.1f %%)", 100*l.top1(), 100*best), l.top1() >= best
	}},
}

func firstResult(c *corpusResult, l *engineResult) (string, bool) {
	return ms(l.FirstResultMs), l.FirstResultMs <= 1000
}

func memory(c *corpusResult, l *engineResult) (string, bool) {
	total := l.HeapBytes + l.WasmBytes
	return fmt.Sprintf("%s (%s + %s)", mb(int64(total)), mb(int64(l.HeapBytes)), mb(int64(l.WasmBytes))), total <= 100e6
}

func latency(median, p95 float64) func(c *corpusResult, l *engineResult) (string, bool) {
	return func(c *corpusResult, l *engineResult) (string, bool) {
		m, p := percentile(l.Keys, 50), percentile(l.Keys, 95)
		return fmt.Sprintf("%.1f / %.1f ms", m, p), m <= median && p <= p95
	}
}

func (e *engineResult) top1() float64 {
	if e.Probes == 0 {
		return 0
	}
	return float64(e.Top1) / float64(e.Probes)
}

func (c *corpusResult) engine(name string) *engineResult {
	for _, e := range c.Engines {
		if e.Engine == name {
			return e
		}
	}
	return nil
}

// print writes the report as Markdown.
func (r report) print(w io.Writer) {
	fmt.Fprintf(w, "\n## Lecteur benchmark, %s\n\n%s. Command: `%s`. Took %s.\n", r.Date, r.Machine, r.Command, r.Elapsed)
	for _, c := range r.Corpora {
		s := c.Sizes
		fmt.Fprintf(w, "\n### %s: %d articles, text %s (%s gzip)\n\n", c.Name, s.Articles, mb(s.TextBytes), mb(s.TextGzip))
		fmt.Fprintf(w, "Site built in %.1f s: %d files, %s; app.wasm %s (%s gzip); index %s (%s gzip); catalog %s (%s gzip)",
			s.BuildSeconds, s.SiteFiles, mb(s.SiteBytes), mb(s.WasmBytes), mb(s.WasmGzip), mb(s.IndexBytes), mb(s.IndexGzip), mb(s.CatalogBytes), mb(s.CatalogGzip))
		if s.PagefindBytes > 0 {
			fmt.Fprintf(w, "; Pagefind bundle %s, indexed in %.1f s", mb(s.PagefindBytes), s.PagefindSecs)
		}
		fmt.Fprintf(w, ".\n\n")
		fmt.Fprintln(w, "| engine | keystroke median | p95 | keys (probes) | top-1 (probes) | first result, cold | FCP | downloaded before it, gzip | indexing in the browser | JS heap + wasm after 10 searches |")
		fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
		for _, e := range c.Engines {
			if e.Error != "" {
				fmt.Fprintf(w, "| %s | failed: %s |||||||||\n", e.Engine, strings.ReplaceAll(e.Error, "|", "/"))
				continue
			}
			index := "—"
			if e.Engine != "lecteur" {
				index = fmt.Sprintf("%s (ready %s)", ms(e.IndexMs), ms(e.ReadyMs))
			}
			keys := fmt.Sprintf("%d (%d)", len(e.Keys), e.Typed)
			if e.KeyTimeouts > 0 {
				keys += fmt.Sprintf(", %d over 10 s", e.KeyTimeouts)
			}
			fmt.Fprintf(w, "| %s | %.1f ms | %.1f ms | %s | %.1f %% (%d) | %s | %s | %s | %s | %s |\n",
				e.Engine, percentile(e.Keys, 50), percentile(e.Keys, 95), keys, 100*e.top1(), e.Probes,
				ms(e.FirstResultMs), ms(e.FCPMs), mb(e.DownloadedGz), index, mb(int64(e.HeapBytes+e.WasmBytes)))
		}
		for _, e := range c.Engines {
			if e.Error == "" && len(e.KeyWait) > 0 {
				fmt.Fprintf(w, "\n%s's keystroke, median / p95 of each part: waiting for the page %.1f / %.1f ms, keydown %.1f / %.1f ms, input event to results %.1f / %.1f ms.\n", e.Engine,
					percentile(e.KeyWait, 50), percentile(e.KeyWait, 95), percentile(e.KeyDown, 50), percentile(e.KeyDown, 95), percentile(e.KeyInput, 50), percentile(e.KeyInput, 95))
				if len(e.KeyApp) > 0 {
					fmt.Fprintf(w, "Of the input event's part, on the %d keys that wrote rows: app.wasm until its writes %.1f / %.1f ms, the writes %.1f / %.1f ms.\n", len(e.KeyApp),
						percentile(e.KeyApp, 50), percentile(e.KeyApp, 95), percentile(e.KeyWrites, 50), percentile(e.KeyWrites, 95))
				}
			}
		}
		if l := c.engine("lecteur"); l != nil && l.Error == "" && len(l.Keys) > 0 {
			var ratios []string
			for _, e := range c.Engines {
				if e == l || e.Error != "" || len(e.Keys) == 0 {
					continue
				}
				ratios = append(ratios, fmt.Sprintf("%s %s (median) and %s (p95)", e.Engine,
					ratio(percentile(l.Keys, 50), percentile(e.Keys, 50)), ratio(percentile(l.Keys, 95), percentile(e.Keys, 95))))
			}
			if len(ratios) > 0 {
				fmt.Fprintf(w, "\nLecteur's keystroke time as a share of: %s.\n", strings.Join(ratios, "; "))
			}
		}
		if l := c.engine("lecteur"); l != nil && l.Error == "" {
			printStartup(w, l.Startup)
			if l.OfflineMs > 0 {
				fmt.Fprintf(w, "\nLecteur's service worker controlled the page (site precached, offline) %s after navigation.\n", ms(l.OfflineMs))
			}
		}
	}
	fmt.Fprintf(w, "\n### Budgets (Lecteur)\n\n| budget | target | corpus | measured | |\n|---|---|---|---|---|\n")
	for _, b := range budgets {
		for _, c := range r.Corpora {
			l := c.engine("lecteur")
			if l == nil || l.Error != "" || (b.corpus != "" && b.corpus != c.Name) {
				continue
			}
			shown, ok := b.value(c, l)
			mark := ""
			if b.target != "" {
				mark = "✗"
				if ok {
					mark = "✓"
				}
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", b.name, b.target, c.Name, shown, mark)
		}
	}
}

// ratio says a / b as a percentage, "—" when b is zero.
func ratio(a, b float64) string {
	if b == 0 || math.IsNaN(a) || math.IsNaN(b) {
		return "—"
	}
	return fmt.Sprintf("%.0f %%", 100*a/b)
}

// mb formats a byte count: 2.2 MB, 540 kB, 812 B.
func mb(n int64) string {
	switch {
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.0f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d B", n)
}

// ms formats milliseconds: 4.2 ms, 850 ms, 1.3 s.
func ms(x float64) string {
	switch {
	case math.IsNaN(x):
		return "—"
	case x >= 1000:
		return fmt.Sprintf("%.1f s", x/1000)
	case x >= 100:
		return fmt.Sprintf("%.0f ms", x)
	}
	return fmt.Sprintf("%.1f ms", x)
}

// machine describes the computer and browser the figures come from.
func machine() string {
	cpu := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if name, ok := strings.CutPrefix(line, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
				break
			}
		}
	}
	browser := "Chromium"
	if p, err := chromiumPath(); err == nil {
		if out, err := exec.Command(p, "--version").Output(); err == nil {
			browser = strings.TrimSpace(string(out))
		}
	}
	return fmt.Sprintf("%s, %d cores (%s/%s), %s headless", cpu, goruntime.NumCPU(), goruntime.GOOS, goruntime.GOARCH, browser)
}
