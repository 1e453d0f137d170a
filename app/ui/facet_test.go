package ui

import (
	"testing"

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
