package ui

import (
	"net/url"
	"testing"
)

// TestRouteUnderEncodedBase checks that a base that needs percent-encoding
// (build/basepath) still finds the route: a browser's URL path is decoded.
func TestRouteUnderEncodedBase(t *testing.T) {
	old := Base()
	t.Cleanup(func() { SetBase(old) })
	tests := []struct {
		name, base, url, want, id string
	}{
		{"root", "/", "/articles/a", "/articles/a", "a"},
		{"project site", "/explorer/", "/explorer/search?q=x", "/search", ""},
		{"space", "/my%20site/", "/my%20site/articles/sub/b", "/articles/sub/b", "sub/b"},
		{"accent", "/caf%C3%A9/", "/caf%C3%A9/entities", "/entities", ""},
		{"accent, article page", "/caf%C3%A9/", "/caf%C3%A9/articles/index-txt.html", "/articles/index-txt.html", "index-txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			SetBase(tt.base)
			u, err := url.Parse(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if got := route(u); got != tt.want {
				t.Errorf("route(%q) under %q = %q, want %q", tt.url, tt.base, got, tt.want)
			}
			if tt.id != "" {
				if got := articleID(u); got != tt.id {
					t.Errorf("articleID(%q) under %q = %q, want %q", tt.url, tt.base, got, tt.id)
				}
			}
			if got := ArticlePath("a"); got != tt.base+"articles/a" {
				t.Errorf("ArticlePath(a) under %q = %q", tt.base, got)
			}
		})
	}
}
