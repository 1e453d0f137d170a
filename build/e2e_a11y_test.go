package main

// End-to-end tests of accessibility (axe-core on every kind of page, in
// both themes), keyboard flows, the language and theme switches, the home
// overview and small screens.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"lecteur/app/ui/i18n"
)

// axeDir holds the test-only npm package of axe-core; it never ships in
// the site.
const axeDir = "testdata/axe"

var (
	axeOnce   sync.Once
	axeSource string
	axeErr    error
)

// axeScript returns axe.min.js, installing axe-core with npm the first time.
func axeScript(t *testing.T) string {
	t.Helper()
	axeOnce.Do(func() {
		path := filepath.Join(axeDir, "node_modules", "axe-core", "axe.min.js")
		if _, err := os.Stat(path); err != nil {
			npm, lookErr := exec.LookPath("npm")
			if lookErr != nil {
				axeErr = fmt.Errorf("the accessibility tests need axe-core, installed with npm, which is missing: install it (apt-get install npm) and run the tests again")
				return
			}
			cmd := exec.Command(npm, "ci", "--no-audit", "--no-fund", "--silent")
			cmd.Dir = axeDir
			if out, err := cmd.CombinedOutput(); err != nil {
				axeErr = fmt.Errorf("npm ci in build/%s: %v\n%s", axeDir, err, out)
				return
			}
		}
		b, err := os.ReadFile(path)
		if err != nil {
			axeErr = fmt.Errorf("read axe-core: %w", err)
			return
		}
		axeSource = string(b)
	})
	if axeErr != nil {
		t.Fatal(axeErr)
	}
	return axeSource
}

// press types one printable key the way a keyboard does: one keydown that
// carries its text, so that preventDefault on it keeps the character out
// of any field (chromedp.KeyEvent sends the text as a separate event).
func press(key string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		if err := input.DispatchKeyEvent(input.KeyDown).WithKey(key).WithText(key).WithUnmodifiedText(key).Do(ctx); err != nil {
			return err
		}
		return input.DispatchKeyEvent(input.KeyUp).WithKey(key).Do(ctx)
	})
}

// violation is one axe-core rule failing on a page.
type violation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// runAxe injects axe-core into the page (through the DevTools protocol,
// which the page's CSP does not govern) and returns its violations.
func runAxe(t *testing.T, b *browser) []violation {
	t.Helper()
	src := axeScript(t)
	var raw string
	b.run(t,
		chromedp.Evaluate(src+";0", nil),
		chromedp.Evaluate(`axe.run(document, {resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations))`, &raw,
			func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
	)
	var vs []violation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		t.Fatalf("decode axe results: %v", err)
	}
	return vs
}

// darkScheme makes the tab prefer a dark colour scheme, as a system in
// dark mode does.
func darkScheme() chromedp.Action {
	return emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}})
}

// a11yPages are the pages axe checks, each with what shows it is ready.
var a11yPages = []struct{ path, ready string }{
	{"/", `[data-article-id] h2 a`},
	// The facet comes last: once it is there the whole page is.
	{"search?q=cybersecurite", `#search-facet .facet-link`},
	{"search?q=cybersecurite&e=loc-france", `#search-facet [aria-current="true"]`},
	{"articles/001_2973584841e0011d", `article.reading mark[data-entity]`},
	{"compare?left=000_0e8d66ae8489baff&right=002_fab8e3d9eb0b6293", `[data-pane="right"][data-article-id]`},
	{"entities", `[data-entity-row]`},
}

func TestAxeEveryPage(t *testing.T) {
	builtSite(t)
	axeScript(t)
	for _, theme := range []string{"light", "dark"} {
		t.Run(theme, func(t *testing.T) {
			b := newBrowser(t, true)
			if theme == "dark" {
				b.run(t, darkScheme())
			}
			pages := slices.Clone(a11yPages)
			for _, p := range a11yPages {
				if strings.HasPrefix(p.path, "search") {
					// At a phone's width too: the facet is then a
					// line of chips scrolled sideways.
					pages = append(pages, struct{ path, ready string }{"phone:" + p.path, p.ready})
				}
			}
			for _, p := range pages {
				t.Run(p.path, func(t *testing.T) {
					path, phone := strings.CutPrefix(p.path, "phone:")
					if phone {
						b.run(t, emulation.SetDeviceMetricsOverride(390, 800, 1, true))
						defer b.run(t, emulation.ClearDeviceMetricsOverride())
					}
					var bg string
					b.run(t,
						chromedp.Navigate(page(path)),
						waitApp(),
						waitFor(fmt.Sprintf(`document.querySelector(%q) !== null`, p.ready), 20*time.Second),
						chromedp.Evaluate(`getComputedStyle(document.body).backgroundColor`, &bg),
					)
					if want := map[string]string{"light": "rgb(251, 250, 247)", "dark": "rgb(22, 24, 23)"}[theme]; bg != want {
						t.Errorf("body background = %s, want %s for the %s theme", bg, want, theme)
					}
					for _, v := range runAxe(t, b) {
						if v.Impact != "serious" && v.Impact != "critical" {
							continue
						}
						var where []string
						for i, n := range v.Nodes {
							if i == 5 {
								where = append(where, "…")
								break
							}
							where = append(where, fmt.Sprint(n.Target)+": "+n.Summary)
						}
						t.Errorf("axe %s (%s): %s\n  %s", v.ID, v.Impact, v.Help, strings.Join(where, "\n  "))
					}
				})
			}
		})
	}
}

// focused describes the focused element: its text, or its id.
const focused = `(document.activeElement.id || document.activeElement.textContent.trim())`

func TestKeyboardOpensAResult(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	var box, first, second, back string
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		press("/"),
		waitFor(`document.activeElement.id === "q"`, 5*time.Second),
		chromedp.KeyEvent("cybersecurite"),
		waitFor(`document.querySelectorAll("[data-result]").length >= 2`, 20*time.Second),
		chromedp.Evaluate(focused, &box),
		chromedp.KeyEvent(kb.ArrowDown),
		waitFor(`document.activeElement.closest("[data-result]") !== null`, 5*time.Second),
		chromedp.Evaluate(`document.activeElement.closest("[data-result]").dataset.result`, &first),
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.Evaluate(`document.activeElement.closest("[data-result]").dataset.result`, &second),
		chromedp.KeyEvent(kb.ArrowUp),
		chromedp.KeyEvent(kb.ArrowUp),
		chromedp.Evaluate(focused, &back),
	)
	if box != "q" || first != "1" || second != "2" || back != "q" {
		t.Errorf("focus: after typing %q, ↓ result %q, ↓ result %q, ↑↑ %q; want q, 1, 2, q", box, first, second, back)
	}
	// ↓ Enter opens the first result; Escape comes back to the results.
	var want, h1, path string
	b.run(t,
		chromedp.Evaluate(`document.querySelector("[data-result] h2 a").textContent`, &want),
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.KeyEvent(kb.Enter),
		waitFor(`location.pathname.includes("/articles/")`, 10*time.Second),
		chromedp.WaitVisible(`article.reading h1`),
		chromedp.Text(`article.reading h1`, &h1),
		chromedp.Evaluate(`document.activeElement.blur()`, nil),
		// From the first frame of the search page on, the box shows its
		// query: the box held the article page's empty value for a frame
		// or more, and a reader who clicked into it then kept it empty
		// over the query's results, where Escape does nothing. Each
		// change of the page is checked as it is made (a
		// MutationObserver runs at the end of the task that made it).
		chromedp.Evaluate(`(() => {
  window.__staleBox = [];
  window.__staleWatch = new MutationObserver(() => {
    const q = document.getElementById("q");
    if (document.querySelector("section.search") && q && q.value !== "cybersecurite" && window.__staleBox.length < 5) {
      window.__staleBox.push(JSON.stringify(q.value) + (document.activeElement === q ? " (focused)" : ""));
    }
  });
  window.__staleWatch.observe(document.body, {subtree: true, childList: true});
})()`, nil),
		chromedp.KeyEvent(kb.Escape),
		waitFor(`location.pathname.endsWith("/search")`, 10*time.Second),
		chromedp.Evaluate(`location.pathname + location.search`, &path),
	)
	if h1 != want {
		t.Errorf("Enter opened %q, want the first result %q", h1, want)
	}
	if path != e2eBase+"search?q=cybersecurite" {
		t.Errorf("Escape from the article went to %q, want the results", path)
	}
	var stale []string
	b.run(t,
		waitFor(`document.querySelectorAll("[data-result]").length > 0 && document.getElementById("q").value === "cybersecurite"`, 10*time.Second),
		chromedp.Evaluate(`window.__staleWatch.disconnect(), window.__staleBox`, &stale),
	)
	if len(stale) > 0 {
		t.Errorf("back on the results of cybersecurite, the search box held %s", strings.Join(stale, ", then "))
	}
	// Escape in the search box empties it, and its results go.
	var value string
	b.run(t,
		chromedp.Focus(`#q`, chromedp.ByQuery),
		chromedp.KeyEvent(kb.Escape),
		// The page says it shows the empty box's invitation: no result
		// counted for the box as it is. "No result shown" alone was
		// true as well before the page had shown the query's results.
		waitFor(fmt.Sprintf(`document.getElementById("search-status").textContent === %q && document.querySelectorAll("[data-result]").length === 0`, i18n.Of("fr").T("search.empty")), 10*time.Second),
		chromedp.Evaluate(`document.getElementById("q").value`, &value),
	)
	if value != "" {
		t.Errorf("Escape in the search box left %q in it, want it empty", value)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

func TestKeyboardCompare(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	left := "000_0e8d66ae8489baff"
	var path string
	b.run(t,
		chromedp.Navigate(page("articles/"+left)),
		waitApp(),
		chromedp.WaitVisible(`article.reading h1`),
		press("c"),
		waitFor(`location.pathname.endsWith("/compare")`, 10*time.Second),
		chromedp.Evaluate(`location.search`, &path),
	)
	if path != "?left="+left {
		t.Fatalf("c on an article went to compare%s, want ?left=%s", path, left)
	}
	// Tab to the right-hand side's picker (opening it if it is a button),
	// type a few letters of a title, Enter.
	box := `document.activeElement.closest('[data-pane="right"]') !== null && document.activeElement.tagName === "INPUT"`
	button := `document.activeElement.closest('[data-pane="right"]') !== null && document.activeElement.tagName === "BUTTON"`
	found := false
	for i := 0; i < 80 && !found; i++ {
		var isButton bool
		b.run(t, chromedp.Evaluate(box, &found), chromedp.Evaluate(button, &isButton))
		switch {
		case found:
		case isButton:
			b.run(t, chromedp.KeyEvent(kb.Enter), chromedp.Sleep(300*time.Millisecond))
		default:
			b.run(t, chromedp.KeyEvent(kb.Tab))
		}
	}
	if !found {
		t.Fatalf("the right-hand picker cannot be reached with Tab; %s", b.state())
	}
	var ids []string
	b.run(t,
		chromedp.KeyEvent("Allemagne"),
		waitFor(`document.querySelectorAll('[data-pane="right"] [role=option]').length === 1`, 10*time.Second),
		chromedp.KeyEvent(kb.Enter),
		waitFor(`document.querySelectorAll("[data-pane][data-article-id]").length === 2`, 10*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-pane][data-article-id]")].map(p => p.dataset.articleId)`, &ids),
	)
	if want := []string{left, "001_2973584841e0011d"}; fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Errorf("compare panes show %v, want %v", ids, want)
	}
}

func TestShortcutsHelp(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	var open, closed bool
	var rows int
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		press("?"),
		waitFor(`document.getElementById("keys").open`, 5*time.Second),
		chromedp.Evaluate(`document.getElementById("keys").open`, &open),
		chromedp.Evaluate(`document.querySelectorAll("#keys dt").length`, &rows),
		chromedp.KeyEvent(kb.Escape),
		waitFor(`!document.getElementById("keys").open`, 5*time.Second),
		chromedp.Evaluate(`!document.getElementById("keys").open`, &closed),
	)
	if !open || !closed || rows != 5 {
		t.Errorf("? opened the shortcuts %v with %d rows, Escape closed them %v; want true, 5, true", open, rows, closed)
	}
}

// interfaceText reads what tells the interface language: the page's lang,
// the second navigation link and the search box's label.
func interfaceText(t *testing.T, b *browser) string {
	var s string
	b.run(t, chromedp.Evaluate(`[document.documentElement.lang,
		document.querySelectorAll(".sections a")[1].textContent,
		document.querySelector("label[for=q]").textContent].join(" | ")`, &s))
	return s
}

const (
	french  = "fr | Entités | Rechercher dans les articles"
	english = "en | Entities | Search the articles"
)

func TestLanguageSwitchIsRemembered(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	steps := []struct {
		name   string
		action chromedp.Action
		want   string
	}{
		{"start", chromedp.Navigate(page("articles/003_dd828f76c7486ed3")), french},
		{"switch", chromedp.Click(`#lang-switch`, chromedp.ByQuery), english},
		{"reload", chromedp.Reload(), english},
		{"other page", chromedp.Navigate(page("entities")), english},
		{"switch back", chromedp.Click(`#lang-switch`, chromedp.ByQuery), french},
		{"reload again", chromedp.Reload(), french},
	}
	for _, s := range steps {
		b.run(t, s.action, waitApp(), chromedp.WaitVisible(`#lang-switch`),
			waitFor(fmt.Sprintf(`document.documentElement.lang === %q`, s.want[:2]), 10*time.Second))
		if got := interfaceText(t, b); got != s.want {
			t.Errorf("%s: interface %q, want %q", s.name, got, s.want)
		}
	}
	// Dates follow the language too.
	var date string
	b.run(t,
		chromedp.Navigate(page("articles/003_dd828f76c7486ed3")), waitApp(),
		chromedp.Click(`#lang-switch`, chromedp.ByQuery),
		waitFor(`document.documentElement.lang === "en"`, 10*time.Second),
		waitFor(`document.querySelector("article .meta").textContent.includes("July")`, 10*time.Second),
		chromedp.Text(`article .meta`, &date),
	)
	if !strings.HasPrefix(date, "10 July 2013") {
		t.Errorf("English date line = %q, want it to start with 10 July 2013", date)
	}
}

func TestLanguageFollowsTheBrowser(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	b.run(t,
		emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) Chrome").WithAcceptLanguage("en-GB,en"),
		chromedp.Navigate(page("/")), waitApp(),
		waitFor(`document.documentElement.lang === "en"`, 10*time.Second),
	)
	if got := interfaceText(t, b); got != english {
		t.Errorf("for an English browser the interface is %q, want %q", got, english)
	}
}

func TestThemeSwitchIsRemembered(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	var attr, bg string
	b.run(t,
		chromedp.Navigate(page("/")), waitApp(),
		chromedp.SetValue(`#theme`, "dark", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("theme").dispatchEvent(new Event("change", {bubbles: true}))`, nil),
		waitFor(`document.documentElement.dataset.theme === "dark"`, 5*time.Second),
		chromedp.Reload(), waitApp(),
		chromedp.Evaluate(`document.documentElement.dataset.theme || ""`, &attr),
		chromedp.Evaluate(`getComputedStyle(document.body).backgroundColor`, &bg),
	)
	if attr != "dark" || bg != "rgb(22, 24, 23)" {
		t.Errorf("after choosing dark and reloading: data-theme %q, background %s; want dark, rgb(22, 24, 23)", attr, bg)
	}
}

func TestHomeOverview(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	listed := func() []string {
		var ids []string
		b.run(t, chromedp.Evaluate(`[...document.querySelectorAll("li[data-article-id]")].map(e => e.dataset.articleId)`, &ids))
		return ids
	}
	b.run(t, chromedp.Navigate(page("/")), waitApp(), chromedp.WaitVisible(`li[data-article-id]`))
	// Newest first: the one dated article, then the others in corpus order.
	if got, want := strings.Join(listed(), " "), "003_dd828f76c7486ed3 000_0e8d66ae8489baff 001_2973584841e0011d 002_fab8e3d9eb0b6293"; got != want {
		t.Errorf("home by date = %s, want %s", got, want)
	}
	// Sort by title: D(iscussions), F(rance), L(a France), L(e G7).
	b.run(t,
		chromedp.SetValue(`#sort`, "title", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("sort").dispatchEvent(new Event("change", {bubbles: true}))`, nil),
		waitFor(`location.search === "?sort=title"`, 5*time.Second),
		waitFor(`document.querySelector("li[data-article-id]").dataset.articleId === "003_dd828f76c7486ed3"`, 5*time.Second),
	)
	if got, want := strings.Join(listed(), " "), "003_dd828f76c7486ed3 001_2973584841e0011d 002_fab8e3d9eb0b6293 000_0e8d66ae8489baff"; got != want {
		t.Errorf("home by title = %s, want %s", got, want)
	}
	// A click on the timeline's July 2013 bar keeps the one article of that month.
	var count string
	b.run(t,
		chromedp.Click(`svg a[data-period="2013-07"]`, chromedp.ByQuery),
		waitFor(`location.search.includes("period=2013-07")`, 5*time.Second),
		waitFor(`document.querySelectorAll("li[data-article-id]").length === 1`, 5*time.Second),
		chromedp.Text(`#home-count`, &count),
	)
	if got := strings.Join(listed(), " "); got != "003_dd828f76c7486ed3" || count != "1 article sur 4" {
		t.Errorf("after a click on July 2013: %s, %q; want 003_dd828f76c7486ed3, %q", got, count, "1 article sur 4")
	}
	// An entity of the top list filters by entity, with the period cleared.
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		chromedp.WaitVisible(`a.ent-link[data-entity-id]`),
		chromedp.Click(`[data-top-type="PER"] a[data-entity-id]`, chromedp.ByQuery),
		waitFor(`location.search.includes("entity=")`, 5*time.Second),
		waitFor(`document.querySelectorAll("li[data-article-id]").length === 1`, 5*time.Second),
	)
	var entity string
	b.run(t, chromedp.Evaluate(`decodeURIComponent(new URLSearchParams(location.search).get("entity"))`, &entity))
	if ids := listed(); len(ids) != 1 || entity == "" {
		t.Errorf("entity filter %q lists %v, want one article", entity, ids)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

func TestNoHorizontalScrollOnPhones(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	for _, width := range []int64{320, 375} {
		b.run(t, emulation.SetDeviceMetricsOverride(width, 700, 2, true))
		for _, p := range a11yPages {
			t.Run(fmt.Sprintf("%d/%s", width, p.path), func(t *testing.T) {
				var overflow []string
				var sw, cw int
				b.run(t,
					chromedp.Navigate(page(p.path)),
					waitApp(),
					waitFor(fmt.Sprintf(`document.querySelector(%q) !== null`, p.ready), 20*time.Second),
					chromedp.Evaluate(`document.documentElement.scrollWidth`, &sw),
					chromedp.Evaluate(`document.documentElement.clientWidth`, &cw),
					chromedp.Evaluate(`[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest(".visually-hidden, dialog:not([open])")).slice(0, 5).map(e => e.tagName + "." + e.className)`, &overflow),
				)
				if sw > cw {
					t.Errorf("page is %d px wide in a %d px view; too wide: %v", sw, cw, overflow)
				}
			})
		}
	}
}

// TestScreenshots writes the README's screenshots (home, search, an
// article, compare; light and dark) when LECTEUR_SCREENSHOTS names a
// folder: LECTEUR_SCREENSHOTS=../docs/screenshots go test ./build -run Screenshots
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("LECTEUR_SCREENSHOTS")
	if dir == "" {
		t.Skip("set LECTEUR_SCREENSHOTS to a folder to write the README's screenshots")
	}
	builtSite(t)
	shots := []struct{ name, path, ready string }{
		{"home", "/", `[data-article-id] h2 a`},
		{"search", "search?q=cybers%C3%A9curit%C3%A9", `[data-result]`},
		{"article", "articles/001_2973584841e0011d", `article.reading mark[data-entity]`},
		{"compare", "compare?left=000_0e8d66ae8489baff&right=001_2973584841e0011d", `[data-pane="right"][data-article-id]`},
	}
	for _, theme := range []string{"light", "dark"} {
		b := newBrowser(t, true)
		b.run(t, emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) Chrome").WithAcceptLanguage("en-GB,en"))
		if theme == "dark" {
			b.run(t, darkScheme())
		}
		for _, s := range shots {
			var png []byte
			b.run(t,
				chromedp.Navigate(page(s.path)), waitApp(),
				waitFor(fmt.Sprintf(`document.querySelector(%q) !== null`, s.ready), 20*time.Second),
				chromedp.Sleep(300*time.Millisecond),
				chromedp.CaptureScreenshot(&png),
			)
			name := filepath.Join(dir, s.name+"-"+theme+".png")
			if err := os.WriteFile(name, png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
