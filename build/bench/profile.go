package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// The -cpuprofile flag records Chromium's CPU profile of each engine's
// typing phase, to see where a keystroke's milliseconds go: it writes
// <corpus>-<engine>.cpuprofile (open it in Chromium's DevTools,
// Performance panel) and logs the functions with the most time. The
// WebAssembly frames have names only when app.wasm keeps its name section
// (the site's build strips it: see build/wasm.go's wasmFlags).

// startProfile starts the sampling profiler of the page in ctx.
func startProfile(ctx context.Context) error {
	return chromedp.Run(ctx,
		profiler.Enable(),
		profiler.SetSamplingInterval(100), // µs
		profiler.Start(),
	)
}

// stopProfile stops the profiler, writes its profile to file and logs
// a summary.
func stopProfile(ctx context.Context, file string) error {
	var p *profiler.Profile
	err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		p, err = profiler.Stop().Do(ctx)
		return err
	}))
	if err != nil {
		return err
	}
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		return err
	}
	logf("%s:\n%s", file, profileSummary(p, 25))
	return nil
}

// profileSummary lists the n functions with the most self time and the n
// with the most total time (themselves and what they call), in ms.
func profileSummary(p *profiler.Profile, n int) string {
	parent := map[int64]int64{}
	byID := map[int64]*profiler.ProfileNode{}
	for _, nd := range p.Nodes {
		byID[nd.ID] = nd
		for _, c := range nd.Children {
			parent[c] = nd.ID
		}
	}
	name := func(nd *profiler.ProfileNode) string {
		f := nd.CallFrame.FunctionName
		if f == "" {
			f = "(anonymous " + filepath.Base(nd.CallFrame.URL) + ")"
		}
		return f
	}
	self, total := map[string]float64{}, map[string]float64{}
	var all float64
	for i, id := range p.Samples {
		ms := 0.0
		if i+1 < len(p.TimeDeltas) {
			ms = float64(p.TimeDeltas[i+1]) / 1000
		}
		nd := byID[id]
		if nd == nil {
			continue
		}
		all += ms
		self[name(nd)] += ms
		seen := map[string]bool{}
		for cur, ok := id, true; ok; cur, ok = parent[cur] {
			f := name(byID[cur])
			if !seen[f] {
				seen[f] = true
				total[f] += ms
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  %.0f ms sampled\n", all)
	for _, t := range []struct {
		title string
		m     map[string]float64
	}{{"self", self}, {"total", total}} {
		type fn struct {
			name string
			ms   float64
		}
		var fns []fn
		for f, ms := range t.m {
			fns = append(fns, fn{f, ms})
		}
		sort.Slice(fns, func(i, j int) bool { return fns[i].ms > fns[j].ms })
		fmt.Fprintf(&b, "  by %s time:\n", t.title)
		for i, f := range fns {
			if i == n {
				break
			}
			fmt.Fprintf(&b, "  %9.1f ms %5.1f %%  %s\n", f.ms, 100*f.ms/all, f.name)
		}
	}
	return b.String()
}
