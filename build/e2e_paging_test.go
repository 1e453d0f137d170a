package main

// End-to-end tests of the home list's pages: testdata/stories (13
// articles, versions of one story folded into one card) built with three
// cards a page, so that the list runs over several prerendered pages.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"lecteur/app/search"
	"lecteur/app/site"
)

// pagingSize is the -page-size of the paged site.
const pagingSize = 3

var paging extraSite

// pagingSite builds and serves testdata/stories with pagingSize cards a
// page and points the browser helpers at it for the rest of the test.
func pagingSite(t *testing.T) {
	t.Helper()
	paging.serve(t, "paging", options{corpus: "../testdata/stories/articles", pageSize: pagingSize})
}

// storiesArticleIDs are the ids of testdata/stories' articles: their file names.
func storiesArticleIDs(t *testing.T) []string {
	t.Helper()
	m, err := filepath.Glob("../testdata/stories/articles/*.txt")
	if err != nil || len(m) == 0 {
		t.Fatalf("list testdata/stories: %v (%d files)", err, len(m))
	}
	var ids []string
	for _, f := range m {
		ids = append(ids, strings.TrimSuffix(filepath.Base(f), ".txt"))
	}
	return ids
}

// listPage is what one page of the home list shows.
type listPage struct {
	Cards   int      // cards in the list
	IDs     []string // every article listed, cards and folded versions
	Hrefs   []string // the link of each
	Current string   // the page the pager marks current, "" without a pager
	Next    string   // the next page's link, "" on the last
}

const readListPage = `({
	cards: document.querySelectorAll("ol.articles > li[data-article-id]").length,
	ids: [...document.querySelectorAll("ol.articles [data-article-id]")].map(e => e.dataset.articleId),
	hrefs: [...document.querySelectorAll("ol.articles [data-article-id]")].map(e => (e.querySelector(":scope > h2 > a, :scope > a:not(.diff-link)") || {getAttribute: () => ""}).getAttribute("href")),
	current: ((document.querySelector(".pager [aria-current=page]") || {}).textContent || ""),
	next: document.querySelector(".pager a[rel=next]") ? document.querySelector(".pager a[rel=next]").getAttribute("href") : "",
})`

// TestHomePagesListEveryArticle follows the pager's "next" links from the
// home page, with JavaScript off (the prerendered pages) and on (the app
// navigating in place): the pages together list every article once, each
// linking to its reading view, and no page holds more than pagingSize
// cards.
func TestHomePagesListEveryArticle(t *testing.T) {
	pagingSite(t)
	want := storiesArticleIDs(t)
	for _, js := range []bool{false, true} {
		t.Run(fmt.Sprintf("js=%v", js), func(t *testing.T) {
			b := newBrowser(t, js)
			actions := []chromedp.Action{chromedp.Navigate(page("/"))}
			if js {
				actions = append(actions, waitApp())
			}
			b.run(t, append(actions, chromedp.WaitVisible(`ol.articles [data-article-id]`))...)
			var got []string
			seen := map[string]int{}
			for n := 1; ; n++ {
				var p listPage
				b.run(t, chromedp.Evaluate(readListPage, &p))
				if p.Current != fmt.Sprint(n) {
					t.Fatalf("page %d: the pager marks page %q current (state: %s)", n, p.Current, b.state())
				}
				if p.Cards == 0 || p.Cards > pagingSize {
					t.Errorf("page %d shows %d cards, want 1 to %d", n, p.Cards, pagingSize)
				}
				for i, id := range p.IDs {
					got = append(got, id)
					if prev, ok := seen[id]; ok {
						t.Errorf("article %s listed on page %d and again on page %d", id, prev, n)
					}
					seen[id] = n
					if p.Hrefs[i] != e2eBase+"articles/"+id {
						t.Errorf("page %d: article %s links to %q, want %q", n, id, p.Hrefs[i], e2eBase+"articles/"+id)
					}
				}
				if p.Next == "" {
					break
				}
				if wantNext := fmt.Sprintf("%spage/%d", e2eBase, n+1); p.Next != wantNext {
					t.Fatalf("page %d links to next page %q, want %q", n, p.Next, wantNext)
				}
				if n > 20 {
					t.Fatal("more than 20 pages of 3 cards for 13 articles")
				}
				if !js {
					// A plain link: the browser loads the prerendered page.
					b.run(t,
						chromedp.Navigate(siteURL+p.Next),
						chromedp.WaitVisible(`ol.articles [data-article-id]`),
					)
					continue
				}
				b.run(t,
					chromedp.Click(`.pager a[rel=next]`, chromedp.ByQuery),
					waitFor(fmt.Sprintf(`document.querySelector(".pager [aria-current=page]").textContent === "%d"`, n+1), 30*time.Second),
				)
			}
			sort.Strings(got)
			sort.Strings(want)
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("the home pages list %v, want every article %v", got, want)
			}
			if len(seen) < 2*pagingSize {
				t.Errorf("only %d articles seen: the list did not run over several pages", len(seen))
			}
		})
	}
}

// TestHomePageDeepLink opens page 2 cold: the app shows what the
// prerendered page shows, and a sort order carries over to the pager's
// links.
func TestHomePageDeepLink(t *testing.T) {
	pagingSite(t)
	var static, live listPage
	b := newBrowser(t, false)
	b.run(t,
		chromedp.Navigate(page("page/2")),
		chromedp.WaitVisible(`ol.articles [data-article-id]`),
		chromedp.Evaluate(readListPage, &static),
	)
	b = newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page("page/2")),
		waitApp(),
		chromedp.WaitVisible(`ol.articles [data-article-id]`),
		chromedp.Evaluate(readListPage, &live),
	)
	if static.Current != "2" || strings.Join(static.IDs, " ") != strings.Join(live.IDs, " ") {
		t.Errorf("page 2 lists %v prerendered (current %q) and %v in the app, want the same", static.IDs, static.Current, live.IDs)
	}

	// Sorted by title: page 2 goes on where page 1 stopped.
	var first, second []string
	var next string
	b.run(t,
		chromedp.Navigate(page("?sort=title")),
		waitApp(),
		// The prerendered list is in date order; the app then sorts it.
		waitFor(`document.getElementById("sort").value === "title" && document.querySelectorAll("ol.articles > li[data-article-id]").length > 0`, 30*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("ol.articles > li[data-article-id] h2")].map(h => h.textContent.trim())`, &first),
		chromedp.AttributeValue(`.pager a[rel=next]`, "href", &next, nil, chromedp.ByQuery),
		chromedp.Click(`.pager a[rel=next]`, chromedp.ByQuery),
		waitFor(`location.pathname.endsWith("/page/2")`, 30*time.Second),
		waitFor(`document.querySelector(".pager [aria-current=page]").textContent === "2"`, 30*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("ol.articles > li[data-article-id] h2")].map(h => h.textContent.trim())`, &second),
	)
	if want := e2eBase + "page/2?sort=title"; next != want {
		t.Errorf("next page link with sort=title = %q, want %q", next, want)
	}
	if len(first) == 0 || len(second) == 0 || search.Normalize(first[len(first)-1]) > search.Normalize(second[0]) {
		t.Errorf("sorted by title, page 1 ends with %q and page 2 starts with %q, want page 2 after page 1", first, second)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// TestEntitiesPagesListEveryEntity follows the entities list's pages with
// JavaScript off: together they list every entity of the catalog once,
// none more than pagingSize; the app, opened cold on page 2, lists what
// the prerendered page 2 lists.
func TestEntitiesPagesListEveryEntity(t *testing.T) {
	pagingSite(t)
	m, _ := filepath.Glob(filepath.Join(paging.out, "web", "data", "*", "catalog.json.gz"))
	if len(m) != 1 {
		t.Fatalf("%d catalogs in the paged site, want 1", len(m))
	}
	packed, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	raw, err := gunzipBytes(m[0], packed)
	if err != nil {
		t.Fatal(err)
	}
	var cat site.Catalog
	if err := json.Unmarshal(raw, &cat); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range cat.Entities {
		want = append(want, e.ID)
	}
	if len(want) <= 2*pagingSize {
		t.Fatalf("the catalog has %d entities, too few to run over three pages of %d", len(want), pagingSize)
	}
	const readRows = `({
		ids: [...document.querySelectorAll("[data-entity-row]")].map(e => e.dataset.entityRow),
		current: ((document.querySelector(".pager [aria-current=page]") || {}).textContent || ""),
		next: document.querySelector(".pager a[rel=next]") ? document.querySelector(".pager a[rel=next]").getAttribute("href") : "",
	})`
	type rows struct {
		IDs           []string
		Current, Next string
	}
	b := newBrowser(t, false)
	b.run(t, chromedp.Navigate(page("entities")), chromedp.WaitVisible(`[data-entity-row]`))
	var got, second []string
	seen := map[string]int{}
	for n := 1; ; n++ {
		var r rows
		b.run(t, chromedp.Evaluate(readRows, &r))
		if r.Current != fmt.Sprint(n) {
			t.Fatalf("entities page %d: the pager marks page %q current", n, r.Current)
		}
		if len(r.IDs) == 0 || len(r.IDs) > pagingSize {
			t.Errorf("entities page %d lists %d entities, want 1 to %d", n, len(r.IDs), pagingSize)
		}
		if n == 2 {
			second = r.IDs
		}
		for _, id := range r.IDs {
			if prev, ok := seen[id]; ok {
				t.Errorf("entity %s listed on page %d and again on page %d", id, prev, n)
			}
			seen[id] = n
			got = append(got, id)
		}
		if r.Next == "" {
			break
		}
		if wantNext := fmt.Sprintf("%sentities-page/%d", e2eBase, n+1); r.Next != wantNext {
			t.Fatalf("entities page %d links to next page %q, want %q", n, r.Next, wantNext)
		}
		if n > len(want) {
			t.Fatal("more pages than entities")
		}
		b.run(t, chromedp.Navigate(siteURL+r.Next), chromedp.WaitVisible(`[data-entity-row]`))
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the entities pages list %d entities %v, want the catalog's %d %v", len(got), got, len(want), want)
	}

	var live []string
	b = newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page("entities-page/2")),
		waitApp(),
		waitFor(`document.querySelectorAll("[data-entity-row]").length > 0`, 30*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-entity-row]")].map(e => e.dataset.entityRow)`, &live),
	)
	if strings.Join(live, " ") != strings.Join(second, " ") {
		t.Errorf("entities page 2 lists %v in the app and %v prerendered, want the same", live, second)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// TestListPagesOffline: the further pages of the lists are not
// precached (a thousand at 100,000 articles), yet after one visit they
// open offline, rendered by the app from the catalog.
func TestListPagesOffline(t *testing.T) {
	pagingSite(t)
	for _, u := range precacheList(t, paging.out) {
		if strings.Contains(u, "/page/") || strings.Contains(u, "/entities-page/") {
			t.Errorf("the worker precaches %s, want the further list pages cached as opened", u)
		}
	}
	srv := serveSwitchable(t, paging.out)
	b := newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		waitWorker(),
		waitOfflineReady(),
		goOffline(srv),
	)
	for _, tt := range []struct{ path, rows string }{
		{"page/2", "ol.articles > li[data-article-id]"},
		{"entities-page/2", "[data-entity-row]"},
	} {
		var n int
		b.run(t,
			chromedp.Navigate(page(tt.path)),
			waitApp(),
			waitFor(fmt.Sprintf(`document.querySelector(".pager [aria-current=page]").textContent === "2" && document.querySelectorAll(%q).length > 0`, tt.rows), 30*time.Second),
			chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll(%q).length`, tt.rows), &n),
		)
		if n == 0 || n > pagingSize {
			t.Errorf("offline %s lists %d rows, want 1 to %d", tt.path, n, pagingSize)
		}
	}
}

// TestAxeListPages runs axe on a further page of each list, pager
// included, in both themes.
func TestAxeListPages(t *testing.T) {
	pagingSite(t)
	axeScript(t)
	for _, theme := range []string{"light", "dark"} {
		b := newBrowser(t, true)
		if theme == "dark" {
			b.run(t, darkScheme())
		}
		for _, path := range []string{"page/2", "entities-page/2"} {
			b.run(t,
				chromedp.Navigate(page(path)),
				waitApp(),
				waitFor(`document.querySelector(".pager [aria-current=page]") !== null`, 20*time.Second),
			)
			for _, v := range runAxe(t, b) {
				if v.Impact == "serious" || v.Impact == "critical" {
					t.Errorf("%s, %s theme: axe %s (%s): %s %v", path, theme, v.ID, v.Impact, v.Help, v.Nodes)
				}
			}
		}
	}
}
