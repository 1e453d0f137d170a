package articlecache

import (
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
