package main

import (
	"strings"
	"testing"

	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/i18n"
	"lecteur/app/ui/resultsdom"
)

// html is row n's markup, as the early search writes it.
func html(n resultsdom.Node) string {
	var b strings.Builder
	resultsdom.AppendHTML(&b, []resultsdom.Row{{Node: n}})
	return b.String()
}

// TestResultRows checks the early rows against markup written by hand
// from app/ui's resultRow: rank order, data-result and data-article-id,
// the matched words of the title in <mark>, the metadata line, no
// passage yet, the box to compare, and a story's other versions folded
// into its best-ranked version. The e2e test TestEarlySearchBeforeApp
// compares them with the app's own rows in Chromium.
func TestResultRows(t *testing.T) {
	sums := map[string]site.Summary{
		"a/un":  {ID: "a/un", Title: "La cybersécurité au G7", Date: "2013-07-01", Source: "AFP", Words: 300, Story: "s1", Versions: 2},
		"deux":  {ID: "deux", Title: "Sans rapport", Words: 12},
		"trois": {ID: "trois", Title: "Cybersécurité, suite", Source: "Reuters", Story: "s1", Versions: 2},
	}
	hits := []search.Hit{
		{ID: "a/un", Para: 1, Terms: []string{"cybersecurite"}},
		{ID: "absent", Para: 0},
		{ID: "deux", Para: -1, Terms: []string{"rapport"}},
		{ID: "trois", Para: 0, Terms: []string{"cybersecurite"}},
	}
	rows := resultRows(env{Lang: i18n.French, Base: "/sub/"}, hits, sums)
	want := []string{
		`<li class="result" data-result="1" data-article-id="a/un" data-story="s1" data-versions="2">` +
			`<h2><a href="/sub/articles/a/un#p2" data-query-link="">La <mark>cybersécurité</mark> au G7</a></h2>` +
			`<p class="meta">1er juillet 2013 · AFP · 300 mots</p><p class="passage"></p>` +
			`<label class="pick"><input type="checkbox" value="a/un" data-pick="a/un"> Comparer</label>` +
			`<details class="versions"><summary>Aussi dans une autre version (Reuters)</summary>` +
			`<p class="story-link"><a data-story-link="s1" href="/sub/stories/s1">Toutes les versions</a></p>` +
			`<ul><li data-article-id="trois" data-story="s1"><a href="/sub/articles/trois">Cybersécurité, suite</a><p class="meta">Reuters</p>` +
			`<a class="diff-link" data-diff-link="trois" href="/sub/compare?left=a%2Fun&amp;right=trois&amp;mode=diff">Voir les différences</a></li></ul></details></li>`,
		`<li class="result" data-result="2" data-article-id="deux">` +
			`<h2><a href="/sub/articles/deux" data-query-link="">Sans <mark>rapport</mark></a></h2>` +
			`<p class="meta">12 mots</p><p class="passage"></p>` +
			`<label class="pick"><input type="checkbox" value="deux" data-pick="deux"> Comparer</label></li>`,
	}
	if len(rows) != len(want) {
		t.Fatalf("resultRows gave %d rows, want %d", len(rows), len(want))
	}
	keys := []string{"a/un", "deux"}
	for i, r := range rows {
		if r.Key != keys[i] {
			t.Errorf("row %d key = %q, want %q", i+1, r.Key, keys[i])
		}
		if got := html(r.Node); got != want[i] {
			t.Errorf("row %d =\n%s\nwant\n%s", i+1, got, want[i])
		}
	}
}
