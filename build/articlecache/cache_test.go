package articlecache

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"lecteur/app/corpus"
	"lecteur/app/ingest"
)

// TestCacheGivesTheReadersArticle checks that an article from the cache is
// the one corpus.Parse gives, under the file's own name, and that a new
// reader version or new bytes read the file again.
func TestCacheGivesTheReadersArticle(t *testing.T) {
	dir := t.TempDir()
	page := []byte("<html><head><title>Un titre | Site</title></head><body><article><h1>Un titre</h1><p>Un paragraphe d'article, assez long pour compter comme texte.</p><p>Photo AFP</p></article></body></html>")
	want, err := corpus.Parse("a/page.html", page)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := Open(dir, "v1")
	for i := 0; i < 2; i++ {
		got, err := c.Parse("a/page.html", page)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("Parse #%d = %+v, %v; want %+v", i+1, got, err, want)
		}
	}
	if c.Hits.Load() != 1 || c.Misses.Load() != 1 {
		t.Errorf("hits %d misses %d, want 1 and 1", c.Hits.Load(), c.Misses.Load())
	}
	renamed, _ := c.Parse("b/autre.html", page)
	if renamed.ID != "b/autre" || renamed.Path != "b/autre.html" || renamed.Title != want.Title || c.Hits.Load() != 2 {
		t.Errorf("renamed file: id %q path %q title %q hits %d", renamed.ID, renamed.Path, renamed.Title, c.Hits.Load())
	}
	// The same bytes as text are another format: read again.
	c.Parse("a/page.txt", page)
	if c.Misses.Load() != 2 {
		t.Errorf("a .txt with a page's bytes came from the cache")
	}
	c2, _ := Open(dir, "v2")
	c2.Parse("a/page.html", page)
	if c2.Misses.Load() != 1 {
		t.Errorf("a new reader version used the old entries")
	}
	// Refusals are kept too, with their reason.
	_, err1 := c2.Parse("vide.txt", []byte("Rechercher\nMenu\n"))
	_, err2 := c2.Parse("vide.txt", []byte("Rechercher\nMenu\n"))
	if err1 == nil || err2 == nil || err1.Error() != err2.Error() {
		t.Errorf("refused file: %v, then %v", err1, err2)
	}
}

// TestMentionsAreAnalyzes checks that mentions from the cache are those
// ingest.Analyze finds, that the article's blocks (not its name) are the
// key, and that a new recogniser version analyses again.
func TestMentionsAreAnalyzes(t *testing.T) {
	dir := t.TempDir()
	a, err := corpus.Parse("a.txt", []byte("Emmanuel Macron reçoit Olaf Scholz à Paris\nLe président français Emmanuel Macron a reçu mardi le chancelier allemand Olaf Scholz à l'Élysée, à Paris, pour parler de l'Ukraine.\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := ingest.Analyze(a)
	if len(want.Mentions) == 0 {
		t.Fatalf("no mentions in %q", a.Paragraphs)
	}
	c, _ := OpenMentions(dir, "v1")
	for i := 0; i < 2; i++ {
		if got := c.Analyze(a); !reflect.DeepEqual(got, want) {
			t.Fatalf("Analyze #%d = %+v, want %+v", i+1, got, want)
		}
	}
	b := a
	b.ID, b.Path = "autre", "autre.txt"
	if got := c.Analyze(b); !reflect.DeepEqual(got.Mentions, want.Mentions) || got.Article.ID != "autre" {
		t.Errorf("renamed article: %+v", got)
	}
	if c.Hits.Load() != 2 || c.Misses.Load() != 1 {
		t.Errorf("hits %d misses %d, want 2 and 1", c.Hits.Load(), c.Misses.Load())
	}
	c2, _ := OpenMentions(dir, "v2")
	c2.Analyze(a)
	if c2.Misses.Load() != 1 {
		t.Errorf("a new recogniser version used the old entries")
	}
}

// TestEntityVersion checks that the version changes with the
// recogniser's code and its embedded data, and not with its tests.
func TestEntityVersion(t *testing.T) {
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
	// The recogniser embeds its data as the real one does (go list names
	// the embedded files).
	const code = "package entity\n\nimport \"embed\"\n\n//go:embed data/*\nvar data embed.FS\n"
	write("go.mod", "module lecteur\n\ngo 1.21\n")
	write("go.sum", "x")
	write("app/entity/recognize.go", code)
	write("app/entity/data/places.txt", "Paris")
	write("app/ingest/ingest.go", "package ingest\n\nimport _ \"lecteur/app/entity\"\n")
	version := func() string {
		v, err := EntityVersion(root)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v1 := version()
	write("app/entity/recognize_test.go", "package entity")
	write("app/entity/recognize.go", "// Package entity finds names.\n"+code)
	write("app/entity/testdata/gold.txt", "x")
	if v := version(); v != v1 {
		t.Errorf("tests or a comment changed the version")
	}
	write("app/entity/data/places.txt", "Paris\nLyon")
	v2 := version()
	if v2 == v1 {
		t.Errorf("a word list changed, the version did not")
	}
	write("app/entity/recognize.go", code+"\nvar strict = true\n")
	if v := version(); v == v2 {
		t.Errorf("the code changed, the version did not")
	}
	v2 = version()
	write("app/entity/data/model.bin", "\x00\x01")
	if v := version(); v == v2 {
		t.Errorf("a new model, the same version")
	}
}

// TestReaderVersionFollowsImports checks that the reader's version
// changes with a package the reader imports, not only with app/corpus
// (the folding of app/search decides which lines are chrome), and not
// with a package it does not import.
func TestReaderVersionFollowsImports(t *testing.T) {
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
	write("go.mod", "module lecteur\n\ngo 1.21\n")
	write("go.sum", "")
	write("app/corpus/read.go", "package corpus\n\nimport _ \"lecteur/app/search\"\n")
	write("app/search/fold.go", "package search\n")
	write("app/ui/page.go", "package ui\n")
	version := func() string {
		v, err := ReaderVersion(root)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v1 := version()
	write("app/ui/page.go", "package ui\n\nvar x = 1\n")
	if v := version(); v != v1 {
		t.Errorf("a package the reader does not import changed its version")
	}
	write("app/search/fold.go", "package search\n\nvar soft = true\n")
	if v := version(); v == v1 {
		t.Errorf("a package the reader imports changed, its version did not")
	}
}

// TestReadFileIndex checks that a file whose size and time are unchanged
// is not read again, within a build and in the next one, that a changed
// one is, and that a file changed too recently is not trusted by the
// next build.
func TestReadFileIndex(t *testing.T) {
	dir, corpusDir := t.TempDir(), t.TempDir()
	file := filepath.Join(corpusDir, "a.txt")
	text := []byte("Un titre\nUn paragraphe d'article, assez long pour compter comme le texte d'un article.\n")
	if err := os.WriteFile(file, text, 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	os.Chtimes(file, old, old)
	reads := 0
	read := func(c *Cache) corpus.Article {
		t.Helper()
		info, err := os.Stat(file)
		if err != nil {
			t.Fatal(err)
		}
		a, err := c.ReadFile("a.txt", file, info, func() ([]byte, error) { reads++; return os.ReadFile(file) })
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	c, _ := Open(dir, "v1")
	want := read(c)
	if got := read(c); reads != 1 || !reflect.DeepEqual(got, want) {
		t.Errorf("second read: %d reads, article %+v, want 1 and %+v", reads, got, want)
	}
	if err := c.SaveIndex(); err != nil {
		t.Fatal(err)
	}
	c2, _ := Open(dir, "v1")
	if got := read(c2); reads != 1 || !reflect.DeepEqual(got, want) {
		t.Errorf("next build: %d reads, article %+v", reads, got)
	}
	// Nothing read again: the index on disk is left as it is (here, to
	// see it, removed first).
	index := filepath.Join(dir, indexFile)
	saved, err := os.ReadFile(index)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(index)
	if err := c2.SaveIndex(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(index); err == nil {
		t.Errorf("an index no file changed was written again")
	}
	os.WriteFile(index, saved, 0o644)
	// Changed bytes and time: read again.
	if err := os.WriteFile(file, append(text, []byte("Une ligne de plus à la fin de l'article, pour qu'il change.\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := read(c2); reads != 2 || reflect.DeepEqual(got, want) {
		t.Errorf("changed file: %d reads, article %+v", reads, got)
	}
	// Just changed: the index does not keep it, the next build reads it.
	c2.SaveIndex()
	c3, _ := Open(dir, "v1")
	read(c3)
	if reads != 3 {
		t.Errorf("a file changed within %v was trusted: %d reads", racy, reads)
	}
	// Another reader version starts from an empty index.
	c4, _ := Open(dir, "v2")
	if len(c4.files) != 0 {
		t.Errorf("a new reader version kept %d files of the index", len(c4.files))
	}
}
