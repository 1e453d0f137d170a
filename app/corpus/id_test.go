package corpus

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// long is a 251-byte file name without its extension: with ".txt", the
// longest name most file systems allow.
var long = strings.Repeat("Le gouvernement annonce un plan de lutte contre la fraude en ligne, qui prévoit un filtre ", 3)[:251]

func TestID(t *testing.T) {
	tests := []struct {
		name, rel, want string
	}{
		{"seed contract", "000_0e8d66ae8489baff.txt", "000_0e8d66ae8489baff"},
		{"sub-folders kept", "2024/lemonde/a.txt", "2024/lemonde/a"},
		{"upper case folded", "Reuters/Article.HTML", "reuters/article"},
		{"spaces", "mon article du jour.md", "mon-article-du-jour"},
		{"accents", "Été/Pékin à l'œil.txt", "ete/pekin-a-l-oeil"},
		{"URL characters", "a?b#c%d&e=f.txt", "a-b-c-d-e-f"},
		{"runs and edges", "  --Hello,  World!--  .txt", "hello-world"},
		{"dots inside kept", "v1.2.notes.txt", "v1.2.notes"},
		{"backslashes", `dossier\fichier.txt`, "dossier/fichier"},
		{"other script", "北京.txt", "x685e1518"},
		{"dot segment", "./a/../b.txt", "a/x9d891e73/b"},
		{"empty", "", "xda39a3ee"},
		{"index file keeps its extension", "index.txt", "index-txt"},
		{"index in a folder", "sub/Index.MD", "sub/index-md"},
		{"index folder untouched", "index/a.txt", "index/a"},
		{"index-like name untouched", "indexes.txt", "indexes"},
		{"html inside the name", "a.html.txt", "a-html"},
		{"html folder untouched", "a.html/b.txt", "a.html/b"},
		{"120 bytes kept", strings.Repeat("a", 120) + ".txt", strings.Repeat("a", 120)},
		{"121 bytes shortened", strings.Repeat("a", 121) + ".txt", strings.Repeat("a", 111) + "-" + nameHash(strings.Repeat("a", 121))},
		{"251-byte name", long + ".txt", "le-gouvernement-annonce-un-plan-de-lutte-contre-la-fraude-en-ligne-qui-prevoit-un-filtre-le-gouvernement-annonc-" + nameHash(long)},
		{"long folder", long + "/a.txt", "le-gouvernement-annonce-un-plan-de-lutte-contre-la-fraude-en-ligne-qui-prevoit-un-filtre-le-gouvernement-annonc-" + nameHash(long) + "/a"},
		{"cut on a dash", strings.Repeat("a", 110) + " b" + strings.Repeat("c", 20) + ".txt", strings.Repeat("a", 110) + "-" + nameHash(strings.Repeat("a", 110)+" b"+strings.Repeat("c", 20))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ID(tt.rel); got != tt.want {
				t.Errorf("ID(%q) = %q, want %q", tt.rel, got, tt.want)
			}
		})
	}
}

// TestIDURLSafe checks the promise for any name: only URL-safe characters.
func TestIDURLSafe(t *testing.T) {
	safe := regexp.MustCompile(`^[a-z0-9._-]+(/[a-z0-9._-]+)*$`)
	for _, rel := range []string{"", "/", "//a//b.txt", "%%%.txt", "é/è/ê", "a b/c d.e f.txt", "\x00\xff.txt", "..", "../..", "日本/記事.md"} {
		if got := ID(rel); !safe.MatchString(got) {
			t.Errorf("ID(%q) = %q, not URL-safe", rel, got)
		}
	}
}

// TestIDFitsAFileName checks that every segment of an id, as the page
// articles/<id>.html with a "-99" from uniqueIDs, fits a 255-byte file
// name, and that two long names with the same beginning stay distinct.
func TestIDFitsAFileName(t *testing.T) {
	names := []string{long + ".txt", strings.Repeat("é", 127) + ".md", strings.Repeat("a-", 127) + ".txt", strings.Repeat("x", 300) + "/" + strings.Repeat("y", 300) + ".html"}
	for _, rel := range names {
		for _, seg := range strings.Split(ID(rel), "/") {
			if n := len(seg + "-99.html"); n > 255 {
				t.Errorf("ID(%q) has a segment of %d bytes as a page file name", rel, n)
			}
		}
	}
	a, b := ID(long+"a.txt"), ID(long+"b.txt")
	if a == b {
		t.Errorf("ID of two long names = %q for both, want distinct", a)
	}
}

func TestUniqueIDs(t *testing.T) {
	tests := []struct {
		name string
		ids  []string
		want []string
	}{
		{"distinct", []string{"a", "b"}, []string{"a", "b"}},
		{"collision", []string{"a", "a", "a"}, []string{"a", "a-2", "a-3"}},
		{"suffix already taken", []string{"a", "a", "a-2"}, []string{"a", "a-3", "a-2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var articles []Article
			for _, id := range tt.ids {
				articles = append(articles, Article{ID: id})
			}
			uniqueIDs(articles)
			var got []string
			for _, a := range articles {
				got = append(got, a.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("uniqueIDs(%v) = %v, want %v", tt.ids, got, tt.want)
			}
		})
	}
}
