package search

import (
	"reflect"
	"testing"
)

func TestHighlight(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		terms []string
		want  []Range
	}{
		{"accented word, folded term", "La sécurité.", []string{"securite"}, []Range{{3, 11}}},
		{"accented term", "La securite.", []string{"Sécurité"}, []Range{{3, 11}}},
		{"curly elision", "l’État et l'état", []string{"etat"}, []Range{{2, 6}, {12, 16}}},
		{"ligature", "Le cœur", []string{"coeur"}, []Range{{3, 7}}},
		{"decomposed accents", "se\u0301curite\u0301 !", []string{"securite"}, []Range{{0, 10}}},
		{"hyphenated", "Jean-Yves Le Drian", []string{"yves", "drian"}, []Range{{5, 9}, {13, 18}}},
		{"no partial word", "cybersécurité", []string{"securite"}, nil},
		{"no terms", "texte", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Highlight(tt.text, tt.terms); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Highlight(%q, %q) = %v, want %v", tt.text, tt.terms, got, tt.want)
			}
		})
	}
}

func TestSegments(t *testing.T) {
	tests := []struct {
		name   string
		s      string
		ranges []Range
		want   []Segment
	}{
		{"accented match", "La sécurité.", []Range{{3, 11}}, []Segment{{"La ", false}, {"sécurité", true}, {".", false}}},
		{"start and end", "été", []Range{{0, 3}}, []Segment{{"été", true}}},
		{"none", "abc", nil, []Segment{{"abc", false}}},
		{"out of range clipped", "abc", []Range{{1, 9}}, []Segment{{"a", false}, {"bc", true}}},
		{"overlap skipped", "abcd", []Range{{0, 2}, {1, 3}}, []Segment{{"ab", true}, {"c", true}, {"d", false}}},
		{"empty", "", []Range{{0, 1}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Segments(tt.s, tt.ranges); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Segments(%q, %v) = %v, want %v", tt.s, tt.ranges, got, tt.want)
			}
		})
	}
}

func TestPassage(t *testing.T) {
	text := "M. Le Drian parle. Il évoque la sécurité du cyberespace. Rien ici. L'appel de Paris compte 78 États."
	tests := []struct {
		name      string
		text      string
		terms     []string
		max       int
		want      string
		wantMarks []Range
	}{
		{"best sentence, abbreviation kept", text, []string{"securite"}, 0, "Il évoque la sécurité du cyberespace.", []Range{{13, 21}}},
		{"two sentences when the second adds a term", text, []string{"drian", "securite"}, 0, "M. Le Drian parle. Il évoque la sécurité du cyberespace.", []Range{{6, 11}, {32, 40}}},
		{"most distinct terms wins", text, []string{"appel", "paris", "drian"}, 0, "L'appel de Paris compte 78 États.", []Range{{2, 7}, {11, 16}}},
		{"cut around the match", text, []string{"cyberespace"}, 20, "…du cyberespace.", []Range{{4, 15}}},
		{"cut keeps match", text, []string{"cyberespace"}, 30, "…la sécurité du cyberespace.", []Range{{16, 27}}},
		{"cut at the end", "Un long début de phrase sans rien puis enfin le mot cherché arrive ici et la phrase continue encore longtemps.", []string{"cherche"}, 30, "…le mot cherché arrive ici et…", []Range{{8, 15}}},
		{"no match gives opening", text, []string{"absent"}, 0, "M. Le Drian parle.", nil},
		{"empty", "", []string{"x"}, 10, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, marks := Passage(tt.text, tt.terms, tt.max)
			if got != tt.want || !reflect.DeepEqual(marks, tt.wantMarks) {
				t.Errorf("Passage(%q, %d) = %q %v, want %q %v", tt.terms, tt.max, got, marks, tt.want, tt.wantMarks)
			}
			if tt.max > 0 && len([]rune(got)) > tt.max {
				t.Errorf("Passage(%q, %d) has %d runes, want at most %d", tt.terms, tt.max, len([]rune(got)), tt.max)
			}
		})
	}
}
