package link

import (
	"net/url"
	"testing"
)

// TestRouteUnderEncodedBase checks that a base that needs percent-encoding
// (build/basepath) still finds the route: a browser's URL path is decoded.
func TestRouteUnderEncodedBase(t *testing.T) {
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
			b := NewBase(tt.base)
			u, err := url.Parse(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if got := b.Route(u); got != tt.want {
				t.Errorf("Route(%q) under %q = %q, want %q", tt.url, tt.base, got, tt.want)
			}
			if tt.id != "" {
				if got := b.ArticleID(u); got != tt.id {
					t.Errorf("ArticleID(%q) under %q = %q, want %q", tt.url, tt.base, got, tt.id)
				}
			}
			if got := b.ArticlePath("a"); got != tt.base+"articles/a" {
				t.Errorf("ArticlePath(a) under %q = %q", tt.base, got)
			}
		})
	}
}

func TestNewBase(t *testing.T) {
	for in, want := range map[string]Base{"": "/", "/": "/", "sub": "/sub/", "/sub/": "/sub/", "/a/b": "/a/b/"} {
		if got := NewBase(in); got != want {
			t.Errorf("NewBase(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStoryLinks checks the group view's URL both ways and its view name.
func TestStoryLinks(t *testing.T) {
	tests := []struct {
		name, base, id, path string
	}{
		{"root", "/", "afp-rhone", "/stories/afp-rhone"},
		{"project site, sub-folder id", "/explorer/", "dépêches/afp 1", "/explorer/stories/d%C3%A9p%C3%AAches/afp%201"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBase(tt.base)
			if got := b.StoryPath(tt.id); got != tt.path {
				t.Errorf("StoryPath(%q) = %q, want %q", tt.id, got, tt.path)
			}
			u, err := url.Parse(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if got := b.StoryID(u); got != tt.id {
				t.Errorf("StoryID(%q) = %q, want %q", tt.path, got, tt.id)
			}
			if got := b.View(u); got != "story" {
				t.Errorf("View(%q) = %q, want story", tt.path, got)
			}
		})
	}
}

func TestHomePage(t *testing.T) {
	tests := []struct {
		name, base, url, view string
		page                  int
	}{
		{"home", "/", "/", "home", 1},
		{"page 2", "/", "/page/2", "home", 2},
		{"page file", "/sub/", "/sub/page/12.html", "home", 12},
		{"with filters", "/sub/", "/sub/page/3?source=AFP", "home", 3},
		{"page 0", "/", "/page/0", "notfound", 1},
		{"not a number", "/", "/page/deux", "notfound", 1},
		{"article named page", "/", "/articles/page/2", "article", 1},
		{"entities page 3", "/sub/", "/sub/entities-page/3?type=PER", "entities", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBase(tt.base)
			u, err := url.Parse(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if got := b.View(u); got != tt.view {
				t.Errorf("View(%q) = %q, want %q", tt.url, got, tt.view)
			}
			if got := b.HomePage(u); got != tt.page {
				t.Errorf("HomePage(%q) = %d, want %d", tt.url, got, tt.page)
			}
		})
	}
	b := NewBase("/sub/")
	for _, tt := range []struct {
		n     int
		query string
		want  string
	}{
		{1, "", "/sub/"},
		{1, "source=AFP", "/sub/?source=AFP"},
		{4, "", "/sub/page/4"},
		{4, "sort=title", "/sub/page/4?sort=title"},
	} {
		if got := b.HomePagePath(tt.n, tt.query); got != tt.want {
			t.Errorf("HomePagePath(%d, %q) = %q, want %q", tt.n, tt.query, got, tt.want)
		}
	}
	for _, tt := range []struct {
		n     int
		query string
		want  string
	}{
		{1, "", "/sub/entities"},
		{1, "type=ORG", "/sub/entities?type=ORG"},
		{3, "", "/sub/entities-page/3"},
		{3, "q=mar", "/sub/entities-page/3?q=mar"},
	} {
		if got := b.EntitiesPagePath(tt.n, tt.query); got != tt.want {
			t.Errorf("EntitiesPagePath(%d, %q) = %q, want %q", tt.n, tt.query, got, tt.want)
		}
		u, _ := url.Parse(tt.want)
		if got := b.EntitiesPage(u); got != tt.n {
			t.Errorf("EntitiesPage(%q) = %d, want %d", tt.want, got, tt.n)
		}
	}
}
