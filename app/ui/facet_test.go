package ui

import (
	"strings"
	"testing"

	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/i18n"
	"lecteur/app/ui/link"
	"lecteur/app/ui/resultsdom"
)

func TestFacetPath(t *testing.T) {
	env := Env{Base: link.NewBase("/explorer/")}
	tests := []struct {
		name, q, e, want string
	}{
		{"query and entity", "cyber sécurité", "loc-france", "/explorer/search?q=cyber+s%C3%A9curit%C3%A9&e=loc-france"},
		{"entity without query", "", "loc-france", "/explorer/search?e=loc-france"},
		{"query only", "onu", "", "/explorer/search?q=onu"},
		{"nothing", "", "", "/explorer/search"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := facetPath(env, tt.q, tt.e); got != tt.want {
				t.Errorf("facetPath(%q, %q) = %q, want %q", tt.q, tt.e, got, tt.want)
			}
		})
	}
}

// TestSameIDs: the facet's counts are kept only for the same articles in
// the same order.
func TestSameIDs(t *testing.T) {
	hits := func(ids ...string) []search.Hit {
		var out []search.Hit
		for _, id := range ids {
			out = append(out, search.Hit{ID: id})
		}
		return out
	}
	tests := []struct {
		name string
		ids  []string
		hits []search.Hit
		want bool
	}{
		{"same", []string{"a", "b"}, hits("a", "b"), true},
		{"never counted", nil, hits(), false},
		{"none after some", []string{"a"}, hits(), false},
		{"another order", []string{"a", "b"}, hits("b", "a"), false},
		{"one more", []string{"a"}, hits("a", "b"), false},
		{"none counted, none found", []string{}, hits(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameIDs(tt.ids, tt.hits); got != tt.want {
				t.Errorf("sameIDs(%q, %v) = %v, want %v", tt.ids, tt.hits, got, tt.want)
			}
		})
	}
}

// TestChosenFirst: the entity filtered on leads the facet's chips, the
// others keep their order.
func TestChosenFirst(t *testing.T) {
	items := func(ids ...string) []facetItem {
		var out []facetItem
		for _, id := range ids {
			out = append(out, facetItem{entity: site.FacetEntity{ID: id}})
		}
		return out
	}
	ids := func(items []facetItem) string {
		var out []string
		for _, it := range items {
			out = append(out, it.entity.ID)
		}
		return strings.Join(out, " ")
	}
	tests := []struct {
		name, chosen string
		items        []facetItem
		want         string
	}{
		{"none chosen", "", items("a", "b", "c"), "a b c"},
		{"chosen last", "c", items("a", "b", "c"), "c a b"},
		{"chosen in the middle", "b", items("a", "b", "c"), "b a c"},
		{"chosen first already", "a", items("a", "b", "c"), "a b c"},
		{"chosen not offered", "z", items("a", "b"), "a b"},
		{"empty", "a", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := ids(tt.items)
			if got := ids(chosenFirst(tt.items, tt.chosen)); got != tt.want {
				t.Errorf("chosenFirst(%s, %q) = %s, want %s", before, tt.chosen, got, tt.want)
			}
			if after := ids(tt.items); after != before {
				t.Errorf("chosenFirst changed its argument: %s, was %s", after, before)
			}
		})
	}
}

// TestFacetRows: the facet takes its place with the first result, as its
// heading until its table is loaded, and says so when the results mention
// no entity.
func TestFacetRows(t *testing.T) {
	env := Env{Lang: i18n.French, Base: link.NewBase("/explorer/")}
	france := facetItem{entity: site.FacetEntity{ID: "loc-france", Name: "France", Type: "LOC"}, n: 2}
	tests := []struct {
		name    string
		query   string
		results int
		table   facetTable
		items   []facetItem
		want    string
	}{
		{"no query", "", 3, catalogFacets{}, []facetItem{france}, ""},
		{"no results", "onu", 0, catalogFacets{}, nil, ""},
		{"table on its way", "onu", 3, nil, nil,
			`<nav class="facet" aria-label="Filtrer par entité" aria-busy="true"><h2>Filtrer par entité</h2></nav>`},
		{"no entity", "onu", 3, catalogFacets{}, nil,
			`<nav class="facet" aria-label="Filtrer par entité"><h2>Filtrer par entité</h2><p class="facet-none">Aucune entité dans ces résultats.</p></nav>`},
		{"an entity", "onu", 3, catalogFacets{}, []facetItem{france},
			`<nav class="facet" aria-label="Filtrer par entité"><h2>Filtrer par entité</h2><ul class="facet-list"><li><a class="facet-link" data-facet="loc-france" title="Lieu" href="/explorer/search?e=loc-france" data-query-link=""><span class="ent-swatch" data-entity="LOC" aria-hidden="true"></span>France<span class="facet-count"> 2</span></a></li></ul></nav>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := facetState{table: tt.table, items: tt.items}
			var b strings.Builder
			resultsdom.AppendHTML(&b, f.rows(env, tt.query, tt.results))
			if got := b.String(); got != tt.want {
				t.Errorf("rows(%q, %d results) =\n %s\nwant\n %s", tt.query, tt.results, got, tt.want)
			}
		})
	}
}
