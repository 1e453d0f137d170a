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

// TestRanking checks the expected top article for hand-written queries on
// the seed corpus: names, typos, dropped accents, phrases, two words.
func TestRanking(t *testing.T) {
	ix := Build(seedDocs(t))
	const (
		g7    = "000_0e8d66ae8489baff"
		fic   = "001_2973584841e0011d"
		onu   = "002_fab8e3d9eb0b6293"
		chine = "003_dd828f76c7486ed3"
	)
	tests := []struct {
		name, query, want string
	}{
		{"name", "mnuchin", g7},
		{"name typo", "mnuchni", g7},
		{"name deletion", "cazneuve", fic},
		{"name no accent", "maiziere", fic},
		{"name accent", "Maizière", fic},
		{"two names", "cazeneuve maiziere", fic},
		{"two words no accents", "propriete intellectuelle", chine},
		{"two words", "onu cyberespace", onu},
		{"phrase", `"appel de paris"`, onu},
		{"phrase curly quotes", "«appel de Paris»", onu},
		{"place", "bari", g7},
		{"organisation", "anssi", fic},
		{"elision", "l'ANSSI", fic},
		{"hyphenated name", "jean-yves le drian", onu},
		{"surname only", "drian", onu},
		{"typo long word", "cybercriminalte", fic},
		{"swap", "snowdne", chine},
		{"prefix as typed", "snowd", chine},
		{"prefix two words", "edward snow", chine},
		{"lower-case place", "pekin", chine},
		{"stemmed plural", "piratage", chine},
		{"stem variant", "discussion bilaterale", chine},
		{"person two words", "villeroy galhau", g7},
		{"minister", "moscovici", g7},
		{"forum", "forum paix", onu},
		{"ligature-free", "xi jinping", chine},
		{"accents dropped", "securite informatique g7", g7},
		{"thomas de maiziere", "thomas de maiziere", fic},
		{"microsoft", "microsft", onu},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ix.Search(tt.query, 3)
			if len(r.Hits) == 0 {
				t.Fatalf("Search(%q) = no hits, want %s first", tt.query, tt.want)
			}
			if r.Hits[0].ID != tt.want {
				t.Errorf("Search(%q) top = %s, want %s (hits %v)", tt.query, r.Hits[0].ID, tt.want, r.Hits)
			}
		})
	}
}

func TestSearchDetails(t *testing.T) {
	docs := seedDocs(t)
	ix := Build(docs)
	t.Run("para and terms", func(t *testing.T) {
		r := ix.Search("propriete intellectuelle", 3)
		h := r.Hits[0]
		if !strings.Contains(docs[h.Doc].Paragraphs[h.Para], "propriété intellectuelle") {
			t.Errorf("Search(propriete intellectuelle).Para = %d (%q), want the paragraph with the phrase", h.Para, docs[h.Doc].Paragraphs[h.Para])
		}
		if got := strings.Join(h.Terms, ","); got != "intellectuelle,propriete" {
			t.Errorf("Terms = %s, want intellectuelle,propriete", got)
		}
	})
	t.Run("typo neighbours are not marked beside the exact word", func(t *testing.T) {
		r := ix.Search("maiziere", 3)
		if len(r.Hits) == 0 || r.Hits[0].ID != "001_2973584841e0011d" {
			t.Fatalf("Search(maiziere) = %v, want 001 first", r.Hits)
		}
		if got := strings.Join(r.Hits[0].Terms, ","); got != "maiziere" {
			t.Errorf("Search(maiziere).Terms = %s, want maiziere (not matiere)", got)
		}
	})
	t.Run("all words above some", func(t *testing.T) {
		r := ix.Search("cyberespace onu", 10)
		if r.Total != 2 || r.Hits[0].ID != "002_fab8e3d9eb0b6293" {
			t.Errorf("Search(cyberespace onu) = %d hits, top %s; want 2, 002 first", r.Total, r.Hits[0].ID)
		}
	})
	t.Run("suggestion", func(t *testing.T) {
		r := ix.Search("mnuchxyz", 3)
		if r.Total != 0 {
			t.Fatalf("Search(mnuchxyz) found %d, want 0 (three edits)", r.Total)
		}
		if len(r.Suggestions) == 0 || r.Suggestions[0] != "mnuchin" {
			t.Errorf("Search(mnuchxyz).Suggestions = %v, want mnuchin first", r.Suggestions)
		}
	})
	t.Run("phrase is strict", func(t *testing.T) {
		if r := ix.Search(`"paris appel"`, 3); r.Total != 0 {
			t.Errorf("Search(\"paris appel\") = %d hits, want 0", r.Total)
		}
	})
	t.Run("empty and stop words", func(t *testing.T) {
		for _, q := range []string{"", "   ", "le la de", `"`} {
			if r := ix.Search(q, 3); r.Total != 0 || len(r.Hits) != 0 {
				t.Errorf("Search(%q) = %v, want nothing", q, r)
			}
		}
	})
}
