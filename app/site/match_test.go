package site

import (
	"reflect"
	"testing"
)

func TestMatchEntities(t *testing.T) {
	ents := []Entity{
		{ID: "per-le-drian", Name: "Jean-Yves Le Drian", Mentions: 5},
		{ID: "org-onu", Name: "Organisation des Nations unies", Aliases: []string{"ONU"}, Mentions: 9},
		{ID: "loc-etats-unis", Name: "États-Unis", Mentions: 7},
		{ID: "loc-unis", Name: "Unis", Mentions: 1},
		{ID: "per-macron", Name: "Emmanuel Macron", Mentions: 3},
	}
	tests := []struct {
		name, query string
		want        []int
	}{
		{"empty matches all in order", "", []int{0, 1, 2, 3, 4}},
		{"alias, any case", "onu", []int{1}},
		{"accents ignored, equal first", "unis", []int{3, 2, 1}},
		{"word prefix", "jean le", []int{0}},
		{"one typo", "macorn", []int{4}},
		{"one letter dropped", "emanuel", []int{4}},
		{"two typos is too many", "mcaorn", nil},
		{"short words need the exact start", "mac", []int{4}},
		{"nothing", "zzz", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MatchEntities(ents, tt.query)
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("MatchEntities(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}
