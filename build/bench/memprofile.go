package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"runtime"

	"github.com/chromedp/chromedp"
)

// The -memprofile flag breaks Lecteur's WebAssembly memory down by what
// holds it: an app.wasm built with -tags memprofile (app/memprofile_js.go)
// answers window.__lecteurHeap() with its runtime.MemStats and a Go heap
// profile, which the bench asks for right after measuring the memory of
// the ten searches. It writes <prefix>-heap.pb.gz (go tool pprof
// -sample_index=inuse_space) and <prefix>-memstats.json, and logs the
// main figures. Build such an app.wasm with build/wasm.go's flags plus
// -tags memprofile and copy it into a site kept with -reuse.

// writeHeapReport asks the page in ctx for its heap report and writes it
// under prefix.
func writeHeapReport(ctx context.Context, prefix string) error {
	var report string
	err := chromedp.Run(ctx, chromedp.Evaluate(`window.__lecteurHeap ? window.__lecteurHeap() : ""`, &report, awaitPromise))
	if err != nil {
		return err
	}
	if report == "" {
		return fmt.Errorf("app.wasm has no __lecteurHeap: build it with -tags memprofile")
	}
	var r struct {
		MemStats runtime.MemStats
		Profile  string
	}
	if err := json.Unmarshal([]byte(report), &r); err != nil {
		return fmt.Errorf("heap report: %w", err)
	}
	prof, err := base64.StdEncoding.DecodeString(r.Profile)
	if err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	if err := os.WriteFile(prefix+"-heap.pb.gz", prof, 0o644); err != nil {
		return err
	}
	stats, _ := json.MarshalIndent(r.MemStats, "", "  ")
	if err := os.WriteFile(prefix+"-memstats.json", stats, 0o644); err != nil {
		return err
	}
	m := r.MemStats
	logf("Go in app.wasm: heap in use %.1f MB (%d objects), heap from the system %.1f MB, released %.1f MB, stacks %.1f MB, all from the system %.1f MB; allocated in all %.1f MB",
		float64(m.HeapInuse)/1e6, m.HeapObjects, float64(m.HeapSys)/1e6, float64(m.HeapReleased)/1e6, float64(m.StackSys)/1e6, float64(m.Sys)/1e6, float64(m.TotalAlloc)/1e6)
	return nil
}
