package compare

import (
	"reflect"
	"testing"

	"lecteur/app/site"
)

func TestSharedEntities(t *testing.T) {
	s := seeds(t)
	tests := []struct {
		name        string
		left, right string
		want        []Group[site.Shared]
		onlyLeft    map[string]int // entities per type on the left only
		onlyRight   map[string]int
	}{
		{
			// Written from the seed texts: both articles name France and
			// Germany; Lille's forum names no person of the G7 article.
			name: "G7 and Lille forum", left: g7, right: lille,
			want: []Group[site.Shared]{{Type: "LOC", Entities: []site.Shared{
				{Entity: "loc-france", Type: "LOC", Name: "France", Left: 2, Right: 3},
				{Entity: "loc-allemagne", Type: "LOC", Name: "Allemagne", Left: 2, Right: 2},
			}}},
			onlyLeft:  map[string]int{"PER": 6, "ORG": 5, "LOC": 7, "DATE": 2},
			onlyRight: map[string]int{"PER": 2, "ORG": 4, "LOC": 2, "DATE": 1},
		},
		{
			name: "G7 and ONU", left: g7, right: onu,
			want: []Group[site.Shared]{{Type: "LOC", Entities: []site.Shared{
				{Entity: "loc-france", Type: "LOC", Name: "France", Left: 2, Right: 3},
				{Entity: "loc-canada", Type: "LOC", Name: "Canada", Left: 1, Right: 1},
				{Entity: "loc-japon", Type: "LOC", Name: "Japon", Left: 1, Right: 1},
				{Entity: "loc-royaume-uni", Type: "LOC", Name: "Royaume-Uni", Left: 1, Right: 1},
			}}},
			onlyLeft:  map[string]int{"PER": 6, "ORG": 5, "LOC": 5, "DATE": 2},
			onlyRight: map[string]int{"PER": 2, "ORG": 6, "LOC": 5},
		},
		{
			// The name on each chip is the left article's spelling.
			name: "G7 and China", left: g7, right: chine,
			want: []Group[site.Shared]{{Type: "LOC", Entities: []site.Shared{
				{Entity: "loc-etats-unis", Type: "LOC", Name: "États-Unis", Left: 3, Right: 3},
			}}},
			onlyLeft:  map[string]int{"PER": 6, "ORG": 5, "LOC": 8, "DATE": 2},
			onlyRight: map[string]int{"PER": 3, "ORG": 3, "LOC": 2},
		},
		{
			name: "Lille forum and China", left: lille, right: chine,
			want:      nil,
			onlyLeft:  map[string]int{"PER": 2, "ORG": 4, "LOC": 4, "DATE": 1},
			onlyRight: map[string]int{"PER": 3, "ORG": 3, "LOC": 3},
		},
	}
	perType := func(gs []Group[site.Count]) map[string]int {
		m := map[string]int{}
		for _, g := range gs {
			m[g.Type] = len(g.Entities)
		}
		return m
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SharedEntities(s[tt.left], s[tt.right])
			if !reflect.DeepEqual(got.Both, tt.want) {
				t.Errorf("SharedEntities(%s, %s).Both = %+v, want %+v", tt.left, tt.right, got.Both, tt.want)
			}
			if l := perType(got.OnlyLeft); !reflect.DeepEqual(l, tt.onlyLeft) {
				t.Errorf("SharedEntities(%s, %s).OnlyLeft per type = %v, want %v", tt.left, tt.right, l, tt.onlyLeft)
			}
			if r := perType(got.OnlyRight); !reflect.DeepEqual(r, tt.onlyRight) {
				t.Errorf("SharedEntities(%s, %s).OnlyRight per type = %v, want %v", tt.left, tt.right, r, tt.onlyRight)
			}
		})
	}
}

func TestByTypeOrder(t *testing.T) {
	in := []string{"LOC:a", "MISC:b", "PER:c", "EVENT:d", "LOC:e", "DATE:f", "ORG:g"}
	got := ByType(in, func(s string) string { return s[:len(s)-2] })
	var types []string
	for _, g := range got {
		types = append(types, g.Type)
	}
	if want := []string{"PER", "ORG", "LOC", "DATE", "EVENT", "MISC"}; !reflect.DeepEqual(types, want) {
		t.Errorf("ByType types = %v, want %v", types, want)
	}
	if want := []string{"LOC:a", "LOC:e"}; !reflect.DeepEqual(got[2].Entities, want) {
		t.Errorf("ByType LOC = %v, want %v", got[2].Entities, want)
	}
}

func TestPick(t *testing.T) {
	titles := []string{
		"Le G7 promet de renforcer la cybersécurité",
		"France et Allemagne veulent une coalition internationale contre la cybercriminalité",
		"La France propose un nouveau format de discussion à l'ONU",
		"Discussions sino-américaines fructueuses sur la cybersécurité",
	}
	p := NewPicker(titles)
	// want is the start of the answer: fuzzy matching also finds titles
	// holding the letters far apart, after the good ones.
	tests := []struct {
		query string
		want  []int
		all   bool // want is the whole answer
	}{
		{"", []int{0, 1, 2, 3}, true},
		{"  ", []int{0, 1, 2, 3}, true},
		{"onu", []int{2}, false},
		{"ONU", []int{2}, false},
		{"sino amer", []int{3}, false},
		{"allmagne", []int{1}, false},
		{"g7", []int{0}, true},
		{"zzz", []int{}, true},
	}
	for _, tt := range tests {
		got := p.Pick(tt.query)
		if !tt.all && len(got) > len(tt.want) {
			got = got[:len(tt.want)]
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Pick(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
	got := p.Pick("securite")
	if len(got) < 2 || got[0]+got[1] != 3 || got[0]*got[1] != 0 {
		t.Errorf("Pick(%q) = %v, want 0 and 3 first", "securite", got)
	}
}
