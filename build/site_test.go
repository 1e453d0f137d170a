package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"lecteur/app/corpus"
)

// siteFiles is a small site as writeOutput takes it.
func siteFiles(text string) map[string][]byte {
	return map[string][]byte{
		"/index.html":        []byte("<h1>" + text + "</h1>"),
		"/articles/a.html":   []byte("<h1>a " + text + "</h1>"),
		"/web/data/cat.json": []byte(`{"t":"` + text + `"}`),
		"/.nojekyll":         nil,
	}
}

// withMarker is files as they are on disk after writeOutput.
func withMarker(files map[string][]byte) map[string][]byte {
	want := map[string][]byte{corpus.SiteMarker: {}}
	for n, b := range files {
		if b == nil {
			b = []byte{}
		}
		want[strings.TrimPrefix(n, "/")] = b
	}
	return want
}

func names(dir string, t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var n []string
	for _, e := range entries {
		n = append(n, e.Name())
	}
	sort.Strings(n)
	return n
}

// TestWriteOutputKeepsTheSiteOnFailure reproduces issue 19 #5: a build
// that fails while writing (here a file name over the system's limit)
// must leave the previous site exactly as it was, and the next build must
// still accept OUT.
func TestWriteOutputKeepsTheSiteOnFailure(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "site")
	first := siteFiles("one")
	if err := writeOutput(out, first); err != nil {
		t.Fatalf("first write: %v", err)
	}
	if got := readTree(t, out); !reflect.DeepEqual(got, withMarker(first)) {
		t.Fatalf("first site = %q, want %q", got, withMarker(first))
	}

	bad := siteFiles("two")
	bad["/articles/"+strings.Repeat("a", 300)+".html"] = []byte("too long a name")
	err := writeOutput(out, bad)
	if err == nil {
		t.Fatal("writing a 305-byte file name succeeded; the test needs a failing write")
	}
	if !strings.Contains(err.Error(), "output "+out+" left as it was: write /articles/aaa") {
		t.Errorf("error %q does not say that OUT was kept and which file failed", err)
	}
	if got := readTree(t, out); !reflect.DeepEqual(got, withMarker(first)) {
		t.Errorf("after a failed write the site = %q, want the first one %q", got, withMarker(first))
	}
	if got := names(parent, t); !reflect.DeepEqual(got, []string{"site"}) {
		t.Errorf("after a failed write the folder holds %q, want only site", got)
	}

	second := siteFiles("three")
	if err := writeOutput(out, second); err != nil {
		t.Fatalf("write after a failure: %v", err)
	}
	if got := readTree(t, out); !reflect.DeepEqual(got, withMarker(second)) {
		t.Errorf("site = %q, want %q", got, withMarker(second))
	}
	if got := names(parent, t); !reflect.DeepEqual(got, []string{"site"}) {
		t.Errorf("after a write the folder holds %q, want only site", got)
	}
}

// TestWriteOutputLeftovers checks that folders a killed build left next to
// OUT are cleared, that a folder in their way that a build did not write
// is left alone, and that an OUT that is a link stays one.
func TestWriteOutputLeftovers(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "site")
	for _, d := range []string{".site.lecteur-new", ".site.lecteur-old"} {
		os.MkdirAll(filepath.Join(parent, d, "articles"), 0o755)
		os.WriteFile(filepath.Join(parent, d, corpus.SiteMarker), nil, 0o644)
	}
	if err := writeOutput(out, siteFiles("one")); err != nil {
		t.Fatalf("write: %v", err)
	}
	if got := names(parent, t); !reflect.DeepEqual(got, []string{"site"}) {
		t.Errorf("after a write the folder holds %q, want only site", got)
	}

	// Killed between moving the old site aside and moving the new one in:
	// the next build puts the old one back before anything else.
	os.Rename(out, filepath.Join(parent, ".site.lecteur-old"))
	bad := siteFiles("two")
	bad["/articles/"+strings.Repeat("a", 300)+".html"] = nil
	if err := writeOutput(out, bad); err == nil {
		t.Fatal("writing a 305-byte file name succeeded")
	}
	if got := readTree(t, out); !reflect.DeepEqual(got, withMarker(siteFiles("one"))) {
		t.Errorf("after a build killed mid-swap and a failed one, the site = %q, want the first one", got)
	}

	os.Mkdir(filepath.Join(parent, ".site.lecteur-new"), 0o755)
	os.WriteFile(filepath.Join(parent, ".site.lecteur-new", "mine.txt"), []byte("x"), 0o644)
	if err := writeOutput(out, siteFiles("two")); err == nil || !strings.Contains(err.Error(), "was not written by one") {
		t.Errorf("write with a stranger's folder in the way: %v, want a refusal", err)
	}
	if _, err := os.Stat(filepath.Join(parent, ".site.lecteur-new", "mine.txt")); err != nil {
		t.Errorf("the stranger's folder was touched: %v", err)
	}

	target := filepath.Join(t.TempDir(), "real")
	link := filepath.Join(parent, "link")
	os.Symlink(target, link)
	if err := writeOutput(link, siteFiles("one")); err == nil || !strings.Contains(err.Error(), "is a symbolic link to "+target+", which does not exist") {
		t.Errorf("write through a dangling link: %v, want a refusal naming the target", err)
	}
	os.Mkdir(target, 0o755)
	for _, text := range []string{"one", "two"} {
		if err := writeOutput(link, siteFiles(text)); err != nil {
			t.Fatalf("write through a link: %v", err)
		}
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("OUT, a link, is no longer one: %v %v", fi, err)
	}
	if got := readTree(t, target); !reflect.DeepEqual(got, withMarker(siteFiles("two"))) {
		t.Errorf("site through the link = %q", got)
	}
}

func TestCheckOutput(t *testing.T) {
	dir := t.TempDir()
	mk := func(p string, files ...string) string {
		p = filepath.Join(dir, p)
		os.MkdirAll(p, 0o755)
		for _, f := range files {
			os.WriteFile(filepath.Join(p, f), nil, 0o644)
		}
		return p
	}
	site := mk("site", corpus.SiteMarker, "index.html")
	mine := mk("mine", "notes.txt")
	empty := mk("empty")
	articles := mk("site-with-corpus/articles", "a.txt")
	mk("site-with-corpus", corpus.SiteMarker)
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o644)
	tests := []struct {
		name, out, corpus, want string
	}{
		{"new folder", filepath.Join(dir, "new"), articles, ""},
		{"empty folder", empty, articles, ""},
		{"earlier site", site, articles, ""},
		{"no path", "", articles, "no output folder given"},
		{"someone's folder", mine, articles, "is not empty and was not written by a Lecteur build"},
		{"a file", file, articles, "is a file, not a folder"},
		{"holds the corpus", filepath.Dir(articles), articles, "holds the corpus"},
		{"is the corpus", site, site, "holds the corpus"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkOutput(tt.out, tt.corpus)
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("checkOutput(%q, %q) = %v, want %q", tt.out, tt.corpus, err, tt.want)
			}
		})
	}
}

// TestMakeBuildEmptyVariables runs make as a user would, with CORPUS= or
// OUT= left empty: the build must name the variable, not "stat : no such
// file".
func TestMakeBuildEmptyVariables(t *testing.T) {
	if testing.Short() {
		t.Skip("runs make; skipped with -short")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("no make")
	}
	out := filepath.Join(t.TempDir(), "site")
	tests := []struct{ name, arg, want string }{
		{"CORPUS", "CORPUS=", "no corpus folder given: -corpus is empty (make build CORPUS=path/to/articles)"},
		{"OUT", "OUT=", "no output folder given: -out is empty (make build OUT=_site)"},
		{"PAGE_SIZE", "PAGE_SIZE=0", "-page-size must be at least 1, got 0"},
		{"missing CORPUS", "CORPUS=" + filepath.Join(out, "nope"), "read corpus " + filepath.Join(out, "nope") + ": the folder does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"-s", "build", tt.arg}
			if tt.name != "OUT" {
				args = append(args, "OUT="+out)
			}
			cmd := exec.Command("make", args...)
			cmd.Dir = ".."
			b, err := cmd.CombinedOutput()
			if err == nil || !strings.Contains(string(b), tt.want) {
				t.Errorf("make %s: %v\n%s\nwant a failure saying %q", strings.Join(args, " "), err, b, tt.want)
			}
		})
	}
}

// TestBuildRefusesBase checks that a base that cannot be served stops the
// build before any work, with a message, and writes nothing (issue 19 #9).
func TestBuildRefusesBase(t *testing.T) {
	tests := []struct{ base, want string }{
		{"https://evil.test/x/", `BASE "https://evil.test/x/": a URL, not a path`},
		{"/../", `BASE "/../": ".." is not a folder name`},
		{`/it's/`, `BASE "/it's/": '\'' cannot be used`},
	}
	for _, tt := range tests {
		t.Run(tt.base, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "site")
			_, err := buildSite(options{corpus: "../testdata/corpus", out: out, base: tt.base})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("build with BASE %q: %v, want an error containing %q", tt.base, err, tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("build with BASE %q wrote %s", tt.base, out)
			}
		})
	}
}
