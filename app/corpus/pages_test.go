package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPages reads the whole pages of testdata/pages and checks the
// fields their .want files give.
func TestPages(t *testing.T) {
	wants, err := filepath.Glob(filepath.Join("testdata", "pages", "*.want"))
	if err != nil || len(wants) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	for _, w := range wants {
		name := strings.TrimSuffix(filepath.Base(w), ".want")
		t.Run(name, func(t *testing.T) {
			pages, _ := filepath.Glob(filepath.Join("testdata", "pages", name+".*"))
			var page string
			for _, p := range pages {
				if !strings.HasSuffix(p, ".want") {
					page = p
				}
			}
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(filepath.Base(page), data)
			if err != nil {
				t.Fatalf("Parse(%s): %v", page, err)
			}
			got := map[string]string{
				"title": a.Title, "date": a.Date, "source": a.Source, "place": a.Place,
				"authors": strings.Join(a.Authors, "; "),
			}
			if len(a.Paragraphs) > 0 {
				got["first"], got["last"] = a.Paragraphs[0], a.Paragraphs[len(a.Paragraphs)-1]
			}
			b, err := os.ReadFile(w)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
				field, want, ok := strings.Cut(l, ":")
				if !ok {
					t.Fatalf("%s: bad line %q", w, l)
				}
				if want = strings.TrimSpace(want); got[field] != want {
					t.Errorf("Parse(%s) %s = %q, want %q", name, field, got[field], want)
				}
			}
			if t.Failed() {
				t.Logf("paragraphs %q", a.Paragraphs)
			}
		})
	}
}
