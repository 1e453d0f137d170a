package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCachedBuild builds the seed corpus through the caches: a cold build
// writes the site a build without caches writes, byte for byte; a second
// build takes every article, the data files and the pages from the caches
// and writes the same site again; a changed article is read and analysed
// again (the others' entities come from the cache), and the data and
// pages are made again.
func TestCachedBuild(t *testing.T) {
	builtSite(t) // the seed site without caches, and its app.wasm
	seed := filepath.Join(siteDir, "site")
	wasm := filepath.Join(seed, "web", "app.wasm")
	cache := t.TempDir()
	build := func(corpus, out string) *report {
		t.Helper()
		r, err := buildSite(options{corpus: corpus, out: out, base: e2eBase, wasm: wasm, cache: cache})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	dir := t.TempDir()
	want := readTree(t, seed)
	cold := build("../testdata/corpus", filepath.Join(dir, "cold"))
	if diff := changedFiles(want, readTree(t, filepath.Join(dir, "cold"))); len(diff) > 0 {
		t.Errorf("a build through empty caches differs from one without: %q", diff)
	}
	if cold.cached != 0 || cold.analysed != 0 || cold.data || cold.rendered {
		t.Errorf("cold build: %d articles and %d analyses from the cache, data %v, pages %v", cold.cached, cold.analysed, cold.data, cold.rendered)
	}
	warm := build("../testdata/corpus", filepath.Join(dir, "warm"))
	if diff := changedFiles(want, readTree(t, filepath.Join(dir, "warm"))); len(diff) > 0 {
		t.Errorf("a build from the caches differs: %q", diff)
	}
	if warm.cached != int64(warm.articles) || !warm.data || !warm.rendered {
		t.Errorf("warm build: %d of %d articles from the cache, data %v, pages %v", warm.cached, warm.articles, warm.data, warm.rendered)
	}

	corpus := filepath.Join(dir, "corpus")
	if err := os.MkdirAll(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	copyCorpus(t, corpus, "001_2973584841e0011d.txt", "Bernard Cazeneuve", "Bernard Cazenave")
	changed := build(corpus, filepath.Join(dir, "changed"))
	if changed.rendered || changed.data || changed.cached != int64(changed.articles-1) || changed.analysed != int64(changed.articles-1) {
		t.Errorf("changed corpus: %d and %d of %d articles from the cache, data %v, pages %v", changed.cached, changed.analysed, changed.articles, changed.data, changed.rendered)
	}
	if !strings.Contains(changed.summary(), "from the cache") {
		t.Errorf("summary says nothing of the cache: %s", changed.summary())
	}
}

// TestWasmKey checks that the programs' key follows their sources and
// data, and not their tests.
func TestWasmKey(t *testing.T) {
	root := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module lecteur\n")
	write("go.sum", "")
	write("app/main.go", "package main")
	write("app/entity/data/places.txt", "Paris")
	k1 := wasmKey(root)
	if k1 == "" {
		t.Fatal("no key")
	}
	write("app/main_test.go", "package main")
	write("app/entity/testdata/gold.txt", "x")
	if k := wasmKey(root); k != k1 {
		t.Error("tests changed the key")
	}
	write("app/entity/data/places.txt", "Paris\nLyon")
	if k := wasmKey(root); k == k1 {
		t.Error("embedded data changed, the key did not")
	}
}
