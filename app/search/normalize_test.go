package search

import (
	"reflect"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"accents", "Sécurité, ÉTÉ, ça", "securite, ete, ca"},
		{"ligatures", "Œuvre du cœur, ex æquo", "oeuvre du coeur, ex aequo"},
		{"curly elision", "l’État", "l' etat"},
		{"straight elision", "d'Artagnan qu'il", "d' artagnan qu' il"},
		{"no elision mid-word", "aujourd'hui", "aujourd'hui"},
		{"hyphens unified", "Jean‐Yves – Le Drian", "jean-yves - le drian"},
		{"spaces collapsed", "  Le   Drian \n", "le drian"},
		{"decomposed accent", "se\u0301curite\u0301", "securite"},
		{"german", "Schäuble für Straße", "schauble fur strasse"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []token
	}{
		{"elision and accents", "l’État sûr", []token{{"l", 0, 1}, {"etat", 2, 6}, {"sur", 7, 10}}},
		{"hyphen", "Jean-Yves", []token{{"jean", 0, 4}, {"yves", 5, 9}}},
		{"ligature keeps rune span", "cœur", []token{{"coeur", 0, 4}}},
		{"decomposed mark stays in word", "e\u0301te\u0301", []token{{"ete", 0, 5}}},
		{"digits", "G7 le 11 mai", []token{{"g7", 0, 2}, {"le", 3, 5}, {"11", 6, 8}, {"mai", 9, 12}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("tokens(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestStem(t *testing.T) {
	tests := []struct {
		name, a, b string
	}{
		{"accent and none", "sécurité", "securite"},
		{"plural", "discussions", "discussion"},
		{"feminine", "nationale", "national"},
		{"verb", "renforcée", "renforcer"},
		{"feminine plural", "française", "français"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := stem(tokens(tt.a)[0].term), stem(tokens(tt.b)[0].term)
			if a != b {
				t.Errorf("stem(%q) = %q, stem(%q) = %q, want equal", tt.a, a, tt.b, b)
			}
		})
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		max  int
		want int
	}{
		{"equal", "mnuchin", "mnuchin", 2, 0},
		{"deletion", "cazneuve", "cazeneuve", 2, 1},
		{"insertion", "mnucchin", "mnuchin", 1, 1},
		{"substitution", "maiziere", "maiziare", 1, 1},
		{"swap counts one", "snowdne", "snowden", 1, 1},
		{"two edits", "cybercriminalte", "cybercrimianlite", 2, 2},
		{"over max", "abcdef", "uvwxyz", 2, 3},
		{"length gap over max", "ab", "abcdef", 2, 3},
		{"runes", "sécu", "secu", 1, 1},
		{"empty", "", "ab", 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := distance([]rune(tt.a), []rune(tt.b), tt.max); got != tt.want {
				t.Errorf("distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
			}
		})
	}
}

func TestTypoBudget(t *testing.T) {
	ix := Build([]Doc{{ID: "a", Title: "maiziere cazeneuve onu", Paragraphs: []string{"cybercriminalite"}}})
	tests := []struct {
		name, query string
		want        int
	}{
		{"short words need exact", "ons", 0},
		{"4+ letters: one edit", "cazeneuv", 1},
		{"4+ letters: not two", "cazenu", 0},
		{"8+ letters: two edits", "cybercrimnalit", 1},
		{"8+ letters: not three", "cybrcrimnalit", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ix.Search(tt.query+" ", 5).Total; got != tt.want {
				t.Errorf("Search(%q).Total = %d, want %d", tt.query, got, tt.want)
			}
		})
	}
}

// TestQueryStemRemembers: the stems the index remembers for query words
// are Snowball's, before and after the memory is emptied.
func TestQueryStemRemembers(t *testing.T) {
	ix := &Index{}
	words := []string{"cybersecurite", "francaise", "renforcee", "negociations", "cyb", "g7"}
	for round := 0; round < 2; round++ {
		for _, w := range words {
			if got, want := ix.queryStem(w), stem(w); got != want {
				t.Errorf("queryStem(%q) = %q, want %q", w, got, want)
			}
		}
	}
	for i := 0; i <= maxQueryStems; i++ {
		ix.queryStem("mot" + strings.Repeat("a", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26%26)))
	}
	if n := len(ix.queryStems.m); n > maxQueryStems {
		t.Errorf("the memory holds %d stems, want at most %d", n, maxQueryStems)
	}
	if got, want := ix.queryStem("francaise"), stem("francaise"); got != want {
		t.Errorf("queryStem(%q) after emptying = %q, want %q", "francaise", got, want)
	}
}
