package site

import (
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
	for _, bad := range [][]byte{nil, []byte(`[{"id":"a"}]`), append([]byte("LSUM1"), 0xff, 0xff, 0xff, 0xff, 0x0f)} {
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
	tests := []struct {
		name string
		ids  []string
		want map[string]Summary
	}{
		{"none", nil, map[string]Summary{}},
		{"last, with authors", []string{"nom-avec-espaces-e"}, map[string]Summary{"nom-avec-espaces-e": list[2]}},
		{"two, one unknown", []string{"001_y", "absent", "000_x"}, map[string]Summary{"000_x": list[0], "001_y": list[1]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FindSummaries(b, tt.ids)
			if err != nil {
				t.Fatalf("FindSummaries(%q) error %v", tt.ids, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindSummaries(%q) = %+v, want %+v", tt.ids, got, tt.want)
			}
		})
	}
	for n := 0; n < len(b); n++ {
		if _, err := FindSummaries(b[:n], []string{"absent"}); err == nil {
			t.Errorf("FindSummaries(first %d of %d bytes) = no error", n, len(b))
		}
	}
}
