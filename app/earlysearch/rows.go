package main

import (
	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/resultrows"
	"lecteur/app/ui/resultsdom"
)

// The rows below are the search page's first display, as app/ui writes it:
// both make them with app/ui/resultrows, so that the app adopts them
// without a visible change (TestEarlySearchBeforeApp compares the two in
// Chromium).

// Limits of the first display, as the search page's (app/ui/searchpage.go
// maxResults and pageResults).
const (
	maxResults  = 50
	pageResults = 20
)

// env is what the rows need of the app's Env: the reader's language and
// the base path (the early search shows no article of the reader's own).
type env = resultrows.Env

// statusText is the search page's status line for total matching
// articles, as app/ui's SearchPage.statusText says it.
func statusText(e env, total int) string {
	if total == 1 {
		return e.T("search.count.one")
	}
	return e.Tf("search.count", total)
}

// firstIDs returns the ids of the hits the first display shows, and their
// document numbers (where the article list has them: site.FindSummaries).
func firstIDs(hits []search.Hit) (ids []string, docs []int) {
	if len(hits) > pageResults {
		hits = hits[:pageResults]
	}
	ids, docs = make([]string, len(hits)), make([]int, len(hits))
	for i, h := range hits {
		ids[i], docs[i] = h.ID, h.Doc
	}
	return ids, docs
}

// resultRows are the first pageResults hits as the search page's rows,
// their titles from sums (hits without one are left out, as the app does)
// and no passage yet: the app's first display has none either until the
// texts load.
func resultRows(e env, hits []search.Hit, sums map[string]site.Summary) []resultsdom.Row {
	var items []resultrows.Item
	for i, h := range hits {
		if i == pageResults {
			break
		}
		s, ok := sums[h.ID]
		if !ok {
			continue
		}
		items = append(items, resultrows.Item{Hit: h, Sum: &s, Title: search.Highlight(s.Title, h.Terms)})
	}
	return resultrows.Rows(e, items, nil)
}
