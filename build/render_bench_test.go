package main

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/site"
	"lecteur/app/ui"
	"lecteur/build/gencorpus/synth"
)

// BenchmarkRenderPages prerenders every page of a site of 500 generated
// articles, as the build's render stage does, pages kept in memory (the
// writes are the disk's, not the renderer's) and reports what one page
// costs: CPU time, allocations and bytes allocated, which the load of a
// shared machine changes much less than wall time.
//
//	go test ./build -run '^$' -bench RenderPages -benchtime 3x
func BenchmarkRenderPages(b *testing.B) {
	gen := synth.Generate(500, 1)
	arts := make([]corpus.Article, len(gen))
	for i, g := range gen {
		arts[i] = corpus.Article{ID: g.ID, Path: g.ID + ".txt", Title: g.Title, Paragraphs: g.Paragraphs}
	}
	st := stages{}
	files, err := dataFiles(arts, ingest.Analyze, func(string) func(int, int) { return func(int, int) {} }, &st)
	if err != nil {
		b.Fatal(err)
	}
	catalog, err := gunzipBytes(site.CatalogFile, files[site.CatalogFile])
	if err != nil {
		b.Fatal(err)
	}
	stories, err := storyIDs(catalog)
	if err != nil {
		b.Fatal(err)
	}
	homePages, entityPages, err := listPageCounts(catalog, ui.DefaultPageSize)
	if err != nil {
		b.Fatal(err)
	}
	routes := pageRoutes(arts, stories, homePages, entityPages)
	load := func(name string) ([]byte, error) {
		if site.Gzipped(name) {
			return gunzipBytes(name, files[name])
		}
		return files[name], nil
	}
	var pageBytes atomic.Int64
	emit := func(file string, page []byte) error {
		pageBytes.Add(int64(len(page)))
		return nil
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pageBytes.Store(0)
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		start, cpu0 := time.Now(), cpuTime()
		if err := renderPages(load, sizesOf(files), routes, pageSources(arts), "/", ui.DefaultPageSize, nil, emit); err != nil {
			b.Fatal(err)
		}
		wall, cpu := time.Since(start), cpuTime()-cpu0
		runtime.ReadMemStats(&m1)
		n := float64(len(routes))
		b.ReportMetric(wall.Seconds()*1e6/n, "wall-µs/page")
		b.ReportMetric(cpu.Seconds()*1e6/n, "cpu-µs/page")
		b.ReportMetric(float64(m1.Mallocs-m0.Mallocs)/n, "allocs/page")
		b.ReportMetric(float64(m1.TotalAlloc-m0.TotalAlloc)/n, "B-alloc/page")
		b.ReportMetric(float64(pageBytes.Load())/n, "B/page")
		b.ReportMetric(n, "pages")
	}
}
