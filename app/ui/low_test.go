package ui

import (
	"reflect"
	"testing"

	"lecteur/app/search"
	"lecteur/app/site"
)

// lowEntities has a low-confidence person found in more articles than
// the sure one: it must still never lead a panel or a facet.
var lowEntities = []site.Entity{
	{ID: "per-sure", Name: "Sure", Type: "PER", Articles: []string{"a"}, Mentions: 1},
	{ID: "per-low", Name: "Low", Type: "PER", Articles: []string{"a", "b"}, Mentions: 5, Low: true},
}

func TestTopEntitiesSkipLow(t *testing.T) {
	top := topEntities(lowEntities, 5)
	if len(top["PER"]) != 1 || top["PER"][0].ID != "per-sure" {
		t.Errorf("topEntities = %v, want only per-sure (per-low is low confidence)", top["PER"])
	}
}

func TestEntityFacetSkipsLow(t *testing.T) {
	hits := []search.Hit{{ID: "a"}, {ID: "b"}}
	items := entityFacet(hits, newCatalogFacets(&site.Catalog{Entities: lowEntities}), 5)
	var got []string
	for _, it := range items {
		got = append(got, it.entity.ID)
	}
	if want := []string{"per-sure"}; !reflect.DeepEqual(got, want) {
		t.Errorf("entityFacet = %v, want %v", got, want)
	}
}

func TestTypeCountsLow(t *testing.T) {
	x := &site.Text{Title: "t", Marks: [][]site.Mark{{{Start: 0, End: 1, Type: "PER"}, {Start: 2, End: 3, Type: "PER", Low: true}, {Start: 4, End: 5, Type: "LOC", Low: true}}}}
	got := typeCounts(x)
	want := []typeCount{{"PER", 1}, {lowType, 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("typeCounts = %v, want %v", got, want)
	}
}
