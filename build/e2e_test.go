package main

// End-to-end tests: build the seed corpus for a GitHub Pages project site
// (BASE=/explorer/), serve it like Pages does, and drive a real headless
// Chromium against it. Every test fails on any request to another origin.

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"lecteur/build/chromium"
	"lecteur/build/pages"
)

const e2eBase = "/explorer/"

// seedIDs and seedTitles are the seed corpus as a reader sees it, written
// by hand from testdata/corpus.
var seedTitles = map[string]string{
	"000_0e8d66ae8489baff": "Le G7 promet de renforcer la cybersécurité",
	"001_2973584841e0011d": "France et Allemagne veulent une coalition internationale contre la cybercriminalité",
	"002_fab8e3d9eb0b6293": "La France propose un nouveau format de discussion à l'ONU",
	"003_dd828f76c7486ed3": "Discussions sino-américaines fructueuses sur la cybersécurité",
}

var (
	siteOnce sync.Once
	siteDir  string
	siteErr  error
	siteURL  string // server root, e.g. http://127.0.0.1:1234
)

// builtSite builds and serves the seed corpus once for all tests.
func builtSite(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test; skipped with -short")
	}
	siteOnce.Do(func() {
		siteDir, siteErr = os.MkdirTemp("", "lecteur-e2e")
		if siteErr != nil {
			return
		}
		out := filepath.Join(siteDir, "site")
		_, siteErr = buildSite(options{corpus: "../testdata/corpus", out: out, base: e2eBase})
		if siteErr != nil {
			return
		}
		srv := httptest.NewServer(pages.Handler(out, e2eBase))
		siteURL = srv.URL
	})
	if siteErr != nil {
		t.Fatalf("build site: %v", siteErr)
	}
	return siteURL
}

// chromiumPath finds the system Chromium.
func chromiumPath(t *testing.T) string {
	p, err := chromium.Path()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// browser is one headless Chromium tab that records every request and
// every console error.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	requests []string
	errors   []string
}

// newBrowser starts a fresh Chromium (empty profile) for one test.
func newBrowser(t *testing.T, js bool) *browser {
	t.Helper()
	// A fresh profile each time; removed best-effort, since Chromium may
	// still be writing to it while it exits.
	profile, err := os.MkdirTemp("", "lecteur-chromium")
	if err != nil {
		t.Fatal(err)
	}
	opts := chromium.Options(chromiumPath(t), profile,
		// The interface follows the browser's language; the tests read the
		// French one unless they ask for another.
		chromedp.Flag("accept-lang", "fr-FR,fr"),
		// Chromium prints its DevTools address when it is up; chromedp
		// waits 20 s for it by default, which a loaded machine (a stress
		// run at load 45 on two cores) overran.
		chromedp.WSURLReadTimeout(2*time.Minute),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	// A safety net for a test that hangs, not a clock: each wait has its
	// own condition. On the loaded 2-core machine TestLocalArticles took
	// 168 s of the former 4 minutes; go test's -timeout still bounds the
	// whole run.
	ctx, cancelC := context.WithTimeout(ctx, 10*time.Minute)
	t.Cleanup(func() { cancelC(); cancelB(); cancelA(); os.RemoveAll(profile) })
	b := &browser{ctx: ctx}
	b.listen()
	actions := []chromedp.Action{network.Enable(), runtime.Enable()}
	if !js {
		actions = append(actions, emulationNoScript())
	}
	if err := chromedp.Run(ctx, actions...); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	t.Cleanup(func() { b.checkOrigins(t) })
	return b
}

// newTab opens another tab in b's browser: the same profile, so the same
// IndexedDB, caches and service worker, as when a reader opens the site
// twice. It records its requests and console errors as b does.
func (b *browser) newTab(t *testing.T) *browser {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	tab := &browser{ctx: ctx}
	tab.listen()
	if err := chromedp.Run(ctx, network.Enable(), runtime.Enable()); err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	t.Cleanup(func() { tab.checkOrigins(t) })
	return tab
}

// listen records the tab's requests and console errors.
func (b *browser) listen() {
	chromedp.ListenTarget(b.ctx, func(ev any) {
		b.mu.Lock()
		defer b.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			b.requests = append(b.requests, e.Request.URL)
		case *runtime.EventExceptionThrown:
			b.errors = append(b.errors, e.ExceptionDetails.Error())
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.APITypeError {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				b.errors = append(b.errors, strings.Join(parts, " "))
			}
		}
	})
}

// checkOrigins fails the test on any request to another origin.
func (b *browser) checkOrigins(t *testing.T) {
	t.Helper()
	own, _ := url.Parse(siteURL)
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, r := range b.requests {
		u, err := url.Parse(r)
		if err != nil {
			t.Errorf("unparsable request URL %q", r)
			continue
		}
		switch u.Scheme {
		case "data", "blob", "about":
			continue
		}
		if u.Host != own.Host {
			t.Errorf("request to another origin: %s", r)
		}
	}
}

// consoleErrors returns the console errors and exceptions seen so far.
func (b *browser) consoleErrors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errors...)
}

func (b *browser) run(t *testing.T, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(b.ctx, actions...); err != nil {
		t.Fatalf("browser: %v\npage state: %s\nconsole errors: %q", err, b.state(), b.consoleErrors())
	}
}

// state describes the page, to explain a failure.
func (b *browser) state() string {
	var s string
	chromedp.Run(b.ctx, chromedp.Evaluate(`[
		"url=" + location.href,
		"box=" + ((document.querySelector("input[type=search]") || {}).value),
		"focus=" + (document.activeElement && document.activeElement.outerHTML.slice(0, 80)),
		"results=" + document.querySelectorAll("[data-result]").length,
		"h1=" + ((document.querySelector("h1") || {}).textContent),
		"loader=" + (document.getElementById("app-wasm-loader") !== null),
		"busy=" + (document.querySelector('main > [aria-busy="true"]') !== null),
		"beforeReload=" + window.__beforeReload,
	].join(" | ")`, &s))
	// The service worker's state explains waits through an update.
	var sw string
	chromedp.Run(b.ctx, chromedp.Evaluate(`(async () => {
		const c = navigator.serviceWorker;
		if (!c) return "";
		const r = await c.getRegistration();
		const w = (x) => x ? x.scriptURL.replace(location.origin, "") + ":" + x.state : "none";
		return " | sw: controller=" + w(c.controller) + (r ? " active=" + w(r.active) + " waiting=" + w(r.waiting) + " installing=" + w(r.installing) : " no registration") +
			" | update=" + ((document.querySelector("[data-update]") || {}).textContent);
	})()`, &sw, awaitPromise))
	return s + sw
}

// waitApp waits until the wasm app has started (go-app removes its loader)
// and the view has its data: until then the view shows an inert copy of
// the prerendered page, marked aria-busy (ui.Prerendered), whose buttons
// do nothing yet.
func waitApp() chromedp.Action {
	return waitFor(appReady, 60*time.Second)
}

// appReady is waitApp's condition, for waits that add their own.
const appReady = `(document.getElementById("app-wasm-loader") === null && document.querySelector('main > [aria-busy="true"]') === null)`

// waitFor polls a JavaScript condition on a timer (animation frames do not
// run in a headless background tab). timeout says how long the wait
// usually takes at most; the poll gives up only after minWaitCap, so that
// a loaded CI machine, where a cold start of the app can take ten times
// longer, waits for the condition instead of failing on a clock.
//
// A condition that throws (an element not rendered yet: "cannot read
// properties of null") is false for now: the poll goes on instead of
// failing on the page's first frame, as a language switch that renders
// the view again once did.
//
// The poll runs in the page's current document. When that document goes
// away while it polls (a reload, a navigation the page makes itself, or a
// document whose new execution context chromedp has not registered yet,
// which a loaded machine makes likely right after Navigate), the wait is
// asked again of the document that replaced it: the condition is about
// the page, not about one document of it.
func waitFor(cond string, timeout time.Duration) chromedp.Action {
	cond = "(() => { try { return !!(" + cond + "); } catch (e) { return false; } })()"
	limit := max(timeout, minWaitCap)
	return chromedp.ActionFunc(func(ctx context.Context) error {
		deadline := time.Now().Add(limit)
		for {
			err := chromedp.Poll(cond, nil, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(time.Until(deadline))).Do(ctx)
			if err == nil || !documentGone(err) || time.Now().After(deadline) {
				return err
			}
			// The next document registers its context when it starts.
			if err := sleepCtx(ctx, 50*time.Millisecond); err != nil {
				return err
			}
		}
	})
}

// documentGone tells whether err says that the document a script ran in
// was replaced (or is being replaced) while it ran.
func documentGone(err error) bool {
	s := err.Error()
	return strings.Contains(s, "Cannot find context with specified id") ||
		strings.Contains(s, "Execution context was destroyed") ||
		strings.Contains(s, "Inspected target navigated or closed")
}

// sleepCtx waits d or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// minWaitCap is the shortest time waitFor polls before giving up.
const minWaitCap = 2 * time.Minute

// page returns the absolute URL of site path p.
func page(p string) string { return siteURL + e2eBase + strings.TrimPrefix(p, "/") }

func httpGet(t *testing.T, u string) (int, string) {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func TestHomeListsEveryArticle(t *testing.T) {
	builtSite(t)
	for _, js := range []bool{false, true} {
		t.Run(fmt.Sprintf("js=%v", js), func(t *testing.T) {
			b := newBrowser(t, js)
			var ids []string
			var hrefs []string
			actions := []chromedp.Action{chromedp.Navigate(page("/"))}
			if js {
				actions = append(actions, waitApp())
			}
			actions = append(actions,
				chromedp.WaitVisible(`[data-article-id]`),
				chromedp.Evaluate(`[...document.querySelectorAll("[data-article-id]")].map(e => e.dataset.articleId)`, &ids),
				chromedp.Evaluate(`[...document.querySelectorAll("[data-article-id] a")].map(a => a.getAttribute("href"))`, &hrefs),
			)
			b.run(t, actions...)
			if len(ids) != len(seedTitles) {
				t.Fatalf("home lists %d articles %v, want %d", len(ids), ids, len(seedTitles))
			}
			for _, id := range ids {
				want, ok := seedTitles[id]
				if !ok {
					t.Errorf("home lists unknown id %q", id)
					continue
				}
				var text string
				b.run(t, chromedp.Text(fmt.Sprintf(`[data-article-id=%q] h2`, id), &text))
				if strings.TrimSpace(text) != want {
					t.Errorf("home title of %s = %q, want %q", id, text, want)
				}
			}
			for i, h := range hrefs {
				if want := e2eBase + "articles/" + ids[i]; h != want {
					t.Errorf("link %d = %q, want %q", i, h, want)
				}
			}
		})
	}
}

func TestArticleDeepLinkWithoutJavaScript(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, false)
	for id, title := range seedTitles {
		t.Run(id, func(t *testing.T) {
			status, _ := httpGet(t, page("articles/"+id))
			if status != http.StatusOK {
				t.Fatalf("GET articles/%s = %d, want 200", id, status)
			}
			var h1, loader string
			var paras int
			b.run(t,
				chromedp.Navigate(page("articles/"+id)),
				chromedp.Text(`h1`, &h1),
				chromedp.Evaluate(`document.querySelectorAll("article p").length`, &paras),
				// go-app's "starting" badge would say so for ever.
				chromedp.Evaluate(`(() => { const l = document.getElementById("app-wasm-loader"); return l ? getComputedStyle(l).display : "none"; })()`, &loader),
			)
			if strings.TrimSpace(h1) != title {
				t.Errorf("h1 of %s = %q, want %q", id, h1, title)
			}
			if paras < 3 {
				t.Errorf("article %s shows %d paragraphs, want at least 3", id, paras)
			}
			if loader != "none" {
				t.Errorf("article %s without JavaScript shows the app's loading badge (display %s)", id, loader)
			}
		})
	}
}

func TestAppStartsAndNavigatesInPlace(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	id := "002_fab8e3d9eb0b6293"
	var h1 string
	var marker bool
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		chromedp.Evaluate(`window.__notReloaded = true`, nil),
		chromedp.Click(fmt.Sprintf(`[data-article-id=%q] a`, id), chromedp.ByQuery),
		chromedp.Poll(`location.pathname === "`+e2eBase+`articles/`+id+`"`, nil),
		chromedp.WaitVisible(`article.reading h1`),
		chromedp.Text(`article.reading h1`, &h1),
		chromedp.Evaluate(`window.__notReloaded === true`, &marker),
	)
	if strings.TrimSpace(h1) != seedTitles[id] {
		t.Errorf("after navigation h1 = %q, want %q", h1, seedTitles[id])
	}
	if !marker {
		t.Errorf("following a link reloaded the page; want navigation in place")
	}
	// Back to home, still in place.
	var n int
	b.run(t,
		chromedp.NavigateBack(),
		chromedp.WaitVisible(`li[data-article-id]`),
		chromedp.Evaluate(`document.querySelectorAll("li[data-article-id]").length`, &n),
		chromedp.Evaluate(`window.__notReloaded === true`, &marker),
	)
	if n != len(seedTitles) || !marker {
		t.Errorf("back to home: %d articles, in place %v; want %d, true", n, marker, len(seedTitles))
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

func TestSearchBoxOnEveryPage(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, false)
	paths := []string{"/", "search", "search?q=cyber", "entities", "compare", "articles/000_0e8d66ae8489baff", "no/such/page"}
	for _, p := range paths {
		var n int
		b.run(t,
			chromedp.Navigate(page(p)),
			chromedp.WaitReady(`body`),
			chromedp.Evaluate(`document.querySelectorAll("input[type=search]").length`, &n),
		)
		if n != 1 {
			t.Errorf("%s has %d search boxes, want 1", p, n)
		}
	}
}

func TestUnknownPathShowsNotFound(t *testing.T) {
	builtSite(t)
	status, body := httpGet(t, page("no/such/page"))
	if status != http.StatusNotFound {
		t.Errorf("GET no/such/page = %d, want 404", status)
	}
	if !strings.Contains(body, "Page introuvable") {
		t.Errorf("404 body lacks the not-found page")
	}
	for _, js := range []bool{false, true} {
		t.Run(fmt.Sprintf("js=%v", js), func(t *testing.T) {
			b := newBrowser(t, js)
			var h1, home string
			actions := []chromedp.Action{chromedp.Navigate(page("no/such/page"))}
			if js {
				actions = append(actions, waitApp())
			}
			actions = append(actions,
				chromedp.WaitVisible(`[data-notfound] h1`),
				chromedp.Text(`[data-notfound] h1`, &h1),
				chromedp.AttributeValue(`[data-notfound] a`, "href", &home, nil),
			)
			b.run(t, actions...)
			if h1 != "Page introuvable" || home != e2eBase {
				t.Errorf("404 page: h1 %q, link %q; want %q, %q", h1, home, "Page introuvable", e2eBase)
			}
		})
	}
}
