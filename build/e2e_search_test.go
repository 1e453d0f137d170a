package main

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// searchResults reads the result list: article ids in rank order and the
// marked words.
func searchResults(b *browser, t *testing.T) (ids []string, marks []string) {
	t.Helper()
	b.run(t,
		chromedp.Evaluate(`[...document.querySelectorAll("[data-result]")].map(e => e.dataset.articleId)`, &ids),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-result] mark")].map(e => e.textContent)`, &marks),
	)
	return ids, marks
}

func TestSearchColdLoad(t *testing.T) {
	builtSite(t)
	tests := []struct {
		query   string
		wantTop string
		mark    string // a word that must be marked in the results
	}{
		{"mnuchin", "000_0e8d66ae8489baff", "Mnuchin"},
		{"cazneuve", "001_2973584841e0011d", "Cazeneuve"},
		{"securite", "", "sécurité"},
		{"appel de paris", "002_fab8e3d9eb0b6293", "Paris"},
		{"chine nouvelle", "003_dd828f76c7486ed3", "Chine"},
	}
	b := newBrowser(t, true)
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			b.run(t,
				chromedp.Navigate(page("search?q="+strings.ReplaceAll(tt.query, " ", "+"))),
				waitApp(),
				chromedp.WaitVisible(`[data-result]`),
			)
			ids, marks := searchResults(b, t)
			if tt.wantTop != "" && (len(ids) == 0 || ids[0] != tt.wantTop) {
				t.Errorf("search %q ranks %v, want %s first", tt.query, ids, tt.wantTop)
			}
			found := false
			for _, m := range marks {
				if m == tt.mark {
					found = true
				}
			}
			if !found {
				t.Errorf("search %q marks %q, want %q among them", tt.query, marks, tt.mark)
			}
		})
	}
}

func TestSearchAsYouType(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	var path, status string
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		chromedp.SendKeys(`input[type=search]`, "maiziere"),
		waitFor(`document.querySelectorAll("[data-result]").length > 0 && document.querySelector("input[type=search]").value === "maiziere"`, 20*time.Second),
		chromedp.Evaluate(`location.pathname + location.search`, &path),
		chromedp.Text(`#search-status`, &status),
	)
	if want := e2eBase + "search?q=maiziere"; path != want {
		t.Errorf("URL while typing = %q, want %q", path, want)
	}
	ids, _ := searchResults(b, t)
	if len(ids) == 0 || ids[0] != "001_2973584841e0011d" {
		t.Errorf("results for maiziere = %v, want 001_2973584841e0011d first", ids)
	}
	if !strings.Contains(status, "article") {
		t.Errorf("status = %q, want a count of articles", status)
	}
	// Open the first result with the keyboard: ArrowDown, Enter.
	var h1 string
	var marked []string
	b.run(t,
		chromedp.Focus(`input[type=search]`),
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.KeyEvent(kb.Enter),
		waitFor(`location.pathname.includes("/articles/")`, 10*time.Second),
		chromedp.WaitVisible(`article.reading h1`),
		chromedp.Text(`article.reading h1`, &h1),
		waitFor(`document.querySelectorAll("article.reading p mark:not([data-entity])").length > 0`, 10*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("article.reading p mark:not([data-entity])")].map(m => m.textContent)`, &marked),
	)
	if h1 != seedTitles["001_2973584841e0011d"] {
		t.Errorf("opened %q, want the FIC article", h1)
	}
	for _, m := range marked {
		if m != "Maizière" {
			t.Errorf("query mark %q in the article, want only %q", m, "Maizière")
		}
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}
