package main

import (
	"context"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/fetch"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"lecteur/app/search"
	"lecteur/app/site"
)

// heldWasm holds the browser's requests for some programs (app.wasm,
// search.wasm) until they are released: the early search (web/early-search.js,
// search.wasm) must show the first results of a cold search?q= without the
// app, and fetch the query's shards before search.wasm has arrived. A
// condition, not a timer: a held program cannot run before its release.
type heldWasm struct {
	mu       sync.Mutex
	held     map[string][]fetch.RequestID // by file name
	released map[string]bool
	ctx      context.Context
}

// holdAppWasm makes b's tab pause every request for app.wasm.
func holdAppWasm(t *testing.T, b *browser) *heldWasm {
	t.Helper()
	return holdPrograms(t, b, "app.wasm")
}

// holdPrograms makes b's tab pause every request for the files of web/
// named names.
func holdPrograms(t *testing.T, b *browser, names ...string) *heldWasm {
	t.Helper()
	h := &heldWasm{ctx: b.ctx, held: map[string][]fetch.RequestID{}, released: map[string]bool{}}
	chromedp.ListenTarget(b.ctx, func(ev any) {
		e, ok := ev.(*fetch.EventRequestPaused)
		if !ok {
			return
		}
		name := e.Request.URL
		if u, err := url.Parse(name); err == nil {
			name = path.Base(u.Path)
		}
		h.mu.Lock()
		defer h.mu.Unlock()
		if h.released[name] {
			go h.resume(e.RequestID)
			return
		}
		h.held[name] = append(h.held[name], e.RequestID)
	})
	var patterns []*fetch.RequestPattern
	for _, n := range names {
		patterns = append(patterns, &fetch.RequestPattern{URLPattern: "*/web/" + n + "*"})
	}
	b.run(t, fetch.Enable().WithPatterns(patterns))
	return h
}

func (h *heldWasm) resume(id fetch.RequestID) {
	chromedp.Run(h.ctx, fetch.ContinueRequest(id))
}

// release lets every held program through, now and from now on.
func (h *heldWasm) release() {
	h.mu.Lock()
	names := make([]string, 0, len(h.held))
	for n := range h.held {
		names = append(names, n)
	}
	h.mu.Unlock()
	h.releaseFile("app.wasm")
	for _, n := range names {
		h.releaseFile(n)
	}
}

// releaseFile lets the program named name through, now and from now on.
func (h *heldWasm) releaseFile(name string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.released[name] = true
	for _, id := range h.held[name] {
		go h.resume(id)
	}
	delete(h.held, name)
}

// watchResults records, from the page's start, whether the result list
// ever went empty once it had shown results (window.__lostResults): the
// handover from the early rows to the app's must never show an empty
// list. A MutationObserver's callback sees the page between tasks, when
// the browser may paint.
const watchResults = `(() => {
  let seen = false;
  window.__lostResults = false;
  new MutationObserver(() => {
    const n = document.querySelectorAll("[data-result]").length;
    if (n > 0) seen = true;
    else if (seen) window.__lostResults = true;
  }).observe(document, { subtree: true, childList: true });
})()`

// rowsOf describes the result rows as the reader gets them, without the
// passages (the app adds them once the texts load): each row's
// attributes, title link and metadata line, in rank order.
const rowsOf = `[...document.querySelectorAll("#results > [data-result]")].map((li) => {
  const c = li.cloneNode(true);
  for (const p of c.querySelectorAll(".passage")) p.textContent = "";
  for (const d of c.querySelectorAll("details")) d.removeAttribute("open");
  return c.outerHTML;
})`

// TestEarlySearchBeforeApp opens search?q= cold with app.wasm held back:
// the first results appear all the same, from search.wasm, in the
// contract's markup; once app.wasm is let through, the app takes them
// over without the list ever going empty, and its rows are the early
// ones (same articles, same order, same markup but the passages).
func TestEarlySearchBeforeApp(t *testing.T) {
	builtSite(t)
	// Accents, a typo, two words, a phrase of the seed corpus; the last
	// in an English browser (the rows' labels, dates and lengths follow
	// the interface's language).
	queries := []struct {
		q       string
		english bool
	}{{"cybersécurité", false}, {"cybersecurte", false}, {"G7 sommet", false}, {"discussions onu", true}}
	for _, tt := range queries {
		q := tt.q
		t.Run(q, func(t *testing.T) {
			b := newBrowser(t, true)
			if tt.english {
				b.run(t, emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) Chrome").WithAcceptLanguage("en-GB,en"))
			}
			held := holdAppWasm(t, b)
			b.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
				_, err := cdppage.AddScriptToEvaluateOnNewDocument(watchResults).Do(ctx)
				return err
			}))
			var early []string
			var appLoaded bool
			b.run(t,
				chromedp.Navigate(page("search?q="+url.QueryEscape(q))),
				waitFor(`document.querySelectorAll("[data-result]").length > 0`, 30*time.Second),
				chromedp.Evaluate(rowsOf, &early),
				chromedp.Evaluate(`window.lecteurEarly.stop || document.getElementById("app-wasm-loader") === null`, &appLoaded),
			)
			if appLoaded {
				t.Fatalf("search?q=%s: the app ran while app.wasm was held", q)
			}
			var box, earlyStatus string
			b.run(t, chromedp.Value("#q", &box), chromedp.Text("#search-status", &earlyStatus))
			if box != q {
				t.Errorf("search?q=%s: the box shows %q before the app, want the query", q, box)
			}
			for i, r := range early {
				for _, want := range []string{`data-result="` + strconv.Itoa(i+1) + `"`, `data-article-id="`} {
					if !strings.Contains(r, want) {
						t.Errorf("search?q=%s: early row %d lacks %s: %s", q, i+1, want, r)
					}
				}
			}
			if !strings.Contains(early[0], "<mark>") {
				t.Errorf("search?q=%s: the first early result's title has no <mark>: %s", q, early[0])
			}
			held.release()
			var got []string
			var lost bool
			var status string
			b.run(t,
				waitApp(),
				waitFor(`window.lecteurEarly.adopted === false && document.querySelectorAll("[data-result]").length > 0`, 60*time.Second),
				chromedp.Evaluate(rowsOf, &got),
				chromedp.Evaluate(`window.__lostResults`, &lost),
				chromedp.Text("#search-status", &status),
			)
			if tt.english && !strings.Contains(strings.Join(early, ""), "> Compare</label>") {
				t.Errorf("search?q=%s: the early rows are not in English: %q", q, early)
			}
			if status != earlyStatus || !strings.Contains(status, "article") {
				t.Errorf("search?q=%s: the status says %q before the app and %q after, want the same count", q, earlyStatus, status)
			}
			if lost {
				t.Errorf("search?q=%s: the result list went empty between the early rows and the app's", q)
			}
			if strings.Join(got, "\n") != strings.Join(early, "\n") {
				t.Errorf("search?q=%s: the app's rows differ from the early search's:\n app:   %q\n early: %q", q, got, early)
			}
			if errs := b.consoleErrors(); len(errs) > 0 {
				t.Errorf("search?q=%s: console errors: %q", q, errs)
			}
		})
	}
}

// TestEarlySearchKeepsTyping types into the prerendered box while
// app.wasm is held: once the app has started, the box and the URL hold
// what was typed, and the results are the typed query's.
func TestEarlySearchKeepsTyping(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	held := holdAppWasm(t, b)
	b.run(t,
		chromedp.Navigate(page("search?q=cybers%C3%A9curit%C3%A9")),
		waitFor(`document.querySelectorAll("[data-result]").length > 0`, 30*time.Second),
		chromedp.Click("#q"),
		chromedp.SendKeys("#q", " onu"),
	)
	var typed string
	b.run(t, chromedp.Evaluate(`window.lecteurEarly.typed`, &typed))
	if typed != "cybersécurité onu" {
		t.Fatalf("typed before the app = %q, want %q", typed, "cybersécurité onu")
	}
	held.release()
	const want = "cybersécurité onu"
	var box, q, first string
	b.run(t,
		waitApp(),
		// A result's link takes the list's query when pressed (resultrows.QueryLink).
		waitFor(`(() => { const a = document.querySelector("[data-result] a[href]"); if (!a) return false; a.dispatchEvent(new PointerEvent("pointerdown", {bubbles: true})); return new URL(a.href).searchParams.get("q") === "cybersécurité onu"; })()`, 60*time.Second),
		chromedp.Value("#q", &box),
		chromedp.Evaluate(`new URLSearchParams(location.search).get("q")`, &q),
		chromedp.Evaluate(`document.querySelector("[data-result]").dataset.articleId`, &first),
	)
	if box != want || q != want {
		t.Errorf("after the app started, the box holds %q and the URL %q, want %q", box, q, want)
	}
	if first == "" {
		t.Errorf("no result for %q", want)
	}
}

// TestEarlySearchFetchesShardsFirst opens search?q= cold on the generated
// site (many index shards) with search.wasm and app.wasm held: the page
// fetches the postings shard of the query's word all the same, from the
// shard keys in the page, and search.wasm, once let through, uses that
// fetch rather than asking again.
func TestEarlySearchFetchesShardsFirst(t *testing.T) {
	scaleSite(t)
	want := scaleArts[len(scaleArts)/2]
	q := rareWord(want)
	meta, err := os.ReadFile(filepath.Join(scaleOut, "web", "data", dataVersion(t, scaleOut), path.Base(site.IndexMetaFile)))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := search.DecodeMeta(meta)
	if err != nil {
		t.Fatal(err)
	}
	keys := ix.ShardKeys()
	if len(keys) < 10 {
		t.Fatalf("the generated site has %d index shards, want at least 10", len(keys))
	}
	wantShard := path.Base(site.IndexShardFile(sort.SearchStrings(keys, q+"\x00") - 1))

	const shardsFetched = `performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname.split("/").pop()).filter((n) => /^index-[0-9]+\.bin\.gz$/.test(n))`
	b := newBrowser(t, true)
	held := holdPrograms(t, b, "search.wasm", "app.wasm")
	var early []string
	b.run(t,
		chromedp.Navigate(page("search?q="+url.QueryEscape(q))),
		waitFor(shardsFetched+`.length > 0`, 30*time.Second),
		chromedp.Evaluate(shardsFetched, &early),
	)
	if !slices.Contains(early, wantShard) {
		t.Errorf("search?q=%s: before search.wasm the page fetched %q, want %s among them", q, early, wantShard)
	}
	held.releaseFile("search.wasm")
	var first string
	var fetched []string
	b.run(t,
		waitFor(`document.querySelectorAll("[data-result]").length > 0`, 30*time.Second),
		chromedp.Evaluate(`document.querySelector("[data-result]").dataset.articleId`, &first),
		chromedp.Evaluate(shardsFetched, &fetched),
	)
	if first != want.ID {
		t.Errorf("search?q=%s: the early search ranks %s first, want %s", q, first, want.ID)
	}
	seen := map[string]bool{}
	for _, f := range fetched {
		if seen[f] {
			t.Errorf("search?q=%s: %s fetched twice before the app (shards: %q)", q, f, fetched)
		}
		seen[f] = true
	}
	held.release()
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("search?q=%s: console errors: %q", q, errs)
	}
}

// TestEarlySearchEscapesTitles opens search?q= cold, app.wasm held, on a
// corpus with an article whose title holds markup characters, quotes and
// an ampersand: the early search writes its rows as markup in one go
// (resultsdom.AppendHTML), and the title must show as the text it is,
// never as elements, then be the app's row once the app takes over.
func TestEarlySearchEscapesTitles(t *testing.T) {
	wasm := seedWasm(t)
	corpusDir := t.TempDir()
	copyCorpus(t, corpusDir, "", "", "")
	const title = `Zorglub <b>&amp; "l'ONU" </b><img src=x onerror=alert(1)> & co`
	writeArticle(t, corpusDir, "zorglub.txt", title, "Zorglub revient dans le débat.")
	out := filepath.Join(t.TempDir(), "site")
	if _, err := buildSite(options{corpus: corpusDir, out: out, base: e2eBase, wasm: wasm}); err != nil {
		t.Fatalf("build: %v", err)
	}
	// The title as the build read it (the reader may clean it): it must
	// still hold the characters that matter here.
	lists, _ := filepath.Glob(filepath.Join(out, "web", "data", "*", path.Base(site.ArticlesFile)))
	if len(lists) != 1 {
		t.Fatalf("article lists in the site: %q, want one", lists)
	}
	data, err := os.ReadFile(lists[0])
	if err != nil {
		t.Fatal(err)
	}
	sums, err := site.DecodeSummaries(data)
	if err != nil {
		t.Fatal(err)
	}
	built := ""
	for _, s := range sums {
		if s.ID == "zorglub" {
			built = s.Title
		}
	}
	if !strings.ContainsAny(built, "<") || !strings.Contains(built, "&") || !strings.Contains(built, `"`) {
		t.Fatalf("the build read the title as %q, which lacks <, & or a quote", built)
	}
	serveSwitchable(t, out)
	b := newBrowser(t, true)
	held := holdAppWasm(t, b)
	var early []string
	var shown struct {
		Title    string
		Elements int
		Mark     string
	}
	b.run(t,
		chromedp.Navigate(page("search?q=zorglub")),
		waitFor(`document.querySelectorAll("[data-result]").length > 0`, 30*time.Second),
		chromedp.Evaluate(rowsOf, &early),
		chromedp.Evaluate(`(() => {
			const a = document.querySelector("#results > [data-result] h2 a");
			return {Title: a.textContent, Elements: a.querySelectorAll(":not(mark)").length, Mark: a.querySelector("mark").textContent};
		})()`, &shown),
	)
	shot(t, b, "early-escaped-title.png")
	if shown.Title != built || shown.Elements != 0 || shown.Mark != "Zorglub" {
		t.Errorf("early row's title = %q (%d elements but marks, mark %q), want %q as text, \"Zorglub\" marked", shown.Title, shown.Elements, shown.Mark, built)
	}
	held.release()
	var got []string
	b.run(t,
		waitApp(),
		waitFor(`window.lecteurEarly.adopted === false && document.querySelectorAll("[data-result]").length > 0`, 60*time.Second),
		chromedp.Evaluate(rowsOf, &got),
	)
	if strings.Join(got, "\n") != strings.Join(early, "\n") {
		t.Errorf("the app's rows differ from the early search's:\n app:   %q\n early: %q", got, early)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}
