package main

// End-to-end tests of the installable, offline site: the service worker
// precaches it and serves every route offline, a rebuild reaches readers
// through the update prompt without mixing versions, an unchanged rebuild
// changes no byte, the manifest and icons pass Chromium's installability
// check, and nothing breaks under the Content Security Policy.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/serviceworker"
	"github.com/chromedp/chromedp"

	"lecteur/build/pages"
)

// switchSite serves one built site at a time behind one origin, so that a
// browser keeps its service worker while the site changes under it, or
// nothing at all: offline, every connection is closed unanswered, as when
// the network is gone, and the paths asked for are recorded.
type switchSite struct {
	base    string // the base path sites are served under, e2eBase unless set
	handler atomic.Pointer[http.Handler]
	offline atomic.Bool
	mu      sync.Mutex
	missed  []string // paths requested while offline
}

func (s *switchSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.offline.Load() {
		s.mu.Lock()
		s.missed = append(s.missed, r.URL.Path)
		s.mu.Unlock()
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		http.Error(w, "offline", http.StatusServiceUnavailable)
		return
	}
	(*s.handler.Load()).ServeHTTP(w, r)
}

// serve switches to the site built in dir.
func (s *switchSite) serve(dir string) {
	h := pages.Handler(dir, s.base)
	s.handler.Store(&h)
}

// serveHandler switches to h, a handler of its own.
func (s *switchSite) serveHandler(h http.Handler) {
	s.handler.Store(&h)
}

// missedPaths returns the paths asked for while offline.
func (s *switchSite) missedPaths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.missed...)
}

// serveSwitchable serves dir on a new origin and makes it the origin of
// the test: page() points at it and the browser's other-origin check
// compares with it. Call it before newBrowser.
func serveSwitchable(t *testing.T, dir string) *switchSite {
	t.Helper()
	return serveSwitchableAt(t, dir, e2eBase)
}

// serveSwitchableAt is serveSwitchable for a site built for base (a
// normalised one, build/basepath); page() still names e2eBase's pages.
func serveSwitchableAt(t *testing.T, dir, base string) *switchSite {
	t.Helper()
	builtSite(t) // siteURL is set once; set it before changing it
	s := &switchSite{base: base}
	s.serve(dir)
	srv := httptest.NewServer(s)
	old := siteURL
	siteURL = srv.URL
	t.Cleanup(func() { siteURL = old; srv.Close() })
	return s
}

// goOffline cuts the server and turns the tab's network off.
func goOffline(s *switchSite) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		s.offline.Store(true)
		return network.EmulateNetworkConditions(true, 0, -1, -1).Do(ctx)
	})
}

// waitWorker waits until a service worker controls the page, that is,
// until it has precached the site and claimed the page.
func waitWorker() chromedp.Action {
	return waitFor(`navigator.serviceWorker.controller !== null`, 60*time.Second)
}

// waitThroughReload is waitFor for a condition that holds only after the
// page reloads, which interrupts a poll.
func waitThroughReload(cond string, timeout time.Duration) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		deadline := time.Now().Add(timeout)
		for {
			err := waitFor(cond, time.Until(deadline)).Do(ctx)
			if err == nil || time.Now().After(deadline) || ctx.Err() != nil {
				return err
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
}

// clickReload clicks the update prompt's "Reload" and waits until the
// click has taken (the button says it is reloading, or the page has
// reloaded already), so that a failure after it is the update's, not a
// click that missed. It marks the page (window.__beforeReload) so that
// waitThroughReload's condition can tell the reloaded page.
func clickReload() chromedp.Action {
	return chromedp.Tasks{
		chromedp.Evaluate(`window.__beforeReload = true`, nil),
		chromedp.Click(`[data-update] button`, chromedp.ByQuery),
		chromedp.ActionFunc(func(ctx context.Context) error {
			err := waitThroughReload(`window.__beforeReload === undefined || document.querySelector("[data-update] button[disabled]") !== null`, 10*time.Second).Do(ctx)
			if err != nil {
				return fmt.Errorf("the click on Reload did not take: %w", err)
			}
			return nil
		}),
	}
}

// waitOfflineReady waits until the page says the whole site works
// offline: the service worker has kept, in the background, what install
// left to load on demand (OfflineStatus).
func waitOfflineReady() chromedp.Action {
	return waitFor(`document.querySelector("[data-offline=ready]") !== null`, 90*time.Second)
}

// budgets are the service worker's: article pages precached, data
// precached, data kept in the background.
type budgets struct{ pages, data, offline int }

// buildWithBudgets builds corpus with the service worker's budgets set to
// b (restored after), reusing the seed site's wasm, and returns the site's
// folder.
func buildWithBudgets(t *testing.T, corpus string, b budgets) string {
	t.Helper()
	builtSite(t)
	out := filepath.Join(t.TempDir(), "site")
	old := budgets{articlePagesBudget, dataBudget, offlineBudget}
	articlePagesBudget, dataBudget, offlineBudget = b.pages, b.data, b.offline
	_, err := buildSite(options{corpus: corpus, out: out, base: e2eBase, wasm: filepath.Join(siteDir, "site", "web", "app.wasm")})
	articlePagesBudget, dataBudget, offlineBudget = old.pages, old.data, old.offline
	if err != nil {
		t.Fatalf("build %s: %v", corpus, err)
	}
	return out
}

// recordCSP makes every page of the tab keep its Content Security Policy
// violations in window.__csp.
func recordCSP() chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := cdppage.AddScriptToEvaluateOnNewDocument(`window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));`).Do(ctx)
		return err
	})
}

// cspViolations reads the violations the current page recorded.
func cspViolations(b *browser, t *testing.T) []string {
	t.Helper()
	var v []string
	b.run(t, chromedp.Evaluate(`window.__csp || []`, &v))
	return v
}

// awaitPromise makes chromedp.Evaluate wait for a promise's value.
func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

// workerVersion reads the version a built site's service worker carries.
func workerVersion(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const cacheName = "lecteur-([0-9a-f]+)"`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("no cache name in %s/app-worker.js", dir)
	}
	return string(m[1])
}

// dataVersion reads the data version of a built site: the name of the
// one folder under web/data.
func dataVersion(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(dir, "web", "data"))
	if err != nil || len(entries) != 1 || !entries[0].IsDir() {
		t.Fatalf("%s/web/data holds %v (%v), want one folder", dir, entries, err)
	}
	return entries[0].Name()
}

// precacheList reads the resources a built site's service worker caches
// on install.
func precacheList(t *testing.T, dir string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const resourcesToCache = (\[[^\]]*\])`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("no resource list in %s/app-worker.js", dir)
	}
	var list []string
	if err := json.Unmarshal(m[1], &list); err != nil {
		t.Fatal(err)
	}
	return list
}

// readTree returns every file under dir by slash path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// changedFiles lists the files that differ between two built sites.
func changedFiles(a, b map[string][]byte) []string {
	var diff []string
	for n, x := range a {
		if y, ok := b[n]; !ok || !bytes.Equal(x, y) {
			diff = append(diff, n)
		}
	}
	for n := range b {
		if _, ok := a[n]; !ok {
			diff = append(diff, n)
		}
	}
	sort.Strings(diff)
	return diff
}

// copyCorpus copies the seed corpus to dir, replacing old with new in
// the article file name.
func copyCorpus(t *testing.T, dir, name, old, new string) {
	t.Helper()
	entries, err := os.ReadDir("../testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join("../testdata/corpus", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == name {
			if !bytes.Contains(b, []byte(old)) {
				t.Fatalf("%s does not contain %q", name, old)
			}
			b = bytes.ReplaceAll(b, []byte(old), []byte(new))
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOfflineAfterOneVisit(t *testing.T) {
	builtSite(t)
	seed := filepath.Join(siteDir, "site")

	// The same corpus with article pages left to be cached on demand, as
	// for a corpus too large to precache them; and with its data too, as
	// for 3,000 articles: the worker keeps it in the background.
	onDemand := buildWithBudgets(t, "../testdata/corpus", budgets{pages: 0, data: dataBudget, offline: offlineBudget})
	dataOnDemand := buildWithBudgets(t, "../testdata/corpus", budgets{pages: 0, data: 0, offline: offlineBudget})

	tests := []struct {
		name      string
		dir       string
		precached []string // article pages cached on install
		opened    string   // an article the reader opens online first, or ""
	}{
		{
			name:      "every page precached",
			dir:       seed,
			precached: []string{"000_0e8d66ae8489baff", "001_2973584841e0011d", "002_fab8e3d9eb0b6293", "003_dd828f76c7486ed3"},
		},
		{
			name:   "article pages on demand",
			dir:    onDemand,
			opened: "001_2973584841e0011d",
		},
		{
			name:   "data kept in the background",
			dir:    dataOnDemand,
			opened: "001_2973584841e0011d",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var articles []string
			for _, u := range precacheList(t, tt.dir) {
				if id, ok := strings.CutPrefix(u, e2eBase+"articles/"); ok {
					articles = append(articles, id)
				}
			}
			if fmt.Sprint(articles) != fmt.Sprint(tt.precached) && !(len(articles) == 0 && len(tt.precached) == 0) {
				t.Errorf("article pages precached = %v, want %v", articles, tt.precached)
			}

			srv := serveSwitchable(t, tt.dir)
			b := newBrowser(t, true)
			b.run(t,
				recordCSP(),
				chromedp.Navigate(page("/")),
				waitApp(),
				waitWorker(),
				waitOfflineReady(),
			)
			if tt.opened != "" {
				b.run(t,
					chromedp.Navigate(page("articles/"+tt.opened)),
					waitApp(),
					chromedp.WaitVisible(`article.reading h1`),
				)
			}
			b.run(t, goOffline(srv))

			check := func(path, wait string, got any, expr string) {
				t.Helper()
				b.run(t,
					chromedp.Navigate(page(path)),
					waitApp(),
					waitFor(wait, 20*time.Second),
					chromedp.Evaluate(expr, got),
				)
				if v := cspViolations(b, t); len(v) > 0 {
					t.Errorf("%s: CSP violations %q", path, v)
				}
			}
			// Articles never opened, and the one opened.
			ids := []string{"002_fab8e3d9eb0b6293", "003_dd828f76c7486ed3"}
			if tt.opened != "" {
				ids = append(ids, tt.opened)
			}
			for _, id := range ids {
				var h1 string
				check("articles/"+id, `document.querySelector("article.reading h1") !== null`, &h1, `document.querySelector("article.reading h1").textContent`)
				if h1 != seedTitles[id] {
					t.Errorf("offline articles/%s: h1 %q, want %q", id, h1, seedTitles[id])
				}
			}
			var results []string
			check("search?q=mnuchin", `document.querySelectorAll("[data-result]").length > 0`, &results,
				`[...document.querySelectorAll("[data-result]")].map(e => e.dataset.articleId)`)
			if len(results) == 0 || results[0] != "000_0e8d66ae8489baff" {
				t.Errorf("offline search mnuchin = %v, want 000_0e8d66ae8489baff first", results)
			}
			var panes []string
			check("compare?left=000_0e8d66ae8489baff&right=003_dd828f76c7486ed3",
				`document.querySelectorAll("[data-pane] .pane-title").length === 2`, &panes,
				`[...document.querySelectorAll("[data-pane] .pane-title")].map(e => e.textContent)`)
			if want := []string{seedTitles["000_0e8d66ae8489baff"], seedTitles["003_dd828f76c7486ed3"]}; fmt.Sprint(panes) != fmt.Sprint(want) {
				t.Errorf("offline compare panes = %q, want %q", panes, want)
			}
			var name string
			check("entities", `document.querySelector("[data-entity-row='per-jean-yves-le-drian']") !== null`, &name,
				`document.querySelector("[data-entity-row='per-jean-yves-le-drian'] .ent").textContent`)
			if name != "Jean-Yves Le Drian" {
				t.Errorf("offline entities: Le Drian's row reads %q", name)
			}

			// Offline, only article pages that were never cached may be
			// asked of the network (and the 404 page answers for them).
			for _, p := range srv.missedPaths() {
				if p == e2eBase+"app-worker.js" {
					// The browser's own check for a new worker on
					// navigation: it bypasses the worker, and fails
					// harmlessly offline.
					continue
				}
				id, ok := strings.CutPrefix(p, e2eBase+"articles/")
				if !ok || tt.precached != nil || id == tt.opened {
					t.Errorf("offline, the site asked the network for %s", p)
				}
			}
		})
	}
}

func TestUpdatePromptAfterRebuild(t *testing.T) {
	builtSite(t)
	seed := filepath.Join(siteDir, "site")
	tmp := t.TempDir()

	// An unchanged rebuild writes the very same bytes.
	same := filepath.Join(tmp, "same")
	if _, err := buildSite(options{corpus: "../testdata/corpus", out: same, base: e2eBase}); err != nil {
		t.Fatalf("rebuild: %v", err)
	}
	seedFiles := readTree(t, seed)
	if diff := changedFiles(seedFiles, readTree(t, same)); len(diff) > 0 {
		t.Errorf("an unchanged rebuild changed %q", diff)
	}

	changed, id, oldTitle, newTitle := retitledSite(t, tmp)
	oldVersion, newVersion := workerVersion(t, seed), workerVersion(t, changed)
	if oldVersion == newVersion {
		t.Fatalf("a changed corpus kept version %s", oldVersion)
	}
	diff := changedFiles(seedFiles, readTree(t, changed))
	for _, want := range []string{"app-worker.js", "app.js", "articles/" + id + ".html", "index.html", "web/data/" + dataVersion(t, changed) + "/catalog.json.gz"} {
		if !contains(diff, want) {
			t.Errorf("changed files %q lack %s", diff, want)
		}
	}
	for _, same := range []string{"web/app.wasm", "wasm_exec.js", "articles/000_0e8d66ae8489baff.html"} {
		if contains(diff, same) {
			t.Errorf("changing one article changed %s", same)
		}
	}

	srv := serveSwitchable(t, seed)
	b := newBrowser(t, true)
	var prompt bool
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		waitWorker(),
		chromedp.Evaluate(`document.querySelector("[data-update]") !== null`, &prompt),
	)
	if prompt {
		t.Errorf("update prompt shown before any update")
	}

	// The new version is published; the reader comes back.
	srv.serve(changed)
	var h1 string
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		waitFor(`document.querySelector("[data-update] button") !== null`, 30*time.Second),
		// Until the reader reloads, the page stays on its version, data
		// included.
		chromedp.Click(fmt.Sprintf(`[data-article-id=%q] a`, id), chromedp.ByQuery),
		waitFor(`document.querySelector("article.reading h1") !== null`, 10*time.Second),
		chromedp.Text(`article.reading h1`, &h1),
	)
	if h1 != oldTitle {
		t.Errorf("before reloading, the article reads %q, want the old %q", h1, oldTitle)
	}

	var caches []string
	b.run(t,
		clickReload(),
		// Until the view has its data it shows the prerendered copy,
		// which the app replaces: read the title after that.
		waitThroughReload(`window.__beforeReload === undefined && `+appReady+` && document.querySelector("article.reading h1") !== null`, 30*time.Second),
		chromedp.Evaluate(`document.querySelector("article.reading h1").textContent`, &h1),
		chromedp.Evaluate(`document.querySelector("[data-update]") !== null`, &prompt),
		chromedp.Evaluate(`caches.keys()`, &caches, awaitPromise),
	)
	if h1 != newTitle {
		t.Errorf("after reloading, the article reads %q, want the new %q", h1, newTitle)
	}
	if prompt {
		t.Errorf("update prompt still shown after reloading")
	}
	if want := []string{"lecteur-" + newVersion}; fmt.Sprint(caches) != fmt.Sprint(want) {
		t.Errorf("caches after the update = %q, want %q", caches, want)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// retitledSite builds, in tmp, the seed corpus with one article retitled:
// a new version of the site. It returns the site's folder, the article's
// id and its old and new titles.
func retitledSite(t *testing.T, tmp string) (dir, id, oldTitle, newTitle string) {
	t.Helper()
	id = "002_fab8e3d9eb0b6293"
	oldTitle, newTitle = seedTitles[id], "La France propose un format inédit de discussion à l'ONU"
	corpusDir := filepath.Join(tmp, "corpus")
	if err := os.Mkdir(corpusDir, 0o755); err != nil {
		t.Fatal(err)
	}
	copyCorpus(t, corpusDir, id+".txt", oldTitle, newTitle)
	dir = filepath.Join(tmp, "changed")
	if _, err := buildSite(options{corpus: corpusDir, out: dir, base: e2eBase, wasm: filepath.Join(siteDir, "site", "web/app.wasm")}); err != nil {
		t.Fatalf("build changed corpus: %v", err)
	}
	return dir, id, oldTitle, newTitle
}

// TestUpdateReloadDuringOfflineDownload clicks "Reload" while the old
// version's worker is still downloading for offline use. The browser
// activates the new worker only once the old one has no event in flight,
// and the download is one: the page must stop it, or the reload waits for
// it (under load, long enough to fail TestUpdatePromptAfterRebuild). Here
// the download never ends by itself: the server holds the "Add articles"
// reader, which the background download fetches, until the test ends.
func TestUpdateReloadDuringOfflineDownload(t *testing.T) {
	builtSite(t)
	seed := filepath.Join(siteDir, "site")
	changed, id, _, newTitle := retitledSite(t, t.TempDir())

	srv := serveSwitchable(t, seed)
	held := &holdPath{part: "/web/ingest.wasm", release: make(chan struct{})}
	t.Cleanup(held.free)
	srv.serveHandler(held.wrap(pages.Handler(seed, e2eBase)))
	b := newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		waitWorker(),
	)
	held.waitAsked(t)

	srv.serveHandler(held.wrap(pages.Handler(changed, e2eBase)))
	var h1 string
	b.run(t,
		chromedp.Navigate(page("articles/"+id)),
		waitApp(),
		waitFor(`document.querySelector("[data-update] button") !== null`, 30*time.Second),
		clickReload(),
		// Until the view has its data it shows the prerendered copy,
		// which the app replaces: read the title after that.
		waitThroughReload(`window.__beforeReload === undefined && `+appReady+` && document.querySelector("article.reading h1") !== null`, 30*time.Second),
		chromedp.Evaluate(`document.querySelector("article.reading h1").textContent`, &h1),
	)
	if h1 != newTitle {
		t.Errorf("after reloading, the article reads %q, want the new %q", h1, newTitle)
	}
}

// TestUpdateReloadAfterWorkersStopped clicks "Reload" when the browser
// has stopped the site's service workers, as it does with a worker idle
// for 30 s: a reader who reads a while before accepting the update.
func TestUpdateReloadAfterWorkersStopped(t *testing.T) {
	builtSite(t)
	seed := filepath.Join(siteDir, "site")
	changed, id, _, newTitle := retitledSite(t, t.TempDir())
	srv := serveSwitchable(t, seed)
	b := newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		waitWorker(),
	)
	srv.serve(changed)
	var h1 string
	start := time.Now()
	b.run(t,
		chromedp.Navigate(page("articles/"+id)),
		waitApp(),
		waitFor(`document.querySelector("[data-update] button") !== null`, 30*time.Second),
		serviceworker.Enable(),
		serviceworker.StopAllWorkers(),
		clickReload(),
		waitThroughReload(`window.__beforeReload === undefined && `+appReady+` && document.querySelector("article.reading h1") !== null`, 30*time.Second),
		chromedp.Evaluate(`document.querySelector("article.reading h1").textContent`, &h1),
	)
	t.Logf("reloaded in %v", time.Since(start))
	if h1 != newTitle {
		t.Errorf("after reloading, the article reads %q, want the new %q", h1, newTitle)
	}
}

// holdPath wraps a handler so that requests for paths holding part wait
// until release is closed (or the client gives up).
type holdPath struct {
	part    string
	release chan struct{}
	once    sync.Once
	asked   atomic.Int32
}

func (h *holdPath) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, h.part) {
			h.asked.Add(1)
			select {
			case <-h.release:
			case <-r.Context().Done():
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (h *holdPath) free() { h.once.Do(func() { close(h.release) }) }

// waitAsked waits until a held request has come.
func (h *holdPath) waitAsked(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for h.asked.Load() == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("nothing asked for %s", h.part)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestColdStartShowsNoNotFound opens pages cold and watches the document
// from its first parse: the app's first render must be the page's own
// view, never the not-found page. Until the Shell took its view from the
// URL in OnInit, every cold start showed "Page introuvable" for a frame,
// and a cold search lost the early search's rows for that frame.
func TestColdStartShowsNoNotFound(t *testing.T) {
	builtSite(t)
	const watch = `window.__notFoundShown = false;
new MutationObserver(() => {
  if (document.querySelector("[data-notfound]")) { window.__notFoundShown = true; }
}).observe(document, {subtree: true, childList: true});`
	for _, p := range []string{"", "articles/000_0e8d66ae8489baff", "entities", "search?q=onu"} {
		b := newBrowser(t, true)
		var shown bool
		b.run(t,
			chromedp.ActionFunc(func(ctx context.Context) error {
				_, err := cdppage.AddScriptToEvaluateOnNewDocument(watch).Do(ctx)
				return err
			}),
			chromedp.Navigate(page(p)),
			waitApp(),
			chromedp.Evaluate(`window.__notFoundShown`, &shown),
		)
		if shown {
			t.Errorf("%s: the not-found page was shown while the app started", page(p))
		}
	}
}

// TestColdDeepLinkKeepsPrerenderedView opens an article cold while its
// text is held by the server: once the app has started and replaced the
// prerendered page, the reading view waits for its data and must go on
// showing the prerendered article (marked aria-busy), never a loading
// line in its place, then the article it loaded.
func TestColdDeepLinkKeepsPrerenderedView(t *testing.T) {
	builtSite(t)
	seed := filepath.Join(siteDir, "site")
	srv := serveSwitchable(t, seed)
	held := &holdPath{part: "/text-", release: make(chan struct{})}
	t.Cleanup(held.free)
	srv.serveHandler(held.wrap(pages.Handler(seed, e2eBase)))
	id := "000_0e8d66ae8489baff"
	b := newBrowser(t, true)
	// Whether main ever showed a loading line, from the first parse on.
	const watch = `window.__loadingShown = false;
new MutationObserver(() => {
  if (document.querySelector("main .status")) { window.__loadingShown = true; }
}).observe(document, {subtree: true, childList: true});`
	var busyView, loadingShown bool
	var h1 string
	b.run(t,
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := cdppage.AddScriptToEvaluateOnNewDocument(watch).Do(ctx)
			return err
		}),
		chromedp.Navigate(page("articles/"+id)),
		// The app runs (waitApp would wait for the text) and the view
		// waits for the held text.
		waitFor(`document.getElementById("app-wasm-loader") === null`, 60*time.Second),
		waitFor(`document.querySelector('main > [aria-busy="true"]') !== null || window.__loadingShown`, 30*time.Second),
		chromedp.Evaluate(`document.querySelector('main > article.reading[aria-busy="true"] h1') !== null`, &busyView),
		chromedp.ActionFunc(func(context.Context) error { held.free(); return nil }),
		waitFor(`document.querySelector('main > article.reading:not([aria-busy]) h1') !== null`, 30*time.Second),
		chromedp.Text(`main > article.reading h1`, &h1),
		chromedp.Evaluate(`window.__loadingShown`, &loadingShown),
	)
	if !busyView {
		t.Errorf("while its text loaded, the reading view did not show the prerendered article")
	}
	if loadingShown {
		t.Errorf("a loading line replaced the prerendered article")
	}
	if h1 != seedTitles[id] {
		t.Errorf("h1 = %q, want %q", h1, seedTitles[id])
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestManifestAndIcons(t *testing.T) {
	builtSite(t)
	status, body := httpGet(t, page("manifest.webmanifest"))
	if status != http.StatusOK {
		t.Fatalf("GET manifest.webmanifest = %d", status)
	}
	var m struct {
		Name, ShortName, Description, StartURL, Scope, Display, BackgroundColor, ThemeColor string
		Icons                                                                               []struct{ Src, Type, Sizes, Purpose string }
	}
	// The manifest's keys are snake_case.
	body = strings.NewReplacer(`"short_name"`, `"ShortName"`, `"start_url"`, `"StartURL"`, `"background_color"`, `"BackgroundColor"`, `"theme_color"`, `"ThemeColor"`).Replace(body)
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	fields := []struct{ name, got, want string }{
		{"short_name", m.ShortName, "Lecteur"},
		{"start_url", m.StartURL, e2eBase},
		{"scope", m.Scope, e2eBase},
		{"display", m.Display, "standalone"},
		{"background_color", m.BackgroundColor, "#fbfaf7"},
		{"theme_color", m.ThemeColor, "#1f4e5f"},
	}
	for _, f := range fields {
		if f.got != f.want {
			t.Errorf("manifest %s = %q, want %q", f.name, f.got, f.want)
		}
	}
	if !strings.HasPrefix(m.Name, "Lecteur") || m.Description == "" {
		t.Errorf("manifest name %q, description %q", m.Name, m.Description)
	}

	sizes := map[string]bool{}
	for _, ic := range m.Icons {
		res, err := http.Get(siteURL + ic.Src)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		buf.ReadFrom(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != ic.Type {
			t.Errorf("GET %s = %d %s, want 200 %s", ic.Src, res.StatusCode, res.Header.Get("Content-Type"), ic.Type)
			continue
		}
		switch ic.Type {
		case "image/png":
			cfg, err := png.DecodeConfig(&buf)
			if err != nil {
				t.Errorf("%s: %v", ic.Src, err)
				continue
			}
			if got := fmt.Sprintf("%dx%d", cfg.Width, cfg.Height); got != ic.Sizes {
				t.Errorf("%s is %s, manifest says %s", ic.Src, got, ic.Sizes)
			}
			sizes[ic.Sizes+" "+ic.Purpose] = true
		case "image/svg+xml":
			if !bytes.Contains(buf.Bytes(), []byte("<svg")) {
				t.Errorf("%s is no SVG", ic.Src)
			}
		}
	}
	for _, want := range []string{"192x192 ", "512x512 ", "512x512 maskable"} {
		if !sizes[want] {
			t.Errorf("manifest lacks a %q PNG icon", want)
		}
	}

	// Chromium agrees that the site is installable.
	b := newBrowser(t, true)
	var errs []*cdppage.InstallabilityError
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		waitWorker(),
		chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			errs, err = cdppage.GetInstallabilityErrors().Do(ctx)
			return err
		}),
	)
	for _, e := range errs {
		t.Errorf("installability error: %s %v", e.ErrorID, e.ErrorArguments)
	}
}

// The policy every page carries, written out by hand.
const wantCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:; base-uri 'self'; form-action 'self'; object-src 'none'"

func TestContentSecurityPolicy(t *testing.T) {
	builtSite(t)
	meta := `<meta content="` + wantCSP + `" http-equiv=Content-Security-Policy>`
	for name, b := range readTree(t, filepath.Join(siteDir, "site")) {
		if strings.HasSuffix(name, ".html") && !bytes.Contains(b, []byte(meta)) {
			t.Errorf("%s lacks the CSP meta tag", name)
		}
	}

	// Under the policy the app runs, and an inline script does not.
	b := newBrowser(t, true)
	var inline bool
	var violations []string
	b.run(t,
		recordCSP(),
		chromedp.Navigate(page("search?q=cyber")),
		waitApp(),
		chromedp.WaitVisible(`[data-result]`),
	)
	if v := cspViolations(b, t); len(v) > 0 {
		t.Errorf("CSP violations while the app runs: %q", v)
	}
	b.run(t,
		chromedp.Evaluate(`const s = document.createElement("script"); s.textContent = "window.__inline = true"; document.head.append(s); 0`, nil),
		waitFor(`window.__csp.length > 0`, 5*time.Second),
		chromedp.Evaluate(`window.__inline === true`, &inline),
		chromedp.Evaluate(`window.__csp`, &violations),
	)
	if inline {
		t.Errorf("an inline script ran despite the policy")
	}
	if len(violations) != 1 || !strings.HasPrefix(violations[0], "script-src") {
		t.Errorf("violations = %q, want one script-src", violations)
	}
}

// TestPagesWorkflowFollowsReadme keeps the GitHub Pages workflow and the
// README's instructions the same commands.
func TestPagesWorkflowFollowsReadme(t *testing.T) {
	workflow, err := os.ReadFile("../.github/workflows/pages.yml")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "## Publish on GitHub Pages")
	if !ok {
		t.Fatal("README has no \"Publish on GitHub Pages\" section")
	}
	for _, want := range []string{
		"make build CORPUS=articles OUT=_site BASE=/<repo>/",
		"`articles/`",
		"configure-pages", "upload-pages-artifact", "deploy-pages",
	} {
		if !strings.Contains(section, want) {
			t.Errorf("README's publishing section lacks %q", want)
		}
	}
	for _, want := range []string{
		"CORPUS=articles",
		`BASE="/${GITHUB_REPOSITORY#*/}/"`,
		`make build CORPUS="$CORPUS" OUT=_site BASE="$BASE"`,
		"uses: actions/configure-pages@",
		"uses: actions/upload-pages-artifact@",
		"path: _site",
		"uses: actions/deploy-pages@",
		"pages: write",
		"id-token: write",
	} {
		if !strings.Contains(string(workflow), want) {
			t.Errorf("pages.yml lacks %q", want)
		}
	}
}

// TestOldTabAcrossRebuild keeps a tab open on a site whose data loads on
// demand (as for 3,000 articles) while a new build is published, then
// searches in it. The tab's index (precached) is the old build's; the
// shards and texts it then asks for must be the old build's too, or the
// page must say the site changed: it once read the new build's files
// under the same names, showed their text or "a file from another
// build", or froze.
func TestOldTabAcrossRebuild(t *testing.T) {
	builtSite(t)
	onDemand := budgets{pages: 0, data: 0, offline: 0}
	old := buildWithBudgets(t, "../testdata/corpus", onDemand)
	corpusDir := filepath.Join(t.TempDir(), "corpus")
	if err := os.Mkdir(corpusDir, 0o755); err != nil {
		t.Fatal(err)
	}
	copyCorpus(t, corpusDir, "000_0e8d66ae8489baff.txt", "le secrétaire américain au Trésor, Steven Mnuchin.", "le secrétaire américain au Trésor, Steven Mnuchin, dans une version nouvelle.")
	updated := buildWithBudgets(t, corpusDir, onDemand)

	srv := serveSwitchable(t, old)
	b := newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		waitWorker(),
		waitFor(`document.querySelector("[data-offline]:not([data-offline=unknown]):not([data-offline=caching])") !== null`, 60*time.Second),
	)
	srv.serve(updated)
	var alert, body string
	var alive bool
	b.run(t,
		// In place: the page and its app stay the old build's.
		chromedp.SendKeys(`#q`, "mnuchin", chromedp.ByQuery),
		waitFor(`document.querySelector("[role=alert]") !== null || [...document.querySelectorAll("[data-result] .passage")].some(p => p.textContent.includes("Mnuchin"))`, 30*time.Second),
		chromedp.Evaluate(`(document.querySelector("[role=alert]") || {}).textContent || ""`, &alert),
		chromedp.Evaluate(`document.querySelector("main").textContent`, &body),
		chromedp.Evaluate(`true`, &alive),
	)
	if strings.Contains(body, "version nouvelle") {
		t.Errorf("the old tab shows the new build's text: %q", body)
	}
	// Either the old build's data (from its cache) or a plain request to
	// reload; never the new build's files under the old names.
	if alert != "" && !(strings.Contains(alert, "rechargez") && strings.Contains(alert, "404")) {
		t.Errorf("the old tab says %q, want a request to reload naming the missing file", alert)
	}
	if !alive {
		t.Errorf("the old tab does not answer")
	}
	for _, p := range srv.missedPaths() {
		t.Errorf("asked %s offline", p) // never offline here
	}
}

// TestOfflineOverBudgetSaysSo builds a site whose data is over the
// offline budget: the page says what works offline, and what the reader
// opened and searched online still works.
func TestOfflineOverBudgetSaysSo(t *testing.T) {
	dir := buildWithBudgets(t, "../testdata/corpus", budgets{pages: 0, data: 0, offline: 0})
	srv := serveSwitchable(t, dir)
	b := newBrowser(t, true)
	var status string
	b.run(t,
		chromedp.Navigate(page("search?q=mnuchin")),
		waitApp(),
		waitWorker(),
		waitFor(`document.querySelectorAll("[data-result]").length > 0`, 30*time.Second),
		waitFor(`document.querySelector("[data-offline=partial]") !== null`, 60*time.Second),
		chromedp.Text(`[data-offline]`, &status),
		chromedp.Navigate(page("articles/000_0e8d66ae8489baff")),
		waitApp(),
		chromedp.WaitVisible(`article.reading h1`),
	)
	if !strings.Contains(status, "seuls les articles ouverts et les recherches faites") {
		t.Errorf("the page says %q, want what works offline", status)
	}
	var results []string
	var h1 string
	b.run(t, goOffline(srv),
		chromedp.Navigate(page("search?q=mnuchin")),
		waitApp(),
		waitFor(`document.querySelectorAll("[data-result]").length > 0`, 30*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-result]")].map(e => e.dataset.articleId)`, &results),
		chromedp.Navigate(page("articles/000_0e8d66ae8489baff")),
		waitApp(),
		chromedp.WaitVisible(`article.reading h1`),
		chromedp.Text(`article.reading h1`, &h1),
	)
	if len(results) == 0 || results[0] != "000_0e8d66ae8489baff" || h1 != seedTitles["000_0e8d66ae8489baff"] {
		t.Errorf("offline, a search made online gives %v and the article opened reads %q", results, h1)
	}
}
