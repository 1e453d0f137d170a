package articlecache

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestPacks(t *testing.T) {
	dir := t.TempDir()
	p, err := OpenPacks(dir)
	if err != nil {
		t.Fatal(err)
	}
	site := map[string][]byte{"/index.html": []byte("<h1>Accueil</h1>"), "/articles/a.html": []byte("<h1>A</h1>"), "/empty.html": {}}
	if _, ok := p.Get("k1"); ok {
		t.Fatal("Get on an empty cache found pages")
	}
	p.Put("k1", site)
	got, ok := p.Get("k1")
	if !ok || !reflect.DeepEqual(got, site) {
		t.Fatalf("Get(k1) = %q, %v; want %q", got, ok, site)
	}
	// A broken pack is read again, never trusted.
	if err := os.WriteFile(filepath.Join(dir, "k2.pack"), []byte(packMagic+"\x05ab"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := p.Get("k2"); ok {
		t.Error("Get of a broken pack found pages")
	}
	// A pack cut short is broken too, wherever it is cut.
	whole, err := os.ReadFile(filepath.Join(dir, "k1.pack"))
	if err != nil {
		t.Fatal(err)
	}
	for n := len(packMagic) + 1; n < len(whole); n++ {
		if files, err := parsePack(whole[:n]); err == nil && len(files) == len(site) {
			t.Errorf("a pack cut at %d of %d bytes gave all its files", n, len(whole))
		}
	}
	// A file from a pack grows without writing over the next one.
	_ = append(got["/articles/a.html"], "XXXXXXXXXXXXXXXX"...)
	if again, _ := parsePack(whole); !reflect.DeepEqual(again, site) {
		t.Errorf("parsePack = %q, want %q", again, site)
	}
	if string(got["/empty.html"]) != "" || string(got["/index.html"]) != "<h1>Accueil</h1>" {
		t.Errorf("appending to one file changed another: %q", got)
	}
	// Only the newest packs stay.
	old := time.Now().Add(-time.Hour)
	for _, k := range []string{"k1", "k2"} {
		os.Chtimes(filepath.Join(dir, k+".pack"), old, old)
	}
	os.Chtimes(filepath.Join(dir, "k1.pack"), old.Add(time.Minute), old.Add(time.Minute))
	p.Put("k3", site)
	if _, ok := p.Get("k3"); !ok {
		t.Error("the newest pack was pruned")
	}
	if _, ok := p.Get("k1"); !ok {
		t.Error("the second newest pack was pruned")
	}
	if _, err := os.Stat(filepath.Join(dir, "k2.pack")); !os.IsNotExist(err) {
		t.Errorf("the oldest pack is still there: %v", err)
	}
}

// BenchmarkPacksGet reads a pack of 2,000 pages of 68 KB (a tenth of the
// pages of 10,000 saved articles' site).
func BenchmarkPacksGet(b *testing.B) {
	p, err := OpenPacks(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	site := map[string][]byte{}
	page := make([]byte, 68<<10)
	for i := range page {
		page[i] = byte('a' + i%26)
	}
	for i := 0; i < 2000; i++ {
		site[fmt.Sprintf("/articles/%04d.html", i)] = page
	}
	p.Put("k", site)
	b.SetBytes(int64(len(site) * len(page)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if got, ok := p.Get("k"); !ok || len(got) != len(site) {
			b.Fatal("no pack")
		}
	}
}
