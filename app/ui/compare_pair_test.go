package ui

import (
	"testing"

	"lecteur/app/site"
)

func TestPairProblem(t *testing.T) {
	tests := []struct {
		name string
		ids  [2]string
		have [2]bool
		want string
	}{
		{"nothing", [2]string{"", ""}, [2]bool{}, "compare.none"},
		{"same twice", [2]string{"a", "a"}, [2]bool{true, false}, "compare.same"},
		{"unknown left", [2]string{"x", "b"}, [2]bool{false, true}, "compare.unknown"},
		{"unknown right", [2]string{"a", "x"}, [2]bool{true, false}, "compare.unknown"},
		{"one side", [2]string{"a", ""}, [2]bool{true, false}, "compare.one"},
		{"a pair", [2]string{"a", "b"}, [2]bool{true, true}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pairProblem(tt.ids, tt.have); got != tt.want {
				t.Errorf("pairProblem(%q, %v) = %q, want %q", tt.ids, tt.have, got, tt.want)
			}
		})
	}
}

func TestNextMention(t *testing.T) {
	text := &site.Text{Marks: [][]site.Mark{
		{{Entity: "a"}},
		{{Entity: "b"}, {Entity: "a"}},
		{{Entity: "a"}},
	}}
	tests := []struct {
		name  string
		id    string
		cur   position
		again bool
		want  position
	}{
		{"first", "a", position{}, false, position{0, 0}},
		{"next", "a", position{0, 0}, true, position{1, 1}},
		{"wraps", "a", position{2, 0}, true, position{0, 0}},
		{"another entity starts at its first", "b", position{2, 0}, false, position{1, 0}},
		{"not mentioned keeps", "c", position{1, 1}, true, position{1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nextMention(text, tt.id, tt.cur, tt.again); got != tt.want {
				t.Errorf("nextMention(%q, %v, %v) = %v, want %v", tt.id, tt.cur, tt.again, got, tt.want)
			}
		})
	}
}
