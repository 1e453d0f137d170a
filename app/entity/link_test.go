package entity

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func mention(text string, typ Type) Mention { return Mention{Text: text, Type: typ} }

func TestLink(t *testing.T) {
	tests := []struct {
		name string
		docs []Doc
		want map[string][]string // id → name then aliases
	}{
		{
			name: "title and surname join the full name",
			docs: []Doc{{ID: "a", Mentions: []Mention{mention("Jean-Yves Le Drian", PER), mention("Le Drian", PER), mention("Drian", PER)}}},
			want: map[string][]string{"per-jean-yves-le-drian": {"Jean-Yves Le Drian", "Drian", "Le Drian"}},
		},
		{
			name: "acronym joins its expansion",
			docs: []Doc{{ID: "a", Mentions: []Mention{mention("National Security Agency", ORG), mention("NSA", ORG)}}},
			want: map[string][]string{"org-national-security-agency": {"National Security Agency", "NSA"}},
		},
		{
			name: "surname alone joins the corpus's only full name",
			docs: []Doc{
				{ID: "a", Mentions: []Mention{mention("Bernard Cazeneuve", PER)}},
				{ID: "b", Mentions: []Mention{mention("Cazeneuve", PER)}},
			},
			want: map[string][]string{"per-bernard-cazeneuve": {"Bernard Cazeneuve", "Cazeneuve"}},
		},
		{
			name: "two people with one surname stay apart",
			docs: []Doc{
				{ID: "a", Mentions: []Mention{mention("Marine Martin", PER), mention("Paul Martin", PER)}},
				{ID: "b", Mentions: []Mention{mention("Martin", PER)}},
			},
			want: map[string][]string{"per-marine-martin": {"Marine Martin"}, "per-paul-martin": {"Paul Martin"}, "per-martin": {"Martin"}},
		},
		{
			name: "accents fold and the accented spelling wins",
			docs: []Doc{{ID: "a", Mentions: []Mention{mention("Etats-Unis", LOC), mention("Etats-Unis", LOC), mention("États-Unis", LOC)}}},
			want: map[string][]string{"loc-etats-unis": {"États-Unis", "Etats-Unis"}},
		},
		{
			name: "same text, different types, different entities",
			docs: []Doc{{ID: "a", Mentions: []Mention{mention("Orange", ORG), mention("Orange", LOC)}}},
			want: map[string][]string{"org-orange": {"Orange"}, "loc-orange": {"Orange"}},
		},
		{
			name: "dates merge by value",
			docs: []Doc{{ID: "a", Mentions: []Mention{{Text: "11 mai 2017", Type: DATE, Value: "2017-05-11"}, {Text: "jeudi 11 mai 2017", Type: DATE, Value: "2017-05-11"}}}},
			want: map[string][]string{"date-2017-05-11": {"jeudi 11 mai 2017", "11 mai 2017"}},
		},
		{
			name: "bad mentions are skipped",
			docs: []Doc{{ID: "a", Mentions: []Mention{mention("", PER), mention("Lille", "")}}},
			want: map[string][]string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string][]string{}
			for _, e := range Link(tt.docs) {
				got[e.ID] = append([]string{e.Name}, e.Aliases...)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Link(%v) = %q, want %q", tt.docs, got, tt.want)
			}
			for _, d := range tt.docs {
				for _, m := range d.Mentions {
					if m.Type != "" && m.Text != "" && m.Entity == "" {
						t.Errorf("Link: mention %q in %s has no entity", m.Text, d.ID)
					}
				}
			}
		})
	}
}

// TestLinkGolden links the seed articles and compares the entities with
// testdata/seeds.entities.json (go test -update rewrites it; review it by hand).
func TestLinkGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	var docs []Doc
	for _, f := range files {
		docs = append(docs, Doc{ID: strings.TrimSuffix(filepath.Base(f), ".txt"), Mentions: Recognize(readBlocks(t, f))})
	}
	got, err := json.MarshalIndent(Link(docs), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := "testdata/seeds.entities.json"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden (run go test -update): %v", err)
	}
	if string(got) != string(want) {
		t.Errorf("Link(seeds) differs from %s; run go test -update and review the diff", golden)
	}
}
