package synth

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

func TestGenerateDeterministic(t *testing.T) {
	a, b := Generate(20, 7), Generate(20, 7)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Generate(20, 7) differs between two calls")
	}
	if reflect.DeepEqual(a, Generate(20, 8)) {
		t.Fatal("Generate with seeds 7 and 8 gave the same corpus")
	}
}

func TestRareNamesAreRare(t *testing.T) {
	arts := Generate(300, 1)
	for i, a := range arts {
		last := a.Rare[strings.LastIndex(a.Rare, " ")+1:]
		for j, b := range arts {
			if in := hasWord(b.Text(), last); in != (i == j) {
				t.Fatalf("rare name %q of %s: found in %s = %v", last, a.ID, b.ID, in)
			}
		}
		if n := len(a.Text()); n < 2500 || n > 4000 {
			t.Errorf("article %s has %d bytes, want about 3,000", a.ID, n)
		}
	}
}

func hasWord(text, w string) bool {
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if f == w {
			return true
		}
	}
	return false
}

func TestTypo(t *testing.T) {
	tests := []struct {
		name string
		word string
	}{
		{"short", "abcde"},
		{"long", "nicnaupre"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range Probes([]Article{{ID: "1", Rare: "X " + tt.word, Title: "T a"}}, 3) {
				q := strings.Fields(p.Query)[0]
				if q == tt.word || len(q) < len(tt.word)-1 || len(q) > len(tt.word)+1 {
					t.Errorf("probe for %q = %q, want one edit away", tt.word, q)
				}
			}
		})
	}
}

func TestPetition(t *testing.T) {
	text := Petition(13000, 1)
	_, list, ok := strings.Cut(text, "Ont signé : ")
	if !ok {
		t.Fatalf("Petition has no list: %.80q", text)
	}
	names := strings.Split(strings.TrimSuffix(strings.TrimSpace(list), "."), ", ")
	seen := map[string]bool{}
	for _, n := range names {
		seen[n] = true
	}
	if len(names) != 13000 || len(seen) != 13000 {
		t.Errorf("Petition(13000) names %d people, %d different; want 13,000", len(names), len(seen))
	}
	if text != Petition(13000, 1) {
		t.Errorf("Petition is not deterministic")
	}
}
