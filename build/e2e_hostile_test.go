package main

// End-to-end tests of settings and corpora a careless or hostile user
// gives (issue 19).

import (
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"lecteur/build/basepath"
	"lecteur/build/pages"
)

// seedWasm is the app.wasm of the shared built site, so that a test's own
// build does not compile it again.
func seedWasm(t *testing.T) string {
	t.Helper()
	builtSite(t)
	return filepath.Join(siteDir, "site", "web", "app.wasm")
}

// TestWorkerNeverCachesRedirect reproduces the other half of issue 19 #8:
// a host that redirects a page the service worker precaches. The worker
// must not cache the redirected response (a navigation answered with one
// fails with net::ERR_FAILED) and the page must open.
func TestWorkerNeverCachesRedirect(t *testing.T) {
	builtSite(t)
	seed := filepath.Join(siteDir, "site")
	srv := serveSwitchable(t, seed)
	site := pages.Handler(seed, e2eBase)
	srv.serveHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == e2eBase+"entities" && r.URL.RawQuery == "" {
			http.Redirect(w, r, e2eBase+"entities?via=redirect", http.StatusMovedPermanently)
			return
		}
		site.ServeHTTP(w, r)
	}))
	b := newBrowser(t, true)
	var redirected []string
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		waitWorker(),
		chromedp.Evaluate(`(async () => {
			const found = [];
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const req of await cache.keys()) {
					if ((await cache.match(req)).redirected) found.push(req.url);
				}
			}
			return found;
		})()`, &redirected, awaitPromise),
	)
	if len(redirected) > 0 {
		t.Errorf("the service worker cached redirected responses for %q", redirected)
	}
	var rows int
	b.run(t,
		chromedp.Navigate(page("entities")),
		waitApp(),
		waitFor(`document.querySelectorAll("[data-entity-row]").length > 0`, 20*time.Second),
		chromedp.Evaluate(`document.querySelectorAll("[data-entity-row]").length`, &rows),
	)
	if rows == 0 {
		t.Errorf("the entities page shows no entity")
	}
}

// TestUnusualBaseOffline reproduces issue 19 #9: a base with a space and
// one with an accent. Links and resources name the base percent-encoded,
// styles load, the app routes, and after one visit the site works offline.
func TestUnusualBaseOffline(t *testing.T) {
	wasm := seedWasm(t)
	tests := []struct{ raw, base string }{
		{"/my site/", "/my%20site/"},
		{"/café/", "/caf%C3%A9/"},
	}
	for _, tt := range tests {
		t.Run(tt.base, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "site")
			if _, err := buildSite(options{corpus: "../testdata/corpus", out: out, base: tt.raw, wasm: wasm}); err != nil {
				t.Fatalf("build for %q: %v", tt.raw, err)
			}
			files := readTree(t, out)
			for name, want := range map[string]string{
				"index.html":    `href="` + tt.base + `web/style.css"`,
				"app-worker.js": `const base = "` + tt.base + `";`,
				"app.js":        `"GOAPP_ROOT_PREFIX":"` + strings.TrimSuffix(tt.base, "/") + `"`,
			} {
				if !strings.Contains(string(files[name]), want) {
					t.Errorf("%s lacks %s", name, want)
				}
			}

			srv := serveSwitchableAt(t, out, tt.base)
			at := func(p string) string { return siteURL + tt.base + p }
			b := newBrowser(t, true)
			var styled bool
			var listed int
			b.run(t,
				recordCSP(),
				chromedp.Navigate(at("")),
				waitApp(),
				waitWorker(),
				waitFor(`document.querySelectorAll("li[data-article-id]").length > 0`, 20*time.Second),
				chromedp.Evaluate(`[...document.styleSheets].some((s) => s.href && s.href.endsWith("/web/style.css") && s.cssRules.length > 0)`, &styled),
				chromedp.Evaluate(`document.querySelectorAll("li[data-article-id]").length`, &listed),
			)
			if !styled {
				t.Errorf("style.css did not load")
			}
			if listed != len(seedTitles) {
				t.Errorf("home lists %d articles, want %d", listed, len(seedTitles))
			}
			b.run(t, goOffline(srv))
			id := "002_fab8e3d9eb0b6293"
			var h1 string
			var results []string
			b.run(t,
				chromedp.Navigate(at("articles/"+id)),
				waitApp(),
				waitFor(`document.querySelector("article.reading h1") !== null`, 20*time.Second),
				chromedp.Text(`article.reading h1`, &h1),
				chromedp.Navigate(at("search?q=mnuchin")),
				waitApp(),
				waitFor(`document.querySelectorAll("[data-result]").length > 0`, 20*time.Second),
				chromedp.Evaluate(`[...document.querySelectorAll("[data-result]")].map((e) => e.dataset.articleId)`, &results),
			)
			if h1 != seedTitles[id] {
				t.Errorf("offline articles/%s: h1 %q, want %q", id, h1, seedTitles[id])
			}
			if len(results) == 0 || results[0] != "000_0e8d66ae8489baff" {
				t.Errorf("offline search mnuchin = %v, want 000_0e8d66ae8489baff first", results)
			}
			if v := cspViolations(b, t); len(v) > 0 {
				t.Errorf("CSP violations %q", v)
			}
			for _, p := range srv.missedPaths() {
				if p != basepath.Unescape(tt.base)+"app-worker.js" {
					t.Errorf("offline, the site asked the network for %s", p)
				}
			}
		})
	}
}
