package ui

import (
	"testing"

	"lecteur/app/search"
	"lecteur/app/ui/link"
)

func TestFacetPath(t *testing.T) {
	env := Env{Base: link.NewBase("/explorer/")}
	tests := []struct {
		name, q, e, want string
	}{
		{"query and entity", "cyber sécurité", "loc-france", "/explorer/search?q=cyber+s%C3%A9curit%C3%A9&e=loc-france"},
		{"entity without query", "", "loc-france", "/explorer/search?e=loc-france"},
		{"query only", "onu", "", "/explorer/search?q=onu"},
		{"nothing", "", "", "/explorer/search"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := facetPath(env, tt.q, tt.e); got != tt.want {
				t.Errorf("facetPath(%q, %q) = %q, want %q", tt.q, tt.e, got, tt.want)
			}
		})
	}
}

// TestSameIDs: the facet's counts are kept only for the same articles in
// the same order.
func TestSameIDs(t *testing.T) {
	hits := func(ids ...string) []search.Hit {
		var out []search.Hit
		for _, id := range ids {
			out = append(out, search.Hit{ID: id})
		}
		return out
	}
	tests := []struct {
		name string
		ids  []string
		hits []search.Hit
		want bool
	}{
		{"same", []string{"a", "b"}, hits("a", "b"), true},
		{"never counted", nil, hits(), false},
		{"none after some", []string{"a"}, hits(), false},
		{"another order", []string{"a", "b"}, hits("b", "a"), false},
		{"one more", []string{"a"}, hits("a", "b"), false},
		{"none counted, none found", []string{}, hits(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameIDs(tt.ids, tt.hits); got != tt.want {
				t.Errorf("sameIDs(%q, %v) = %v, want %v", tt.ids, tt.hits, got, tt.want)
			}
		})
	}
}
