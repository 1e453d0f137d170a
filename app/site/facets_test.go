package site

import (
	"slices"
	"testing"
)

func TestFacets(t *testing.T) {
	c := &Catalog{
		Articles: []Summary{{ID: "a"}, {ID: "b"}, {ID: "c"}},
		Entities: []Entity{
			{ID: "per-ada", Name: "Ada", Type: "PER", Articles: []string{"a", "c"}, Mentions: 3},
			{ID: "date-2024", Name: "2024", Type: "DATE", Articles: []string{"a", "b", "c"}, Mentions: 5},
			{ID: "org-onu", Name: "ONU", Type: "ORG", Articles: []string{"c", "gone"}, Mentions: 1},
			{ID: "loc-x", Name: "X", Type: "LOC", Articles: []string{"b"}, Mentions: 1, Low: true},
		},
	}
	f, err := DecodeFacets(EncodeFacets(c))
	if err != nil {
		t.Fatal(err)
	}
	if f.Articles() != 3 || f.Entities() != 2 {
		t.Fatalf("Articles, Entities = %d, %d, want 3, 2 (no date, no low-confidence entity)", f.Articles(), f.Entities())
	}
	want := []FacetEntity{{ID: "per-ada", Name: "Ada", Type: "PER", Mentions: 3}, {ID: "org-onu", Name: "ONU", Type: "ORG", Mentions: 1}}
	for i, w := range want {
		if got := f.Entity(i); got != w {
			t.Errorf("Entity(%d) = %+v, want %+v", i, got, w)
		}
	}
	for i, w := range [][]int{{0}, nil, {0, 1}} {
		if got := f.Of(nil, i); !slices.Equal(got, w) {
			t.Errorf("Of(%d) = %v, want %v", i, got, w)
		}
	}
	for id, w := range map[string]int{"org-onu": 1, "per-ada": 0, "date-2024": -1, "nobody": -1} {
		if got := f.Find(id); got != w {
			t.Errorf("Find(%q) = %d, want %d", id, got, w)
		}
	}
}

func TestDecodeFacetsBroken(t *testing.T) {
	good := EncodeFacets(&Catalog{
		Articles: []Summary{{ID: "a"}},
		Entities: []Entity{{ID: "per-ada", Name: "Ada", Type: "PER", Articles: []string{"a"}, Mentions: 1}},
	})
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"bad magic", append([]byte("LSUM1"), good[5:]...)},
		{"truncated", good[:len(good)-1]},
		{"trailing bytes", append(slices.Clone(good), 0)},
		{"entity number past the table", append(slices.Clone(good[:len(good)-1]), 7)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := DecodeFacets(tc.b); err == nil {
				t.Errorf("DecodeFacets(%q) = nil error", tc.b)
			}
		})
	}
}
