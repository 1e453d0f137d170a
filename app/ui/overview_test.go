package ui

import (
	"fmt"
	"net/url"
	"testing"

	"lecteur/app/site"
	"lecteur/app/ui/link"
)

var overviewCatalog = &site.Catalog{
	Articles: []site.Summary{
		{ID: "a", Title: "Zèbre", Date: "2013-07-10", Source: "AFP", Lang: "fr"},
		{ID: "b", Title: "Éléphant", Date: "2013-09-01", Source: "Reuters", Lang: "en"},
		{ID: "c", Title: "alpaga", Source: "AFP", Lang: "fr"},
		{ID: "d", Title: "Dauphin", Date: "2013-07-02", Lang: "fr"},
	},
	Entities: []site.Entity{
		{ID: "per-x", Name: "X", Type: "PER", Articles: []string{"a", "c"}, Mentions: 3},
		{ID: "per-y", Name: "Y", Type: "PER", Articles: []string{"b"}, Mentions: 9},
		{ID: "loc-z", Name: "Z", Type: "LOC", Articles: []string{"a", "b", "d"}, Mentions: 3},
	},
}

func TestOverviewList(t *testing.T) {
	o := newOverview(overviewCatalog)
	tests := []struct {
		name string
		f    homeFilter
		want string
	}{
		{"newest first, undated last", homeFilter{Sort: "date"}, "[b a d c]"},
		{"oldest first, undated last", homeFilter{Sort: "dateasc"}, "[d a b c]"},
		{"title without accents or case", homeFilter{Sort: "title"}, "[c d b a]"},
		{"source, then title; no source last", homeFilter{Sort: "source"}, "[c a b d]"},
		{"source", homeFilter{Sort: "date", Source: "AFP"}, "[a c]"},
		{"language", homeFilter{Sort: "date", Lang: "en"}, "[b]"},
		{"entity", homeFilter{Sort: "date", Entity: "per-x"}, "[a c]"},
		{"unknown entity", homeFilter{Sort: "date", Entity: "nobody"}, "[]"},
		{"month", homeFilter{Sort: "date", Period: "2013-07"}, "[a d]"},
		{"year", homeFilter{Sort: "date", Period: "2013"}, "[b a d]"},
		{"undated", homeFilter{Sort: "date", Period: noDate}, "[c]"},
		{"all at once", homeFilter{Sort: "title", Source: "AFP", Entity: "loc-z", Period: "2013-07"}, "[a]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			for _, i := range o.list(tt.f) {
				ids = append(ids, overviewCatalog.Articles[i].ID)
			}
			if got := fmt.Sprint(ids); got != tt.want && !(tt.want == "[]" && len(ids) == 0) {
				t.Errorf("list(%+v) = %s, want %s", tt.f, got, tt.want)
			}
		})
	}
}

func TestFilterURL(t *testing.T) {
	env := Env{Base: link.NewBase("/explorer/")}
	tests := []struct {
		query, path string
	}{
		{"", "/explorer/"},
		{"sort=date", "/explorer/"},
		{"sort=bogus&source=AFP", "/explorer/?source=AFP"},
		{"sort=title&entity=per-x&period=2013-07", "/explorer/?entity=per-x&period=2013-07&sort=title"},
		{"lang=en&source=Le+Monde", "/explorer/?lang=en&source=Le+Monde"},
	}
	for _, tt := range tests {
		q, _ := url.ParseQuery(tt.query)
		if got := filterOf(q).path(env); got != tt.path {
			t.Errorf("filterOf(%q).path() = %q, want %q", tt.query, got, tt.path)
		}
	}
}

func TestTimeline(t *testing.T) {
	tests := []struct {
		name    string
		dates   []string
		want    string
		byMonth bool
	}{
		{"gaps show", []string{"2013-07-10", "2013-09-01", "2013-07-02", ""}, "[{2013-07 2} {2013-08 0} {2013-09 1}]", true},
		{"across a new year", []string{"2012-12-31", "2013-01"}, "[{2012-12 1} {2013-01 1}]", true},
		{"long spans by year", []string{"2001-01-01", "2005-06-01", "2005-07-01"}, "[{2001 1} {2002 0} {2003 0} {2004 0} {2005 2}]", false},
		{"no dates", []string{"", "hier"}, "[]", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []site.Summary
			for _, d := range tt.dates {
				arts = append(arts, site.Summary{Date: d})
			}
			got, byMonth := timeline(arts)
			if fmt.Sprint(got) != tt.want && !(tt.want == "[]" && len(got) == 0) || byMonth != tt.byMonth {
				t.Errorf("timeline(%q) = %v, %v; want %s, %v", tt.dates, got, byMonth, tt.want, tt.byMonth)
			}
		})
	}
}

func TestTopEntities(t *testing.T) {
	top := topEntities(overviewCatalog.Entities, 1)
	if len(top["PER"]) != 1 || top["PER"][0].ID != "per-x" {
		t.Errorf("top person = %v, want per-x (in more articles than per-y)", top["PER"])
	}
	if len(top["LOC"]) != 1 || top["LOC"][0].ID != "loc-z" {
		t.Errorf("top place = %v, want loc-z", top["LOC"])
	}
}
