package ui

import (
	"fmt"
	"testing"

	"lecteur/app/site"
	"lecteur/app/ui/resultrows"
)

func TestFoldStories(t *testing.T) {
	arts := []site.Summary{
		{ID: "a", Story: "a", Source: "AFP"},
		{ID: "b"},
		{ID: "c", Story: "a", Source: "Le Progrès"},
		{ID: "d", Story: "d"},
		{ID: "e", Story: "a", Source: "AFP"},
		{ID: "f", Story: "d", Title: "Sans source"},
	}
	tests := []struct {
		shown []int
		all   bool
		want  string
	}{
		{[]int{0, 1, 2, 3, 4, 5}, false, "[{0 [2 4]} {1 []} {3 [5]}]"},
		// The list's order decides which version leads its card.
		{[]int{4, 1, 0, 5, 3}, false, "[{4 [0]} {1 []} {5 [3]}]"},
		// Filtered down to one version: a card of its own.
		{[]int{2, 1}, false, "[{2 []} {1 []}]"},
		{[]int{0, 1, 2}, true, "[{0 []} {1 []} {2 []}]"},
		{nil, false, "[]"},
	}
	for _, tt := range tests {
		got := resultrows.FoldStories(storiesOf(arts, tt.shown), tt.all)
		for i := range got {
			got[i].First = tt.shown[got[i].First]
			for k, o := range got[i].Others {
				got[i].Others[k] = tt.shown[o]
			}
		}
		for i := range got {
			if got[i].Others == nil {
				got[i].Others = []int{}
			}
		}
		if s := fmt.Sprint(got); s != tt.want {
			t.Errorf("foldStories(%v, all=%v) = %s, want %s", tt.shown, tt.all, s, tt.want)
		}
	}
	if got, want := fmt.Sprint(resultrows.VersionSources([]*site.Summary{&arts[0], &arts[2], &arts[4], &arts[5]})), "[AFP Le Progrès]"; got != want {
		t.Errorf("versionSources = %s, want %s", got, want)
	}
}

func TestOtherVersions(t *testing.T) {
	// Pairs in the order (0,1), (0,2), (1,2).
	st := site.Story{ID: "a", Articles: []string{"a", "b", "c"}, Shared: []int{100, 80, 70}, Resemblance: []int{40, 60, 50}}
	cat := &site.Catalog{Stories: []site.Story{{ID: "x", Articles: []string{"x", "y"}}, st}}
	tests := []struct {
		id, want string
	}{
		{"a", "[{b 100 40} {c 80 60}]"},
		{"b", "[{a 100 40} {c 70 50}]"},
		{"c", "[{a 80 60} {b 70 50}]"},
		{"z", "[]"},
	}
	for _, tt := range tests {
		got := otherVersions(storyOf(cat, tt.id), tt.id)
		if s := fmt.Sprint(got); s != tt.want && !(len(got) == 0 && tt.want == "[]") {
			t.Errorf("otherVersions(%s) = %s, want %s", tt.id, s, tt.want)
		}
	}
	if storyOf(cat, "y").ID != "x" || storyOf(nil, "a") != nil {
		t.Errorf("storyOf finds the wrong story")
	}
}

func TestSplitSpaces(t *testing.T) {
	tests := []struct{ in, lead, mid, trail string }{
		{" paralyse", " ", "paralyse", ""},
		{"selon un nouveau bilan ", "", "selon un nouveau bilan", " "},
		{"\u00a0mot\u202f", "\u00a0", "mot", "\u202f"},
		{"  ", "  ", "", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		l, m, tr := splitSpaces(tt.in)
		if l != tt.lead || m != tt.mid || tr != tt.trail {
			t.Errorf("splitSpaces(%q) = %q, %q, %q; want %q, %q, %q", tt.in, l, m, tr, tt.lead, tt.mid, tt.trail)
		}
	}
}
