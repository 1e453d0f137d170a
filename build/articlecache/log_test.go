package articlecache

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TestLogKeepsEntries checks that what a log keeps is found again, by
// the same process and by the next one, and that builds appending to the
// same log at once (goroutines, or two opens as two processes would)
// lose nothing.
func TestLogKeepsEntries(t *testing.T) {
	dir := t.TempDir()
	a, b := openLog(dir, "v1"), openLog(dir, "v1")
	value := func(i int) []byte { return bytes.Repeat([]byte(fmt.Sprintf("entrée %d;", i)), i%50+1) }
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := a
			if i%2 == 1 {
				l = b
			}
			l.Put(fmt.Sprintf("k%03d", i), value(i))
		}()
	}
	wg.Wait()
	for i := 0; i < 200; i++ {
		l := a
		if i%2 == 1 {
			l = b
		}
		if got, ok := l.Get(fmt.Sprintf("k%03d", i)); !ok || !bytes.Equal(got, value(i)) {
			t.Fatalf("Get(k%03d) = %q, %v; want %q", i, got, ok, value(i))
		}
	}
	a.Close()
	b.Close()
	next := openLog(dir, "v1")
	defer next.Close()
	for i := 0; i < 200; i++ {
		if got, ok := next.Get(fmt.Sprintf("k%03d", i)); !ok || !bytes.Equal(got, value(i)) {
			t.Fatalf("next build: Get(k%03d) = %q, %v", i, got, ok)
		}
	}
	if _, ok := next.Get("absent"); ok {
		t.Errorf("Get(absent) found an entry")
	}
	if _, ok := openLog(dir, "v2").Get("k001"); ok {
		t.Errorf("another version's log gave an entry")
	}
}

// TestLogSurvivesBrokenRecords checks that a record cut short (a build
// stopped half-way through a write) or changed on disk is a miss, and that
// the records after a cut one are still found.
func TestLogSurvivesBrokenRecords(t *testing.T) {
	dir := t.TempDir()
	l := openLog(dir, "v1")
	l.Put("first", []byte(`{"title":"un"}`))
	l.Put("changed", []byte(`{"title":"deux"}`))
	l.Close()
	// A record cut short, then a whole one appended by the next build.
	f, err := os.OpenFile(l.path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	whole := openLog(t.TempDir(), "v1")
	whole.Put("cut", []byte(`{"title":"trois, coupé"}`))
	whole.Put("after", []byte(`{"title":"quatre"}`))
	whole.Close()
	rec, err := os.ReadFile(whole.path)
	if err != nil {
		t.Fatal(err)
	}
	cut := bytes.Index(rec[1:], []byte(logMagic)) + 1
	f.Write(rec[:cut-5]) // "cut", without its last bytes
	f.Write(rec[cut:])   // "after"
	f.Close()
	// A byte of "changed" flipped on disk.
	b, _ := os.ReadFile(l.path)
	i := bytes.Index(b, []byte("deux"))
	b[i] = 'D'
	os.WriteFile(l.path, b, 0o644)

	next := openLog(dir, "v1")
	defer next.Close()
	for key, want := range map[string]string{"first": `{"title":"un"}`, "after": `{"title":"quatre"}`} {
		if got, ok := next.Get(key); !ok || string(got) != want {
			t.Errorf("Get(%q) = %q, %v; want %q", key, got, ok, want)
		}
	}
	for _, key := range []string{"changed", "cut"} {
		if got, ok := next.Get(key); ok {
			t.Errorf("Get(%q) = %q from a broken record", key, got)
		}
	}
}

// TestLogPrune checks that a folder keeps the logs of the versions used
// last, and drops the entry files of the cache's former format.
func TestLogPrune(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	for i := 0; i < keepLogs+2; i++ {
		name := filepath.Join(dir, fmt.Sprintf("entries-v%d.log", i))
		os.WriteFile(name, nil, 0o644)
		at := old.Add(time.Duration(i) * time.Minute)
		os.Chtimes(name, at, at)
	}
	os.MkdirAll(filepath.Join(dir, "ab"), 0o755)
	os.WriteFile(filepath.Join(dir, "ab", "cdef.json"), []byte("{}"), 0o644)
	openLog(dir, "v0").Close() // used again: kept
	logs, _ := filepath.Glob(filepath.Join(dir, "entries-*.log"))
	if len(logs) != keepLogs {
		t.Errorf("%d logs kept, want %d: %v", len(logs), keepLogs, logs)
	}
	if _, err := os.Stat(filepath.Join(dir, "entries-v0.log")); err != nil {
		t.Errorf("the log just used was removed")
	}
	if _, err := os.Stat(filepath.Join(dir, "ab")); err == nil {
		t.Errorf("the former entry files were kept")
	}
}
