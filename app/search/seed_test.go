package search

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// seedDocs reads the seed corpus simply (first line title, other non-empty
// lines paragraphs) so ranking tests do not depend on the cleaner.
func seedDocs(t testing.TB) []Doc {
	t.Helper()
	files, err := filepath.Glob("../../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed corpus: %v", err)
	}
	sort.Strings(files)
	var docs []Doc
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		docs = append(docs, Doc{ID: id, Title: lines[0], Paragraphs: lines[1:]})
	}
	return docs
}

func TestSmoke(t *testing.T) {
	ix := Build(seedDocs(t))
	for _, q := range []string{"mnuchin", "cazneuve", "maiziere", "propriete intellectuelle", "onu cyberespace", `"appel de paris"`, "securite", "cyber", "xqzw", "snowdn"} {
		r := ix.Search(q, 3)
		t.Logf("%q total=%d sugg=%v", q, r.Total, r.Suggestions)
		for _, h := range r.Hits {
			p, m := Passage(seedDocs(t)[h.Doc].Paragraphs[max(h.Para, 0)], h.Terms, 200)
			t.Logf("   %s %.2f para=%d %v | %s %v", h.ID, h.Score, h.Para, h.Terms, p, m)
		}
	}
}
