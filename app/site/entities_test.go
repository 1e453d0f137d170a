package site

import (
	"reflect"
	"testing"
)

// testEntities is a small catalog: Le Drian is in a1 and a2, Paris in a1
// and a2, ONU in a2 only, Bari in a3 alone.
var testEntities = []Entity{
	{ID: "per-le-drian", Name: "Jean-Yves Le Drian", Type: "PER", Articles: []string{"a1", "a2"}, Mentions: 5},
	{ID: "loc-paris", Name: "Paris", Type: "LOC", Articles: []string{"a1", "a2"}, Mentions: 2},
	{ID: "org-onu", Name: "ONU", Type: "ORG", Articles: []string{"a2"}, Mentions: 4},
	{ID: "org-unesco", Name: "Unesco", Type: "ORG", Articles: []string{"a1"}, Mentions: 4},
	{ID: "loc-bari", Name: "Bari", Type: "LOC", Articles: []string{"a3"}, Mentions: 2},
}

func TestCooccurring(t *testing.T) {
	tests := []struct {
		name  string
		id    string
		limit int
		want  []string // "id:shared"
	}{
		{"most shared first, then mentions, then id", "per-le-drian", 0, []string{"loc-paris:2", "org-onu:1", "org-unesco:1"}},
		{"limit", "per-le-drian", 2, []string{"loc-paris:2", "org-onu:1"}},
		{"one shared article", "org-onu", 0, []string{"per-le-drian:1", "loc-paris:1"}},
		{"alone", "loc-bari", 0, nil},
		{"unknown", "per-nobody", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Cooccurring(testEntities, tt.id, tt.limit) {
				got = append(got, c.Entity.ID+":"+itoa(c.Shared))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Cooccurring(%q, %d) = %v, want %v", tt.id, tt.limit, got, tt.want)
			}
		})
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestEntitiesByArticle(t *testing.T) {
	got := EntitiesByArticle(testEntities)
	want := map[string][]int{"a1": {0, 1, 3}, "a2": {0, 1, 2}, "a3": {4}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("EntitiesByArticle = %v, want %v", got, want)
	}
}

func TestPassages(t *testing.T) {
	x := &Text{
		Title:      "Le Drian à Paris",
		Captions:   []string{"Photo : Le Drian."},
		Paragraphs: []string{"Rien ici.", "Paris accueille Le Drian et Le Drian parle.", "Paris seul."},
		Marks: [][]Mark{
			{{Start: 0, End: 8, Type: "PER", Entity: "d"}, {Start: 11, End: 16, Type: "LOC", Entity: "p"}},
			{{Start: 8, End: 16, Type: "PER", Entity: "d"}},
			nil,
			{{Start: 0, End: 5, Type: "LOC", Entity: "p"}, {Start: 16, End: 24, Type: "PER", Entity: "d"}, {Start: 28, End: 36, Type: "PER", Entity: "d"}},
			{{Start: 0, End: 5, Type: "LOC", Entity: "p"}},
		},
	}
	got := Passages(x, "d")
	want := []Passage{
		{Block: 0, Para: -1, Text: "Le Drian à Paris", Marks: []Mark{{Start: 0, End: 8, Type: "PER", Entity: "d"}}},
		{Block: 1, Para: -1, Text: "Photo : Le Drian.", Marks: []Mark{{Start: 8, End: 16, Type: "PER", Entity: "d"}}},
		{Block: 3, Para: 1, Text: "Paris accueille Le Drian et Le Drian parle.", Marks: []Mark{{Start: 16, End: 24, Type: "PER", Entity: "d"}, {Start: 28, End: 36, Type: "PER", Entity: "d"}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Passages(d) =\n%+v\nwant\n%+v", got, want)
	}
	if got := Passages(x, "nobody"); got != nil {
		t.Errorf("Passages(nobody) = %+v, want nil", got)
	}
}
