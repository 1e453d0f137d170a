package articlecache

import (
	"reflect"
	"testing"

	"lecteur/app/corpus"
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
