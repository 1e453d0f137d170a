package corpus

import (
	"reflect"
	"regexp"
	"testing"
)

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
