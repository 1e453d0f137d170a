package main

import (
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"lecteur/build/pages"
)

// The versions of one story in testdata/stories, as expected.json there
// gives them (written by hand before any code ran on them).
const (
	storyDispatch = "afp-rhone-cyberattaque-0912" // the 09:12 dispatch
	storyUpdate   = "afp-rhone-cyberattaque-1840" // its evening update
)

// extraSite is a site of its own, built once and served for the tests that
// need it (testdata/stories, the paged site), reusing the seed site's
// app.wasm.
type extraSite struct {
	once sync.Once
	err  error
	url  string
	out  string // the built site
}

// serve builds the site from o (its out and wasm filled in here) the first
// time, and points the browser helpers (page, the same-origin check) at it
// for the rest of the test.
func (x *extraSite) serve(t *testing.T, name string, o options) {
	t.Helper()
	builtSite(t)
	x.once.Do(func() {
		dir, err := os.MkdirTemp("", "lecteur-"+name)
		if err != nil {
			x.err = err
			return
		}
		x.out = filepath.Join(dir, "site")
		o.out, o.base, o.wasm = x.out, e2eBase, filepath.Join(siteDir, "site", "web", "app.wasm")
		if _, x.err = buildSite(o); x.err != nil {
			return
		}
		x.url = httptest.NewServer(pages.Handler(x.out, e2eBase)).URL
	})
	if x.err != nil {
		t.Fatalf("build the %s site: %v", name, x.err)
	}
	seedURL := siteURL
	siteURL = x.url
	t.Cleanup(func() { siteURL = seedURL })
}

var stories extraSite

// storiesSite builds and serves testdata/stories once and points the
// browser helpers at it for the rest of the test.
func storiesSite(t *testing.T) {
	t.Helper()
	stories.serve(t, "stories", options{corpus: "../testdata/stories/articles"})
}

// cards reads the home list: each card's "id:versions" ("" when it holds
// one version), the story of each element that has one, and every article
// id listed (cards and folded versions).
const homeCards = `({
	cards: [...document.querySelectorAll("ol.articles > li[data-article-id]")].map(e => e.dataset.articleId + ":" + (e.dataset.versions || "")),
	stories: [...document.querySelectorAll("[data-article-id][data-story]")].map(e => e.dataset.articleId + "=" + e.dataset.story),
	ids: [...document.querySelectorAll("[data-article-id]")].map(e => e.dataset.articleId),
})`

type homeList struct {
	Cards, Stories, IDs []string
}

func TestStoriesHomeFoldsVersions(t *testing.T) {
	storiesSite(t)
	// Prerendered, JavaScript off: the fold is in the HTML, and a
	// <details> opens on the versions without the app.
	for _, js := range []bool{false, true} {
		t.Run(fmt.Sprintf("js=%v", js), func(t *testing.T) {
			b := newBrowser(t, js)
			var got homeList
			actions := []chromedp.Action{chromedp.Navigate(page(""))}
			if js {
				actions = append(actions, waitApp())
			}
			actions = append(actions,
				waitFor(`document.querySelectorAll("[data-versions]").length > 0`, 20*time.Second),
				chromedp.Evaluate(homeCards, &got),
			)
			b.run(t, actions...)
			var versions []string
			for _, c := range got.Cards {
				if _, n, _ := strings.Cut(c, ":"); n != "" {
					versions = append(versions, n)
				}
			}
			sort.Strings(versions)
			// Two stories: the Rhône dispatch in 7 versions, the EU
			// sanctions in 2; 4 articles alone: 6 cards.
			if want := "[2 7]"; fmt.Sprint(versions) != want {
				t.Errorf("data-versions of the cards = %v, want %s (cards %v)", versions, want, got.Cards)
			}
			if len(got.Cards) != 6 {
				t.Errorf("home shows %d cards, want 6: %v", len(got.Cards), got.Cards)
			}
			if len(got.Stories) != 9 {
				t.Errorf("%d articles carry data-story, want the 9 versions: %v", len(got.Stories), got.Stories)
			}
			stories := map[string]string{}
			for _, s := range got.Stories {
				id, st, _ := strings.Cut(s, "=")
				stories[id] = st
			}
			if stories[storyDispatch] == "" || stories[storyDispatch] != stories["breve-villefranche"] || stories[storyDispatch] == stories["reuters-eu-cyber-sanctions"] {
				t.Errorf("data-story: %v; the dispatch and the brief should share one story, the EU one another", stories)
			}
			seen := map[string]bool{}
			for _, id := range got.IDs {
				seen[id] = true
			}
			if len(seen) != 13 {
				t.Errorf("home lists %d distinct articles, want all 13", len(seen))
			}
			var open bool
			b.run(t,
				chromedp.Click(`[data-versions="7"] details.versions summary`, chromedp.ByQuery),
				waitFor(`document.querySelector('[data-versions="7"] details.versions').open`, 10*time.Second),
				chromedp.Evaluate(`document.querySelector('[data-versions="7"] details.versions li a[data-diff-link]').getBoundingClientRect().height > 0`, &open),
			)
			if !open {
				t.Errorf("the folded versions do not show once the card is opened")
			}
		})
	}
	// The toggle lists every version as its own card.
	b := newBrowser(t, true)
	var got homeList
	b.run(t,
		chromedp.Navigate(page("")),
		waitApp(),
		waitFor(`document.querySelector("[data-versions-toggle]") !== null`, 20*time.Second),
		chromedp.Click(`[data-versions-toggle]`, chromedp.ByQuery),
		waitFor(`location.search.includes("versions=all") && document.querySelectorAll("[data-versions]").length === 0`, 20*time.Second),
		chromedp.Evaluate(homeCards, &got),
	)
	if len(got.Cards) != 13 {
		t.Errorf("every version shown: %d cards, want 13", len(got.Cards))
	}
}

// diffUnits reads the differences mode: the number of units of each kind,
// the words in <ins> and <del> without their screen-reader labels, the
// labels, the headline's diff and the summary line.
const diffUnits = `(() => {
	const n = k => String(document.querySelectorAll('[data-diff="' + k + '"]').length);
	const words = sel => [...document.querySelectorAll(".diff-row[data-diff] " + sel)].map(e => {
		const c = e.cloneNode(true); c.querySelectorAll(".visually-hidden").forEach(h => h.remove()); return c.textContent.trim();
	});
	return {
		counts: [n("same"), n("changed"), n("left"), n("right")],
		ins: words("ins"), del: words("del"),
		labels: [...document.querySelectorAll("ins .visually-hidden, del .visually-hidden")].map(e => e.textContent.trim()),
		headline: document.querySelector("[data-headline]").dataset.headline,
		summary: document.querySelector("[data-diff-summary]").textContent,
	};
})()`

type diffView struct {
	Counts, Ins, Del, Labels []string
	Headline, Summary        string
}

func TestStoriesCompareDiffMode(t *testing.T) {
	storiesSite(t)
	b := newBrowser(t, true)
	var got diffView
	b.run(t,
		chromedp.Navigate(page(comparePath(storyDispatch, storyUpdate)+"&mode=diff")),
		waitApp(),
		waitFor(`document.querySelectorAll("[data-diff]").length > 0`, 20*time.Second),
		chromedp.Evaluate(diffUnits, &got),
	)
	// expected.json: 15 same, 1 changed ("quarantaine" → "soixantaine,
	// selon un nouveau bilan"), 1 only left, 3 only right; headline changed.
	if want := "[15 1 1 3]"; fmt.Sprint(got.Counts) != want {
		t.Errorf("units same/changed/left/right = %v, want %s", got.Counts, want)
	}
	if d := strings.Join(got.Del, " "); !strings.Contains(d, "quarantaine") {
		t.Errorf("<del> words %q, want quarantaine", got.Del)
	}
	if i := strings.Join(got.Ins, " "); !strings.Contains(i, "soixantaine") || !strings.Contains(i, "nouveau bilan") {
		t.Errorf("<ins> words %q, want soixantaine … nouveau bilan", got.Ins)
	}
	labels := map[string]bool{}
	for _, l := range got.Labels {
		labels[l] = true
	}
	if !labels["ajouté :"] || !labels["supprimé :"] || len(labels) != 2 {
		t.Errorf("screen-reader labels of ins/del = %v, want ajouté : and supprimé :", labels)
	}
	if got.Headline != "changed" {
		t.Errorf("headline diff = %q, want changed", got.Headline)
	}
	if want := "Phrases en commun : 15, modifiées : 1, seulement à gauche : 1, seulement à droite : 3"; got.Summary != want {
		t.Errorf("summary = %q, want %q", got.Summary, want)
	}

	// Narrow: the tabs show one column at a time, left first.
	const columns = `[
		getComputedStyle(document.querySelector(".pane-tabs")).display !== "none",
		[...document.querySelectorAll('.diff-row[data-diff="same"] .diff-cell')].filter(c => c.getBoundingClientRect().height > 0).map(c => c.dataset.side).filter((s, i, a) => a.indexOf(s) === i).join(","),
		document.documentElement.scrollWidth <= window.innerWidth,
	].map(String)`
	var wide, narrow, right []string
	b.run(t, chromedp.Evaluate(columns, &wide))
	if want := "[false left,right true]"; fmt.Sprint(wide) != want {
		t.Errorf("wide: tabs, columns shown, no sideways scroll = %v, want %s", wide, want)
	}
	b.run(t,
		emulation.SetDeviceMetricsOverride(375, 800, 1, true),
		waitFor(`getComputedStyle(document.querySelector(".pane-tabs")).display !== "none"`, 10*time.Second),
		chromedp.Evaluate(columns, &narrow),
		chromedp.Click(`[data-tab=right]`, chromedp.ByQuery),
		waitFor(`document.querySelector(".diff").dataset.tab === "right"`, 10*time.Second),
		chromedp.Evaluate(columns, &right),
	)
	if want := "[true left true]"; fmt.Sprint(narrow) != want {
		t.Errorf("375 px: tabs, columns shown, no sideways scroll = %v, want %s", narrow, want)
	}
	if want := "[true right true]"; fmt.Sprint(right) != want {
		t.Errorf("375 px, right tab: %v, want %s", right, want)
	}

	// The mode toggle goes back to the normal view of the same pair.
	b.run(t,
		emulation.ClearDeviceMetricsOverride(),
		chromedp.Click(`[data-mode=normal]`, chromedp.ByQuery),
		waitFor(`!location.search.includes("mode=diff") && document.querySelectorAll("[data-pane][data-article-id]").length === 2 && document.querySelectorAll("[data-diff]").length === 0`, 20*time.Second),
	)
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

func TestStoriesReadingViewListsVersions(t *testing.T) {
	storiesSite(t)
	// Prerendered: the list is in the HTML, readable with JavaScript off.
	b := newBrowser(t, false)
	var versions []string
	var diffHref string
	b.run(t,
		chromedp.Navigate(page("articles/"+storyDispatch)),
		chromedp.WaitReady(`body`),
		chromedp.Evaluate(`[...document.querySelectorAll(".other-versions [data-version]")].map(e => e.dataset.version + ":" + (Number(e.dataset.shared) >= 60))`, &versions),
		chromedp.AttributeValue(`.other-versions [data-version="`+storyUpdate+`"] a[data-diff-link]`, "href", &diffHref, nil),
	)
	if len(versions) != 6 {
		t.Errorf("the dispatch lists %d other versions, want 6: %v", len(versions), versions)
	}
	for _, v := range versions {
		if !strings.HasSuffix(v, ":true") {
			t.Errorf("version %s shares less than the 60 %% that grouped it", v)
		}
	}
	if want := e2eBase + "compare?left=" + storyDispatch + "&right=" + storyUpdate + "&mode=diff"; diffHref != want {
		t.Errorf("differences link = %q, want %q", diffHref, want)
	}
}

func TestStoriesSearchFoldsVersions(t *testing.T) {
	storiesSite(t)
	b := newBrowser(t, true)
	var results []string
	b.run(t,
		chromedp.Navigate(page("search?q=urgences+Rh%C3%B4ne")),
		waitApp(),
		waitFor(`document.querySelectorAll("[data-result][data-versions]").length > 0`, 20*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-result]")].map(e => (e.dataset.story || "-") + ":" + (e.dataset.versions || "1"))`, &results),
	)
	// One result per story: the dispatch's versions fold into the best
	// ranked one, whose card says how many it holds.
	stories := map[string]bool{}
	folded := false
	for _, r := range results {
		st, n, _ := strings.Cut(r, ":")
		if st != "-" && stories[st] {
			t.Errorf("story %s shows as two results: %v", st, results)
		}
		stories[st] = true
		folded = folded || n == "7"
	}
	if !folded {
		t.Errorf("results %v: none holds the 7 versions of the Rhône dispatch", results)
	}
}

// TestStoriesScreenshot writes the README's screenshots of the
// differences mode and the group view (light and dark, English interface) when
// LECTEUR_SCREENSHOTS names a folder, as TestScreenshots does.
func TestStoriesScreenshot(t *testing.T) {
	dir := os.Getenv("LECTEUR_SCREENSHOTS")
	if dir == "" {
		t.Skip("set LECTEUR_SCREENSHOTS to a folder to write the README's screenshots")
	}
	storiesSite(t)
	for _, theme := range []string{"light", "dark"} {
		b := newBrowser(t, true)
		b.run(t, emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) Chrome").WithAcceptLanguage("en-GB,en"))
		if theme == "dark" {
			b.run(t, darkScheme())
		}
		var png []byte
		b.run(t,
			chromedp.Navigate(page(comparePath(storyDispatch, storyUpdate)+"&mode=diff")), waitApp(),
			waitFor(`document.querySelector("[data-diff=changed] ins") !== null`, 20*time.Second),
			chromedp.Sleep(300*time.Millisecond),
			chromedp.CaptureScreenshot(&png),
		)
		if err := os.WriteFile(filepath.Join(dir, "diff-"+theme+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
		b.run(t,
			chromedp.Navigate(page("stories/"+storyDispatch)), waitApp(),
			waitFor(`document.querySelectorAll(".story-matrix tbody tr").length > 0`, 20*time.Second),
			chromedp.Sleep(300*time.Millisecond),
			chromedp.FullScreenshot(&png, 100),
		)
		if err := os.WriteFile(filepath.Join(dir, "story-"+theme+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// storyGroup reads the group view: its versions, those marked earliest,
// the differences links, the matrix's size and cells, and whether the
// page scrolls sideways.
const storyGroup = `({
	title: document.querySelector("h1") ? document.querySelector("h1").textContent : "",
	versions: [...document.querySelectorAll("tr[data-version]")].map(e => e.dataset.version),
	earliest: [...document.querySelectorAll("tr[data-earliest]")].length,
	diffs: [...document.querySelectorAll("a[data-diff-link]")].map(a => a.getAttribute("href")),
	cols: document.querySelectorAll(".story-matrix thead th[scope=col]").length,
	rows: document.querySelectorAll(".story-matrix tbody tr").length,
	rowHeads: [...document.querySelectorAll(".story-matrix tbody th[scope=row]")].filter(e => e.textContent.trim() !== "").length,
	changed: document.querySelectorAll(".story-matrix td[data-cell=changed]").length,
	labels: [...new Set([...document.querySelectorAll(".story-matrix td .visually-hidden")].map(e => e.textContent))].sort(),
	legend: document.querySelector(".story-legend") ? document.querySelector(".story-legend").textContent : "",
	fits: document.documentElement.scrollWidth <= window.innerWidth,
})`

type storyGroupView struct {
	Title      string
	Versions   []string
	Earliest   int
	Diffs      []string
	Cols, Rows int
	RowHeads   int
	Changed    int
	Labels     []string
	Legend     string
	Fits       bool
}

// checkStoryGroup compares the group view of the dispatch's story with
// expected.json's matrix: seven versions (all of 14 March 2025, so none
// is marked earliest), 23 sentences of which 2 cells changed, a differences link
// for each of the six versions after the first.
func checkStoryGroup(t *testing.T, what string, g storyGroupView, labels string) {
	t.Helper()
	want := []string{"afp-rhone-cyberattaque-0912", "afp-rhone-cyberattaque-1840", "beaujolais-libre-urgences", "breve-villefranche", "echo-rhone-urgences", "petit-journal-rhone", "sante-info-rhone"}
	if fmt.Sprint(g.Versions) != fmt.Sprint(want) {
		t.Errorf("%s: versions %v, want %v", what, g.Versions, want)
	}
	if g.Earliest != 0 {
		t.Errorf("%s: %d versions marked earliest, want none (all of the same day)", what, g.Earliest)
	}
	if len(g.Diffs) != 6 {
		t.Errorf("%s: %d differences links, want 6", what, len(g.Diffs))
	}
	for i, h := range g.Diffs {
		if w := e2eBase + "compare?left=" + storyDispatch + "&right=" + want[i+1] + "&mode=diff"; h != w {
			t.Errorf("%s: differences link %d = %q, want %q", what, i, h, w)
		}
	}
	if g.Cols != 8 || g.Rows != 23 || g.RowHeads != 23 || g.Changed != 2 {
		t.Errorf("%s: matrix %d columns, %d rows (%d with text), %d changed cells; want 8, 23, 23, 2", what, g.Cols, g.Rows, g.RowHeads, g.Changed)
	}
	if got := strings.Join(g.Labels, ","); got != labels {
		t.Errorf("%s: cell labels %q, want %q", what, got, labels)
	}
	if g.Title == "" || !g.Fits {
		t.Errorf("%s: title %q, fits the width %v", what, g.Title, g.Fits)
	}
}

// TestStoriesGroupView opens the group view of the dispatch's story: with
// JavaScript off (prerendered), from a folded card on home with the
// keyboard, in English, at 375 px; its differences link leads to the
// differences mode, whose column heads keep the compare contract.
func TestStoriesGroupView(t *testing.T) {
	storiesSite(t)
	var g storyGroupView
	off := newBrowser(t, false)
	off.run(t,
		chromedp.Navigate(page("stories/"+storyDispatch)),
		chromedp.WaitVisible("h1", chromedp.ByQuery),
		chromedp.Evaluate(storyGroup, &g),
	)
	checkStoryGroup(t, "JS off", g, "absente,modifiée,présente")

	b := newBrowser(t, true)
	var href string
	// The dispatch's card on home, as a selector in a JS string.
	const card = `"ol.articles > li[data-story=` + storyDispatch + `]`
	b.run(t,
		chromedp.Navigate(page("")), waitApp(),
		waitFor(`document.querySelector(`+card+` [data-story-link]") !== null`, 20*time.Second),
		chromedp.Evaluate(`document.querySelector(`+card+` [data-story-link]").getAttribute("href")`, &href),
	)
	if want := e2eBase + "stories/" + storyDispatch; href != want {
		t.Fatalf("folded card's story link = %q, want %q", href, want)
	}
	// The keyboard: open the card's folded versions and follow the link.
	b.run(t,
		chromedp.Focus(card[1:]+` details.versions summary`, chromedp.ByQuery),
		chromedp.KeyEvent("\r"),
		waitFor(`document.querySelector(`+card+` details.versions").open`, 10*time.Second),
		chromedp.Focus(card[1:]+` [data-story-link]`, chromedp.ByQuery),
		chromedp.KeyEvent("\r"),
		waitFor(`location.pathname.endsWith("/stories/`+storyDispatch+`") && document.querySelectorAll(".story-matrix tbody tr").length > 0`, 20*time.Second),
		chromedp.Evaluate(storyGroup, &g),
	)
	checkStoryGroup(t, "JS on", g, "absente,modifiée,présente")
	// Its first differences link, with the keyboard, opens the
	// differences mode of the dispatch and its update.
	var panes []string
	b.run(t,
		chromedp.Focus(`a[data-diff-link]`, chromedp.ByQuery),
		chromedp.KeyEvent("\r"),
		waitFor(`document.querySelectorAll("[data-diff]").length > 0`, 20*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-pane][data-article-id]")].map(e => e.dataset.pane + ":" + e.dataset.articleId)`, &panes),
	)
	if want := "[left:" + storyDispatch + " right:" + storyUpdate + "]"; fmt.Sprint(panes) != want {
		t.Errorf("differences mode panes = %v, want %s", panes, want)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}

	// English, at 375 px: the words change, the page does not scroll
	// sideways (the matrix scrolls in its own box).
	en := newBrowser(t, true)
	en.run(t,
		emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) Chrome").WithAcceptLanguage("en-GB,en"),
		emulation.SetDeviceMetricsOverride(375, 800, 1, true),
		chromedp.Navigate(page("stories/"+storyDispatch)), waitApp(),
		waitFor(`document.querySelector(".story-legend") !== null && document.querySelector(".story-legend").textContent.startsWith("One column")`, 20*time.Second),
		chromedp.Evaluate(storyGroup, &g),
	)
	checkStoryGroup(t, "English, 375 px", g, "absent,changed,present")
}

// TestStoriesDiffOffline opens the differences mode and the group view
// with the network cut, after one visit: the build's alignments are
// precached data, the app aligns nothing itself.
func TestStoriesDiffOffline(t *testing.T) {
	storiesSite(t)
	srv := serveSwitchable(t, stories.out)
	b := newBrowser(t, true)
	var got diffView
	var panes []string
	b.run(t,
		chromedp.Navigate(page("")), waitApp(), waitWorker(), waitOfflineReady(),
		goOffline(srv),
		chromedp.Navigate(page(comparePath(storyDispatch, "petit-journal-rhone")+"&mode=diff")), waitApp(),
		waitFor(`document.querySelectorAll("[data-diff]").length > 0`, 30*time.Second),
		chromedp.Evaluate(diffUnits, &got),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-pane][data-article-id]")].map(e => e.dataset.pane + ":" + e.dataset.articleId)`, &panes),
	)
	// expected.json: 16 same, 1 changed (quarantaine → cinquantaine).
	if want := "[16 1 0 0]"; fmt.Sprint(got.Counts) != want {
		t.Errorf("offline: units same/changed/left/right = %v, want %s", got.Counts, want)
	}
	if fmt.Sprint(got.Del) != "[quarantaine]" || fmt.Sprint(got.Ins) != "[cinquantaine]" {
		t.Errorf("offline: del %q ins %q, want quarantaine and cinquantaine", got.Del, got.Ins)
	}
	if want := "[left:" + storyDispatch + " right:petit-journal-rhone]"; fmt.Sprint(panes) != want {
		t.Errorf("offline: panes %v, want %s", panes, want)
	}
	var g storyGroupView
	b.run(t,
		// The prerendered matrix is there before the app mounts and
		// replaces it: wait for the app, then for the matrix it renders.
		chromedp.Navigate(page("stories/"+storyDispatch)), waitApp(),
		waitFor(`document.querySelectorAll(".story-matrix tbody tr").length > 0`, 30*time.Second),
		chromedp.Evaluate(storyGroup, &g),
	)
	checkStoryGroup(t, "offline", g, "absente,modifiée,présente")
	if m := srv.missedPaths(); len(m) > 0 {
		t.Logf("asked while offline (unanswered): %v", m)
	}
}

// TestStoriesLocalVersionJoins publishes the story corpus without one
// version of the dispatch (a word of the headline and a figure changed),
// then adds that file as the reader's own article: in Chromium, with the
// real ingestion worker, it joins the dispatch's story on home (seven
// versions folded), its differences with the dispatch are aligned by the
// worker (16 sentences the same, 1 changed, as expected.json says), and
// the group view lists it.
func TestStoriesLocalVersionJoins(t *testing.T) {
	builtSite(t)
	const local = "petit-journal-rhone"
	dir := t.TempDir()
	src := filepath.Join(dir, "articles")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob("../testdata/stories/articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if filepath.Base(n) == local+".txt" {
			continue
		}
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(src, filepath.Base(n)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "site")
	if _, err := buildSite(options{corpus: src, out: out, base: e2eBase, wasm: filepath.Join(siteDir, "site", "web", "app.wasm")}); err != nil {
		t.Fatal(err)
	}
	serveSwitchable(t, out)
	file, err := filepath.Abs("../testdata/stories/articles/" + local + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t, true)
	card := `ol.articles > li[data-story="` + storyDispatch + `"]`
	var versions string
	var folded []string
	b.run(t,
		chromedp.Navigate(page("local")), waitApp(),
		waitFor(`document.querySelector(".dropzone[data-ingest=ready]") !== null`, 60*time.Second),
		chromedp.SetUploadFiles(`#local-files`, []string{file}, chromedp.ByQuery),
		waitLocalBatch(1, 1, 60*time.Second),
		chromedp.Navigate(page("")), waitApp(),
		waitFor(`(c => c && c.dataset.versions === "7")(document.querySelector('`+card+`'))`, 60*time.Second),
		chromedp.Evaluate(`document.querySelector('`+card+`').dataset.versions`, &versions),
		chromedp.Evaluate(`[...document.querySelectorAll('`+card+`, `+card+` details li[data-article-id]')].map(e => e.dataset.articleId)`, &folded),
	)
	if len(folded) != 7 || !strings.Contains(fmt.Sprint(folded), "~local/"+local) {
		t.Errorf("the dispatch's card holds %v, want ~local/%s among them", folded, local)
	}
	var got diffView
	b.run(t,
		chromedp.Navigate(page(comparePath(storyDispatch, "~local/"+local)+"&mode=diff")), waitApp(),
		waitFor(`document.querySelectorAll("[data-diff]").length > 0`, 60*time.Second),
		chromedp.Evaluate(diffUnits, &got),
	)
	if want := "[16 1 0 0]"; fmt.Sprint(got.Counts) != want {
		t.Errorf("local version's differences: same/changed/left/right = %v, want %s", got.Counts, want)
	}
	var g storyGroupView
	b.run(t,
		chromedp.Navigate(page("stories/"+storyDispatch)), waitApp(),
		waitFor(`document.querySelectorAll(".story-matrix tbody tr").length > 0 && document.querySelectorAll("tr[data-version]").length === 7`, 60*time.Second),
		chromedp.Evaluate(storyGroup, &g),
	)
	if !strings.Contains(fmt.Sprint(g.Versions), "~local/"+local) || g.Rows != 23 || g.Changed != 2 {
		t.Errorf("group view with the local version: versions %v, %d rows, %d changed cells; want it among them, 23, 2", g.Versions, g.Rows, g.Changed)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// TestStoriesAxe runs axe-core on the group view and the differences
// mode, light and dark: no serious or critical violation.
func TestStoriesAxe(t *testing.T) {
	storiesSite(t)
	axeScript(t)
	pages := []struct{ path, ready string }{
		{"stories/" + storyDispatch, ".story-matrix tbody tr"},
		{comparePath(storyDispatch, storyUpdate) + "&mode=diff", "[data-diff=changed] ins"},
	}
	for _, theme := range []string{"light", "dark"} {
		b := newBrowser(t, true)
		if theme == "dark" {
			b.run(t, darkScheme())
		}
		for _, p := range pages {
			b.run(t,
				chromedp.Navigate(page(p.path)), waitApp(),
				waitFor(fmt.Sprintf(`document.querySelector(%q) !== null`, p.ready), 20*time.Second),
			)
			for _, v := range runAxe(t, b) {
				if v.Impact == "serious" || v.Impact == "critical" {
					var where []string
					for _, n := range v.Nodes {
						where = append(where, fmt.Sprint(n.Target)+": "+n.Summary)
					}
					t.Errorf("%s, %s: axe %s (%s): %s\n  %s", p.path, theme, v.ID, v.Impact, v.Help, strings.Join(where, "\n  "))
				}
			}
		}
	}
}
