package main

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// TestSearchResultLinksTakeTheQuery: the result and facet links carry the
// query only once used (resultrows.QueryLink, web/keystroke.js), so every
// way a reader uses a link must find it there, for the query typed last:
// the link copied from its menu (right click), the result opened in a new
// tab (middle click) with the query highlighted, and the facet's link.
// (Enter on a result focused with the keyboard: TestSearchAsYouType; a
// click: TestSearchTypingPatchesResultsInPlace.)
func TestSearchResultLinksTakeTheQuery(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	const first = "001_2973584841e0011d"
	b.run(t,
		chromedp.Navigate(page("search?q=maizi")),
		waitApp(),
		waitFor(`document.querySelector('[data-result="1"]')?.dataset.articleId === "`+first+`"`, 20*time.Second),
		// Keys typed after the rows were written: a row showing the same
		// article keeps its link as it was.
		chromedp.SendKeys(`#q`, "ere", chromedp.ByQuery),
		waitFor(appRowsFor("maiziere", first)+` && document.querySelector("nav.facet a[href]") !== null`, 20*time.Second),
	)

	// The link a reader copies from its menu.
	var href, facetHref string
	link := `[data-result="1"] h2 a`
	b.run(t,
		chromedp.Evaluate(recordUsedLinks, nil),
		clickWith(link, input.Right),
		waitFor(`window.__used.contextmenu !== undefined`, 10*time.Second),
		chromedp.Evaluate(`window.__used.contextmenu`, &href),
		chromedp.Evaluate(`delete window.__used.contextmenu`, nil),
		clickWith(`nav.facet li:last-child a[href]`, input.Right),
		waitFor(`window.__used.contextmenu !== undefined`, 10*time.Second),
		chromedp.Evaluate(`window.__used.contextmenu`, &facetHref),
	)
	if q := queryOf(t, href); q != "maiziere" {
		t.Errorf("result link after a right click: %q, q=%q, want q=maiziere", href, q)
	}
	if !strings.Contains(href, "articles/"+first) {
		t.Errorf("result link after a right click: %q, want the article %s", href, first)
	}
	if q := queryOf(t, facetHref); q != "maiziere" {
		t.Errorf("facet link after a right click: %q, q=%q, want q=maiziere", facetHref, q)
	}
	if u, err := url.Parse(facetHref); err != nil || u.Query().Get("e") == "" {
		t.Errorf("facet link after a right click: %q, want its entity in e=", facetHref)
	}

	// A middle click opens the link in a new tab (which headless Chromium
	// does not do): the link as the button leaves it, opened in a tab of
	// its own, shows the article with the query highlighted.
	var middle string
	b.run(t,
		chromedp.Navigate(page("search?q=maizi")),
		waitApp(),
		waitFor(`document.querySelector('[data-result="1"]')?.dataset.articleId === "`+first+`"`, 20*time.Second),
		chromedp.SendKeys(`#q`, "ere", chromedp.ByQuery),
		waitFor(appRowsFor("maiziere", first), 20*time.Second),
		chromedp.Evaluate(recordUsedLinks, nil),
		clickWith(link, input.Middle),
		waitFor(`window.__used.auxclick !== undefined`, 10*time.Second),
		chromedp.Evaluate(`window.__used.auxclick`, &middle),
	)
	if q := queryOf(t, middle); q != "maiziere" {
		t.Fatalf("result link after a middle click: %q, want q=maiziere", middle)
	}
	tab := b.newTab(t)
	var search string
	var marked []string
	if err := chromedp.Run(tab.ctx,
		chromedp.Navigate(middle),
		waitFor(`document.querySelectorAll("article.reading p mark:not([data-entity])").length > 0`, 30*time.Second),
		chromedp.Evaluate(`location.search`, &search),
		chromedp.Evaluate(`[...document.querySelectorAll("article.reading p mark:not([data-entity])")].map(m => m.textContent)`, &marked),
	); err != nil {
		t.Fatalf("the link of a middle click, in a new tab: %v", err)
	}
	if q := queryOf(t, search); q != "maiziere" {
		t.Errorf("the link of a middle click, in a new tab: location.search %q, want q=maiziere", search)
	}
	for _, m := range marked {
		if m != "Maizière" {
			t.Errorf("query mark %q in the article opened in a new tab, want only %q", m, "Maizière")
		}
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// recordUsedLinks records in window.__used, by event type, the href of the
// link a contextmenu or auxclick event is on, as the browser takes it once
// the page's handlers have run (the menu's "copy link", the new tab of a
// middle click): a listener on the window, after the capturing ones. The
// row may be written again a moment later (a shard or the texts come in),
// so the href read afterwards would not be the one the browser used.
const recordUsedLinks = `window.__used = {};
for (const type of ["contextmenu", "auxclick"]) addEventListener(type, (e) => {
	const a = e.target.closest("a[href]");
	if (a) window.__used[type] = a.href;
	e.preventDefault();
});
true`

// clickWith clicks the element sel with the mouse button.
func clickWith(sel string, button input.MouseButton) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var nodes []*cdp.Node
		if err := chromedp.Nodes(sel, &nodes, chromedp.ByQuery).Do(ctx); err != nil {
			return err
		}
		return chromedp.MouseClickNode(nodes[0], chromedp.ButtonType(button)).Do(ctx)
	})
}

// appRowsFor is true once the app has written the rows for query, with
// first at the top: the list's data-query is written with its rows, and
// the early search's rows, which the app's replace (a node the test
// found then is gone: "Could not find node with given id"), carry the
// query of the page's URL.
func appRowsFor(query, first string) string {
	return `document.getElementById("q").value === "` + query + `" && document.getElementById("results").dataset.query === "` + query +
		`" && document.querySelector('[data-result="1"]')?.dataset.articleId === "` + first + `"`
}

// queryOf is the q parameter of link (a URL, a path or a query string).
func queryOf(t *testing.T, link string) string {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Errorf("parse %q: %v", link, err)
		return ""
	}
	return u.Query().Get("q")
}
