package main

// Tests of "Add articles": the reader's own files read in the browser by
// the build's own code (package ingest, in the ingestion worker), kept in IndexedDB, shown with the
// published corpus, removed, exported; and a unit test that the browser's
// path and the build's give the same articles, entities and index entries.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/ingest/message"
	"lecteur/app/search"
	"lecteur/build/gencorpus/synth"
)

// localFiles are the files the reader adds: a Windows-1252 text, an HTML
// page and a binary file named .txt.
var localFiles = []string{"testdata/local/tramway-lyon.txt", "testdata/local/sommet-nairobi.html", "testdata/local/casse.txt"}

// TestLocalIngestMatchesBuild reads the same files the build's way (a
// corpus folder, corpus.ReadDir, findEntities, the build's search docs)
// and the browser's way (what the ingestion worker answers, through
// ingest.ServeJSON: a Read of each file, then a Link of the docs read),
// and wants the same articles, entities, marks and index.
func TestLocalIngestMatchesBuild(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "local"), 0o755)
	data := map[string][]byte{}
	var names []string
	for _, src := range []string{"../testdata/corpus", "testdata/local"} {
		entries, _ := os.ReadDir(src)
		for _, e := range entries {
			b, err := os.ReadFile(filepath.Join(src, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			data[e.Name()] = b
			names = append(names, e.Name())
			os.WriteFile(filepath.Join(dir, "local", e.Name()), b, 0o644)
		}
	}
	arts, problems, err := corpus.ReadDir(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	built := findEntities(arts, ingest.Analyze, func(int, int) {})

	// The browser's path: the worker's answers, file by file in the order
	// the reader gives them.
	serve := func(req message.Request, data []byte) message.Response {
		b, err := json.Marshal(req)
		if err != nil {
			t.Fatal(err)
		}
		var resp message.Response
		if err := json.Unmarshal(ingest.ServeJSON(b, data), &resp); err != nil {
			t.Fatal(err)
		}
		return resp
	}
	sort.Strings(names)
	var docs []ingest.Doc
	var raws []json.RawMessage
	var refused []string
	for _, n := range names {
		if r := serve(message.Request{Op: message.Check, Name: "local/" + n, Size: int64(len(data[n]))}, nil); r.Error != "" {
			t.Errorf("Check(%q) = %q, want no error", n, r.Error)
		}
		r := serve(message.Request{Op: message.Read, Name: "local/" + n}, data[n])
		if r.Error != "" {
			refused = append(refused, "local/"+n+": "+r.Error)
			continue
		}
		var d ingest.Doc
		if err := json.Unmarshal(r.Doc, &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
		raws = append(raws, r.Doc)
	}
	var buildRefused []string
	for _, p := range problems {
		buildRefused = append(buildRefused, p.String())
	}
	if want := []string{"local/casse.txt: binary file, not text"}; !reflect.DeepEqual(refused, want) || !reflect.DeepEqual(buildRefused, want) {
		t.Errorf("refused: browser %q, build %q; want %q", refused, buildRefused, want)
	}
	if len(docs) != len(arts) {
		t.Fatalf("browser read %d articles, build %d", len(docs), len(arts))
	}
	for i := range arts {
		// Removed (what cleaning dropped, for the build's report) is not
		// in the worker's JSON, nor in IndexedDB; nothing shows it.
		want := arts[i]
		want.Removed = nil
		if !reflect.DeepEqual(docs[i].Article, want) {
			t.Errorf("article %s differs:\nbrowser %+v\nbuild   %+v", arts[i].ID, docs[i].Article, arts[i])
		}
	}
	linked := serve(message.Request{Op: message.Link, Docs: raws}, nil)
	if linked.Error != "" || len(linked.Articles) != len(arts) {
		t.Fatalf("Link: %q, %d articles; want %d", linked.Error, len(linked.Articles), len(arts))
	}
	if !reflect.DeepEqual(linked.Entities, built.entities) {
		t.Errorf("entities differ: browser %d, build %d", len(linked.Entities), len(built.entities))
	}
	for i := range arts {
		a := &linked.Articles[i]
		wantSum := ingest.Summary(&arts[i])
		wantText := ingest.Text(&arts[i], built.byArticle[i])
		if !reflect.DeepEqual(a.Summary, wantSum) || !reflect.DeepEqual(a.Text, wantText) {
			t.Errorf("article %s: browser summary or text (marks) differs from the build's", arts[i].ID)
		}
	}
	// The index: the build indexes ingest.SearchDoc of each article with
	// its names (data.go); the worker answers with its own index.
	buildDocs := make([]search.Doc, len(arts))
	for i := range arts {
		buildDocs[i] = ingest.SearchDoc(&arts[i], built.names[i])
	}
	if a := search.Build(buildDocs).Encode(); string(a) != string(linked.Index) {
		t.Errorf("search indexes differ: build %d bytes, browser %d", len(a), len(linked.Index))
	}
	// By hand: the Latin-1 file's accents and the HTML page's entities.
	for i, d := range docs {
		switch d.Article.ID {
		case "local/tramway-lyon":
			if !strings.Contains(d.Article.Paragraphs[0], "Grégory Doucet") {
				t.Errorf("Latin-1 article reads %q", d.Article.Paragraphs[0])
			}
		case "local/sommet-nairobi":
			found := false
			for _, m := range linked.Articles[i].Text.Marks {
				for _, mk := range m {
					found = found || mk.Entity == "per-william-ruto"
				}
			}
			if !found {
				t.Errorf("HTML article has no mark of per-william-ruto: %v", linked.Articles[i].Text.Marks)
			}
		}
	}
}

// requestsSince returns the requests made after the first n.
func (b *browser) requestsSince(n int) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.requests[n:]...)
}

func (b *browser) requestCount() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.requests)
}

// downloaded waits for the file name to appear, complete, in dir, where
// the browser saves downloads, and returns its text.
func downloaded(t *testing.T, dir, name string) string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err == nil && len(b) > 0 {
			return string(b)
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no download %s in %s", name, dir)
	return ""
}

func TestLocalArticles(t *testing.T) {
	srv := serveSwitchable(t, filepath.Join(func() string { builtSite(t); return siteDir }(), "site"))
	b := newBrowser(t, true)
	var paths []string
	for _, f := range localFiles {
		p, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	ids := func() []string {
		var out []string
		b.run(t, chromedp.Evaluate(`[...document.querySelectorAll("li[data-local-id]")].map(e => e.dataset.localId)`, &out))
		sort.Strings(out)
		return out
	}
	b.run(t,
		chromedp.Navigate(page("local")),
		waitApp(),
		waitWorker(),
		waitFor(`document.querySelector(".local .count, .local-list") !== null`, 20*time.Second),
		// The ingestion worker starts with the page (it fetches ingest.wasm).
		waitFor(`document.querySelector(".dropzone[data-ingest=ready]") !== null`, 60*time.Second),
	)

	// Add three files through the file input; no request at all meanwhile.
	before := b.requestCount()
	var problems []string
	b.run(t,
		chromedp.SetUploadFiles(`#local-files`, paths, chromedp.ByQuery),
		waitFor(`(s => s && s.dataset.busy === "no" && s.dataset.done === "3")(document.getElementById("local-status"))`, 60*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-problem]")].map(e => e.textContent)`, &problems),
	)
	if reqs := b.requestsSince(before); len(reqs) > 0 {
		t.Errorf("adding files made requests: %q", reqs)
	}
	if want := []string{"casse.txt : binary file, not text"}; !reflect.DeepEqual(problems, want) {
		t.Errorf("problems = %q, want %q", problems, want)
	}
	shot(t, b, "local-added.png")
	want := []string{"local/sommet-nairobi", "local/tramway-lyon"}
	if got := ids(); !reflect.DeepEqual(got, want) {
		t.Errorf("local list = %q, want %q", got, want)
	}

	// Home (after a reload: from IndexedDB), search, the reading view.
	var homeIDs []string
	var badge string
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		chromedp.WaitVisible(`li[data-article-id="local/tramway-lyon"]`),
		chromedp.Evaluate(`[...document.querySelectorAll("li[data-article-id]")].map(e => e.dataset.articleId)`, &homeIDs),
		chromedp.Text(`li[data-article-id="local/sommet-nairobi"] .badge-local`, &badge),
	)
	if len(homeIDs) != len(seedTitles)+2 || badge != "Local" {
		t.Errorf("home lists %q with badge %q; want the %d seeds and the 2 local articles, badge Local", homeIDs, badge, len(seedTitles))
	}
	shot(t, b, "local-home.png")
	var results []string
	b.run(t,
		chromedp.Navigate(page("search?q=tramway")),
		waitApp(),
		chromedp.WaitVisible(`[data-result][data-article-id]`),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-result]")].map(e => e.dataset.articleId)`, &results),
	)
	if len(results) == 0 || results[0] != "local/tramway-lyon" {
		t.Errorf("search tramway = %q, want local/tramway-lyon first", results)
	}
	var marks []string
	b.run(t,
		chromedp.Navigate(page("articles/local/sommet-nairobi")),
		waitApp(),
		chromedp.WaitVisible(`article.reading mark[data-entity]`),
		chromedp.Evaluate(`[...document.querySelectorAll("article.reading mark[data-entity]")].map(m => m.dataset.entity + ":" + m.dataset.entityId + ":" + m.textContent)`, &marks),
	)
	for _, m := range []string{"PER:per-william-ruto:William Ruto", "LOC:loc-nairobi:Nairobi"} {
		if !contains(marks, m) {
			t.Errorf("reading view marks %q, want %q among them", marks, m)
		}
	}

	// Exports: the entity table (published and local), a text.
	downloads := t.TempDir()
	b.run(t,
		cdpbrowser.SetDownloadBehavior(cdpbrowser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(downloads),
		chromedp.Navigate(page("local")),
		waitApp(),
		waitFor(`document.querySelectorAll("li[data-local-id]").length === 2`, 20*time.Second),
	)
	// One download at a time: Chromium may hold back a burst of automatic
	// downloads from one page.
	b.run(t, chromedp.Click(`[data-export=csv]`, chromedp.ByQuery))
	csv := downloaded(t, downloads, "lecteur-entites.csv")
	b.run(t, chromedp.Click(`[data-export=json]`, chromedp.ByQuery))
	js := downloaded(t, downloads, "lecteur-entites.json")
	b.run(t, chromedp.Click(`li[data-local-id="local/sommet-nairobi"] [data-export=text]`, chromedp.ByQuery))
	text := downloaded(t, downloads, "sommet-nairobi.txt")
	lines := strings.Split(csv, "\n")
	if lines[0] != "id,type,name,mentions,articles,aliases,article_ids" {
		t.Errorf("CSV header = %q", lines[0])
	}
	for _, row := range []string{
		"per-william-ruto,PER,William Ruto,",     // local only
		"per-michel-sapin,PER,Michel Sapin,",     // published only
		"loc-lyon,LOC,Lyon,",                     // local
		"per-gregory-doucet,PER,Grégory Doucet,", // from the Latin-1 file
	} {
		found := false
		for _, l := range lines {
			found = found || strings.HasPrefix(l, row)
		}
		if !found {
			t.Errorf("CSV has no row starting %q", row)
		}
	}
	var ents []struct {
		ID       string   `json:"id"`
		Articles []string `json:"articles"`
	}
	if err := json.Unmarshal([]byte(js), &ents); err != nil {
		t.Fatalf("JSON export: %v", err)
	}
	if len(ents) != len(lines)-2 { // header and final newline
		t.Errorf("JSON has %d entities, CSV %d rows", len(ents), len(lines)-2)
	}
	for _, e := range ents {
		if e.ID == "per-william-ruto" && !reflect.DeepEqual(e.Articles, []string{"local/sommet-nairobi"}) {
			t.Errorf("JSON per-william-ruto articles = %q", e.Articles)
		}
	}
	if !strings.HasPrefix(text, "Sommet sur le climat à Nairobi\n\n") || !strings.Contains(text, "réforme de la Banque mondiale") || strings.Contains(text, "<") {
		t.Errorf("text export = %q", text)
	}

	// Offline, after a reload, they are still there.
	b.run(t, goOffline(srv),
		chromedp.Navigate(page("/")),
		waitApp(),
		chromedp.WaitVisible(`li[data-article-id="local/tramway-lyon"]`),
		chromedp.Navigate(page("local")),
		waitApp(),
		waitFor(`document.querySelectorAll("li[data-local-id]").length === 2`, 20*time.Second),
	)

	// Remove one; it stays removed after a reload.
	b.run(t,
		chromedp.Click(`[data-remove="local/tramway-lyon"]`, chromedp.ByQuery),
		waitFor(`document.querySelectorAll("li[data-local-id]").length === 1`, 20*time.Second),
		chromedp.Reload(),
		waitApp(),
		waitFor(`document.querySelectorAll("li[data-local-id]").length === 1`, 20*time.Second),
	)
	if got := ids(); !reflect.DeepEqual(got, []string{"local/sommet-nairobi"}) {
		t.Errorf("after removing tramway-lyon: %q", got)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// TestLocalAdd100 measures adding 100 generated articles (about 3,000
// characters each) through the file input: the time until the last one
// is linked and indexed, and how responsive the page stays meanwhile (the
// longest gap between two ticks of a 10 ms timer, and the long tasks the
// browser reports). It asserts nothing about time; run it with
// LECTEUR_LOCAL_BENCH=1 and read the log.
func TestLocalAdd100(t *testing.T) {
	if os.Getenv("LECTEUR_LOCAL_BENCH") == "" {
		t.Skip("measurement; set LECTEUR_LOCAL_BENCH=1 to run it")
	}
	builtSite(t)
	dir := t.TempDir()
	var paths []string
	for _, a := range synth.Generate(100, 7) {
		p := filepath.Join(dir, strings.ReplaceAll(a.ID, "/", "-")+".txt")
		if err := os.WriteFile(p, []byte(a.Text()), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	b := newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page("local")),
		waitApp(),
		waitFor(`document.querySelector(".local .count, .local-list") !== null`, 20*time.Second),
		waitFor(`document.querySelector(".dropzone[data-ingest=ready]") !== null`, 60*time.Second),
		chromedp.Evaluate(`window.__gaps = []; window.__long = [];
			(() => { let last = performance.now();
			  window.__timer = setInterval(() => { const now = performance.now(); window.__gaps.push(now - last); last = now; }, 10);
			  new PerformanceObserver(l => l.getEntries().forEach(e => window.__long.push(e.duration))).observe({entryTypes: ["longtask"]});
			})()`, nil),
	)
	start := time.Now()
	b.run(t,
		chromedp.SetUploadFiles(`#local-files`, paths, chromedp.ByQuery),
		waitFor(`(s => s && s.dataset.busy === "no" && s.dataset.done === "100")(document.getElementById("local-status"))`, 5*time.Minute),
	)
	elapsed := time.Since(start)
	var stats struct {
		MaxGap, P95Gap, LongMax float64
		Long                    int
		N, Articles             int
	}
	b.run(t, chromedp.Evaluate(`(() => { clearInterval(window.__timer);
		const g = window.__gaps.slice().sort((a, b) => a - b);
		return {MaxGap: g[g.length-1], P95Gap: g[Math.floor(g.length*0.95)], N: g.length,
		  Long: window.__long.length, LongMax: Math.max(0, ...window.__long),
		  Articles: document.querySelectorAll("li[data-local-id]").length}; })()`, &stats))
	t.Logf("100 articles added in %.1fs (page status: %s); timer ticks %d, gap p95 %.0f ms, max %.0f ms; %d long tasks, longest %.0f ms; %d listed",
		elapsed.Seconds(), func() string { var s string; b.run(t, chromedp.Text(`#local-status`, &s)); return s }(),
		stats.N, stats.P95Gap, stats.MaxGap, stats.Long, stats.LongMax, stats.Articles)
	if stats.Articles != 100 {
		t.Errorf("%d articles listed, want 100", stats.Articles)
	}
}

// shot saves a screenshot of the page in $LECTEUR_SHOTS, when set, to look
// at what the test saw.
func shot(t *testing.T, b *browser, name string) {
	dir := os.Getenv("LECTEUR_SHOTS")
	if dir == "" {
		return
	}
	var png []byte
	b.run(t, chromedp.CaptureScreenshot(&png))
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Error(err)
	}
}
