package corpus

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/expected from the reader's output (review by hand before committing)")

// summary renders what a golden file checks of an article.
func summary(a Article) string {
	var b strings.Builder
	field := func(k, v string) { b.WriteString(k + ": " + v + "\n") }
	field("title", a.Title)
	field("date", a.Date)
	field("source", a.Source)
	field("place", a.Place)
	field("authors", strings.Join(a.Authors, "; "))
	field("lang", a.Lang)
	field("paragraphs", strconv.Itoa(len(a.Paragraphs)))
	for _, c := range a.Captions {
		field("caption", c)
	}
	if len(a.Paragraphs) > 0 {
		field("first", a.Paragraphs[0])
		field("last", a.Paragraphs[len(a.Paragraphs)-1])
	}
	for _, r := range a.Removed {
		field("removed", r)
	}
	return b.String()
}

// TestGolden reads the seed corpus and our own messy articles and compares
// each with its hand-written expected file in testdata/expected.
func TestGolden(t *testing.T) {
	var files []string
	for _, dir := range []string{"../../testdata/corpus", "testdata/articles"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(name, data)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", name, err)
			}
			got := summary(a)
			golden := filepath.Join("testdata/expected", ID(name)+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("Parse(%q) =\n%s\nwant\n%s\ndiff:\n%s", name, got, want, lineDiff(got, string(want)))
			}
		})
	}
}

// lineDiff lists the lines only in got (+) or only in want (-).
func lineDiff(got, want string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	g, w := in(got), in(want)
	var b strings.Builder
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	return b.String()
}
