package site

import (
	"fmt"
	"reflect"
	"testing"
)

func TestSummariesRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		list []Summary
	}{
		{"empty", []Summary{}},
		{"one bare", []Summary{{ID: "a", Title: "Titre"}}},
		{"full", []Summary{
			{ID: "000_x", Title: "Cyberattaque : l’hôpital de Villefranche", Date: "2026-11-02", Source: "Le Progrès", Place: "Villefranche-sur-Saône",
				Authors: []string{"Anne Dupont", "Jean Martin"}, Lang: "fr", Words: 812, Chunk: 3, Story: "afp-rhone", Versions: 3},
			{ID: "001_y", Title: "Second", Date: "2026-11-02", Source: "Le Progrès", Lang: "fr", Words: 1, Chunk: 3, Story: "afp-rhone", Versions: 3},
			{ID: "nom-avec-espaces-e", Title: "", Lede: "Un chapeau.", Authors: []string{"Jean Martin"}},
			{ID: "big", Title: "Mots", Words: 1<<62 + 5, Chunk: 1 << 35},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeSummaries(EncodeSummaries(tt.list))
			if err != nil {
				t.Fatalf("DecodeSummaries(EncodeSummaries(%d)) error %v", len(tt.list), err)
			}
			if !reflect.DeepEqual(got, tt.list) {
				t.Errorf("DecodeSummaries(EncodeSummaries()) = %+v, want %+v", got, tt.list)
			}
			l, err := OpenSummaries(EncodeSummaries(tt.list))
			if err != nil {
				t.Fatalf("OpenSummaries(EncodeSummaries(%d)) error %v", len(tt.list), err)
			}
			if l.Len() != len(tt.list) {
				t.Errorf("Len() = %d, want %d", l.Len(), len(tt.list))
			}
			for i, want := range tt.list {
				if got := l.At(i); !reflect.DeepEqual(got, want) {
					t.Errorf("At(%d) = %+v, want %+v", i, got, want)
				}
				if got := l.ID(i); got != want.ID {
					t.Errorf("ID(%d) = %q, want %q", i, got, want.ID)
				}
			}
		})
	}
}

// TestDecodeSummariesBadInput: every truncation of a valid file, and
// other bytes, are an error, never a panic.
func TestDecodeSummariesBadInput(t *testing.T) {
	b := EncodeSummaries([]Summary{{ID: "a", Title: "Titre", Source: "S", Authors: []string{"X"}, Words: 300}})
	for n := 0; n < len(b); n++ {
		if _, err := OpenSummaries(b[:n]); err == nil {
			t.Errorf("OpenSummaries of the first %d of %d bytes: no error", n, len(b))
		}
		if _, err := DecodeSummaries(b[:n]); err == nil {
			t.Errorf("DecodeSummaries(first %d of %d bytes) = no error, want one", n, len(b))
		}
	}
	for _, bad := range [][]byte{nil, []byte(`[{"id":"a"}]`), append([]byte(summariesMagic), 0xff, 0xff, 0xff, 0xff, 0x0f)} {
		if _, err := DecodeSummaries(bad); err == nil {
			t.Errorf("DecodeSummaries(%q) = no error, want one", bad)
		}
	}
}

func TestFindSummaries(t *testing.T) {
	list := []Summary{
		{ID: "000_x", Title: "Cyberattaque : l’hôpital de Villefranche", Date: "2026-11-02", Source: "Le Progrès", Place: "Villefranche-sur-Saône",
			Authors: []string{"Anne Dupont", "Jean Martin"}, Lang: "fr", Words: 812, Chunk: 3, Story: "afp-rhone", Versions: 3},
		{ID: "001_y", Title: "Second", Date: "2026-11-02", Source: "Le Progrès", Lang: "fr", Words: 1, Chunk: 3, Story: "afp-rhone", Versions: 3},
		{ID: "nom-avec-espaces-e", Title: "", Lede: "Un chapeau.", Authors: []string{"Jean Martin"}},
	}
	b := EncodeSummaries(list)
	// A list of more than two blocks (summaryBlock), to find summaries
	// by their number on either side of a block's start.
	long := append([]Summary(nil), list...)
	for i := len(long); i < 2*summaryBlock+5; i++ {
		long = append(long, Summary{ID: fmt.Sprintf("a%03d", i), Title: fmt.Sprintf("Titre %d", i), Source: "Le Progrès", Words: i, Chunk: i / 10})
	}
	long[summaryBlock].Authors = []string{"Anne Dupont"}
	lb := EncodeSummaries(long)
	tests := []struct {
		name string
		b    []byte
		ids  []string
		docs []int
		want map[string]Summary
	}{
		{"none", b, nil, nil, map[string]Summary{}},
		{"last, with authors", b, []string{"nom-avec-espaces-e"}, nil, map[string]Summary{"nom-avec-espaces-e": list[2]}},
		{"two, one unknown", b, []string{"001_y", "absent", "000_x"}, nil, map[string]Summary{"000_x": list[0], "001_y": list[1]}},
		{"by number", b, []string{"001_y", "000_x"}, []int{1, 0}, map[string]Summary{"000_x": list[0], "001_y": list[1]}},
		{"by number, around block starts", lb, []string{"a063", "a064", "a065", "a132", "000_x"}, []int{63, 64, 65, 132, 0},
			map[string]Summary{"a063": long[63], "a064": long[64], "a065": long[65], "a132": long[132], "000_x": long[0]}},
		{"wrong numbers and unknown ids: looked for from the start", lb, []string{"a070", "a100", "absent", "a050"}, []int{71, 1000, 3, -1},
			map[string]Summary{"a070": long[70], "a100": long[100], "a050": long[50]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FindSummaries(tt.b, tt.ids, tt.docs)
			if err != nil {
				t.Fatalf("FindSummaries(%q, %v) error %v", tt.ids, tt.docs, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindSummaries(%q, %v) = %+v, want %+v", tt.ids, tt.docs, got, tt.want)
			}
		})
	}
	for n := 0; n < len(lb); n++ {
		if _, err := FindSummaries(lb[:n], []string{"absent", "a130"}, []int{0, 130}); err == nil {
			t.Errorf("FindSummaries(first %d of %d bytes) = no error", n, len(lb))
		}
	}
	if got, err := DecodeSummaries(lb); err != nil || !reflect.DeepEqual(got, long) {
		t.Errorf("DecodeSummaries of %d summaries: error %v, equal %v", len(long), err, reflect.DeepEqual(got, long))
	}
}

// BenchmarkFindSummaries finds the titles of a first page of 20 results
// spread over a list of 100,000 articles, by their numbers in the index
// (the early search) and, for comparison, by reading the list up to them.
func BenchmarkFindSummaries(b *testing.B) {
	list := make([]Summary, 100000)
	for i := range list {
		list[i] = Summary{ID: fmt.Sprintf("%06d_%x", i, i*7919), Title: fmt.Sprintf("Un titre d’article numéro %d, assez long pour en être un", i),
			Date: "2026-11-02", Source: "Le Progrès", Authors: []string{"Anne Dupont"}, Lang: "fr", Words: 600 + i%400, Chunk: i / 64}
	}
	data := EncodeSummaries(list)
	var ids []string
	var docs []int
	for k := 0; k < 20; k++ {
		d := (k*4999 + 77) % len(list)
		ids, docs = append(ids, list[d].ID), append(docs, d)
	}
	for _, bc := range []struct {
		name string
		docs []int
	}{{"by-number", docs}, {"scan", nil}} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				got, err := FindSummaries(data, ids, bc.docs)
				if err != nil || len(got) != len(ids) {
					b.Fatalf("found %d of %d, error %v", len(got), len(ids), err)
				}
			}
		})
	}
}
