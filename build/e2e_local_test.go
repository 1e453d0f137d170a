package main

// Tests of "Add articles": the reader's own files read in the browser by
// the build's own code (package ingest, in the ingestion worker), kept in IndexedDB, shown with the
// published corpus, removed, exported; and a unit test that the browser's
// path and the build's give the same articles, entities and index entries.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
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
		waitLocalBatch(1, 3, 60*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-problem]")].map(e => e.textContent)`, &problems),
	)
	if reqs := b.requestsSince(before); len(reqs) > 0 {
		t.Errorf("adding files made requests: %q", reqs)
	}
	if want := []string{"casse.txt : fichier binaire, pas du texte"}; !reflect.DeepEqual(problems, want) {
		t.Errorf("problems = %q, want %q", problems, want)
	}
	shot(t, b, "local-added.png")
	want := []string{"~local/sommet-nairobi", "~local/tramway-lyon"}
	if got := ids(); !reflect.DeepEqual(got, want) {
		t.Errorf("local list = %q, want %q", got, want)
	}

	// Home (after a reload: from IndexedDB), search, the reading view.
	var homeIDs []string
	var badge string
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		chromedp.WaitVisible(`li[data-article-id="~local/tramway-lyon"]`),
		chromedp.Evaluate(`[...document.querySelectorAll("li[data-article-id]")].map(e => e.dataset.articleId)`, &homeIDs),
		chromedp.Text(`li[data-article-id="~local/sommet-nairobi"] .badge-local`, &badge),
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
	if len(results) == 0 || results[0] != "~local/tramway-lyon" {
		t.Errorf("search tramway = %q, want local/tramway-lyon first", results)
	}
	var marks []string
	b.run(t,
		chromedp.Navigate(page("articles/~local/sommet-nairobi")),
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
	b.run(t, chromedp.Click(`li[data-local-id="~local/sommet-nairobi"] [data-export=text]`, chromedp.ByQuery))
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
		if e.ID == "per-william-ruto" && !reflect.DeepEqual(e.Articles, []string{"~local/sommet-nairobi"}) {
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
		chromedp.WaitVisible(`li[data-article-id="~local/tramway-lyon"]`),
		chromedp.Navigate(page("local")),
		waitApp(),
		waitFor(`document.querySelectorAll("li[data-local-id]").length === 2`, 20*time.Second),
	)

	// Remove one; it stays removed after a reload.
	b.run(t,
		chromedp.Click(`[data-remove="~local/tramway-lyon"]`, chromedp.ByQuery),
		waitFor(`document.querySelectorAll("li[data-local-id]").length === 1`, 20*time.Second),
		chromedp.Reload(),
		waitApp(),
		waitFor(`document.querySelectorAll("li[data-local-id]").length === 1`, 20*time.Second),
	)
	if got := ids(); !reflect.DeepEqual(got, []string{"~local/sommet-nairobi"}) {
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
		waitLocalBatch(1, 100, 5*time.Minute),
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

// openLocalPage opens "Add articles" in tab b and waits until its reader
// (the ingestion worker) is ready.
func openLocalPage(t *testing.T, b *browser) {
	t.Helper()
	b.run(t,
		chromedp.Navigate(page("local")),
		waitApp(),
		waitFor(`document.querySelector(".local .count, .local-list") !== null`, 20*time.Second),
		waitFor(`document.querySelector(".dropzone[data-ingest=ready]") !== null`, 60*time.Second),
	)
}

// waitLocalBatch waits until the page has handled the n files of its
// batch number batch (the first is 1): right after a file is given, the
// status still shows the batch before until the page renders.
func waitLocalBatch(batch, n int, timeout time.Duration) chromedp.Action {
	return waitFor(fmt.Sprintf(`(s => s && s.dataset.busy === "no" && s.dataset.batch === "%d" && s.dataset.done === "%d")(document.getElementById("local-status"))`, batch, n), timeout)
}

// localList reads the local articles listed on "Add articles": id and
// title, sorted.
func localList(t *testing.T, b *browser) []string {
	t.Helper()
	var out []string
	b.run(t, chromedp.Evaluate(`[...document.querySelectorAll("li[data-local-id]")].map(e => e.dataset.localId + " " + e.querySelector("a").textContent)`, &out))
	sort.Strings(out)
	return out
}

// checkNoProblems fails the test if "Add articles" lists problems.
func checkNoProblems(t *testing.T, b *browser) {
	t.Helper()
	var problems []string
	b.run(t, chromedp.Evaluate(`[...document.querySelectorAll("[data-problem], [data-local-error]")].map(e => e.textContent)`, &problems))
	if len(problems) > 0 {
		t.Errorf("problems: %q", problems)
	}
}

// TestLocalTwoTabsAddAtOnce adds, from two tabs of one browser at the same
// moment, two different pasted texts (both named "texte-colle" by the
// page) and two different files named tabA.txt: each must get its own id,
// and none may replace another.
func TestLocalTwoTabsAddAtOnce(t *testing.T) {
	builtSite(t)
	a := newBrowser(t, true)
	b := a.newTab(t)
	openLocalPage(t, a)
	openLocalPage(t, b)

	// Both at once: each tab fills its box, then both submit together.
	notes := map[*browser]string{
		a: "Note de l'onglet A\n\nLe conseil municipal de Rennes a voté mardi soir le budget de la ville pour l'année prochaine, après un long débat sur les transports.\n\nL'opposition a dénoncé une hausse des impôts locaux et annoncé un recours devant le tribunal administratif.",
		b: "Note de l'onglet B\n\nLa préfecture du Rhône a annoncé de nouvelles mesures pour la circulation à Lyon pendant les travaux du tramway, qui dureront tout l'été.\n\nLes commerçants du centre-ville craignent une baisse de la fréquentation et demandent des aides.",
	}
	for tab, text := range notes {
		tab.run(t, chromedp.Evaluate(fmt.Sprintf(`document.getElementById("local-paste").value = %q`, text), nil))
	}
	together := func(do func(tab *browser) chromedp.Action) {
		var wg sync.WaitGroup
		errs := make(chan error, 2)
		for _, tab := range []*browser{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := chromedp.Run(tab.ctx, do(tab)); err != nil {
					errs <- err
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatalf("browser: %v", err)
		}
	}
	together(func(*browser) chromedp.Action {
		return chromedp.Evaluate(`document.querySelector("form.paste button[type=submit]").click()`, nil)
	})
	for _, tab := range []*browser{a, b} {
		tab.run(t, waitLocalBatch(1, 1, 60*time.Second))
		checkNoProblems(t, tab)
	}

	dir := t.TempDir()
	files := map[*browser]string{a: "testdata/local/tramway-lyon.txt", b: "../testdata/corpus/003_dd828f76c7486ed3.txt"}
	paths := map[*browser]string{}
	for tab, src := range files {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		sub := filepath.Join(dir, fmt.Sprintf("%p", tab))
		os.MkdirAll(sub, 0o755)
		paths[tab] = filepath.Join(sub, "tabA.txt")
		if err := os.WriteFile(paths[tab], data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	together(func(tab *browser) chromedp.Action {
		return chromedp.SetUploadFiles(`#local-files`, []string{paths[tab]}, chromedp.ByQuery)
	})
	for _, tab := range []*browser{a, b} {
		tab.run(t, waitLocalBatch(2, 1, 60*time.Second))
		checkNoProblems(t, tab)
	}

	// A reload of either tab lists all four, under four ids.
	want := []string{
		"~local/taba Le maire de Lyon inaugure une nouvelle ligne de tramway",
		"~local/taba-2 " + seedTitles["003_dd828f76c7486ed3"],
		"~local/texte-colle Note de l'onglet A",
		"~local/texte-colle-2 Note de l'onglet B",
	}
	for _, tab := range []*browser{a, b} {
		tab.run(t, chromedp.Reload(), waitApp(), waitFor(`document.querySelectorAll("li[data-local-id]").length >= 4`, 30*time.Second))
		got := localList(t, tab)
		// Which tab won the race decides which text gets "-2".
		norm := func(s string) string { return strings.Replace(s, "-2 ", " ", 1) }
		var gotN, wantN []string
		for i := range got {
			gotN = append(gotN, norm(got[i]))
		}
		for i := range want {
			wantN = append(wantN, norm(want[i]))
		}
		sort.Strings(gotN)
		sort.Strings(wantN)
		ids := map[string]bool{}
		for _, g := range got {
			ids[strings.Fields(g)[0]] = true
		}
		if !reflect.DeepEqual(gotN, wantN) || len(ids) != 4 {
			t.Errorf("after adding from two tabs, a tab lists %q, want four articles under four ids like %q", got, want)
		}
	}
}

// TestLocalManyNames adds a file naming 13,000 people next to an ordinary
// one. Linking them once took minutes: the reader timed out, every local
// article vanished and could not be removed, and pages showed "Chargement…"
// for a minute. Now both are added and listed, the home page shows them,
// and the big one can be removed.
func TestLocalManyNames(t *testing.T) {
	builtSite(t)
	dir := t.TempDir()
	petition := filepath.Join(dir, "petition.txt")
	if err := os.WriteFile(petition, []byte(synth.Petition(13000, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	tramway, err := filepath.Abs("testdata/local/tramway-lyon.txt")
	if err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t, true)
	openLocalPage(t, b)
	var problems []string
	b.run(t,
		chromedp.SetUploadFiles(`#local-files`, []string{tramway, petition}, chromedp.ByQuery),
		waitLocalBatch(1, 2, 80*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-problem]")].map(e => e.textContent)`, &problems),
	)
	if len(problems) > 0 {
		t.Errorf("problems: %q", problems)
	}
	want := []string{"~local/petition Une pétition de 13000 signataires", "~local/tramway-lyon Le maire de Lyon inaugure une nouvelle ligne de tramway"}
	if got := localList(t, b); !reflect.DeepEqual(got, want) {
		t.Errorf("listed %q, want %q", got, want)
	}
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		waitFor(`document.querySelector('li[data-article-id="~local/petition"]') !== null && document.querySelector('li[data-article-id="~local/tramway-lyon"]') !== null`, 30*time.Second),
		chromedp.Navigate(page("local")),
		waitApp(),
		waitFor(`document.querySelectorAll("li[data-local-id]").length === 2`, 30*time.Second),
		chromedp.Click(`[data-remove="~local/petition"]`, chromedp.ByQuery),
		waitFor(`document.querySelectorAll("li[data-local-id]").length === 1`, 30*time.Second),
	)
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// TestCorpusFolderNamedLocal builds a corpus with folders named local/ and
// Local/: their articles are published ones, with published ids, and must
// render as such, prerendered and in the app, apart from the reader's own
// articles (whose ids once started with "local/" too).
func TestCorpusFolderNamedLocal(t *testing.T) {
	builtSite(t)
	dir := t.TempDir()
	corpusDir := filepath.Join(dir, "corpus")
	copies := map[string]string{
		"local/rapport.txt": "testdata/local/tramway-lyon.txt",
		"Local/Note.html":   "testdata/local/sommet-nairobi.html",
		"seed.txt":          "../testdata/corpus/000_0e8d66ae8489baff.txt",
	}
	for dst, src := range copies {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(corpusDir, filepath.FromSlash(dst))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "site")
	if _, err := buildSite(options{corpus: corpusDir, out: out, base: e2eBase, wasm: filepath.Join(siteDir, "site", "web", "app.wasm")}); err != nil {
		t.Fatalf("build: %v", err)
	}
	titles := map[string]string{
		"local/rapport": "Le maire de Lyon inaugure une nouvelle ligne de tramway",
		"local/note":    "Sommet sur le climat à Nairobi",
	}
	for id, title := range titles {
		b, err := os.ReadFile(filepath.Join(out, "articles", filepath.FromSlash(id)+".html"))
		if err != nil {
			t.Fatal(err)
		}
		h1 := regexp.MustCompile(`(?s)<h1[^>]*>(.*?)</h1>`).FindSubmatch(b)
		if h1 == nil || regexp.MustCompile(`<[^>]*>`).ReplaceAllString(string(h1[1]), "") != title {
			t.Errorf("prerendered articles/%s: h1 %q, want the title %q", id, h1, title)
		}
	}
	serveSwitchable(t, out)
	b := newBrowser(t, true)
	for id, title := range titles {
		var h1 string
		var badges int
		b.run(t,
			chromedp.Navigate(page("articles/"+id)),
			waitApp(),
			waitFor(`document.querySelector("article.reading h1") !== null`, 30*time.Second),
			chromedp.Text(`article.reading h1`, &h1),
			chromedp.Navigate(page("/")),
			waitApp(),
			waitFor(fmt.Sprintf(`document.querySelector('li[data-article-id=%q]') !== null`, id), 30*time.Second),
			chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll('li[data-article-id=%q] .badge-local').length`, id), &badges),
		)
		if h1 != title || badges != 0 {
			t.Errorf("articles/%s shows %q with %d Local badges, want %q and none", id, h1, badges, title)
		}
	}
}

// TestLocalOfflineBeforeReaderUsed visits the site once online without
// opening "Add articles", then adds a pasted text offline: the reader
// (ingest.wasm) was kept in the background after the visit, as the page
// promises.
func TestLocalOfflineBeforeReaderUsed(t *testing.T) {
	builtSite(t)
	srv := serveSwitchable(t, filepath.Join(siteDir, "site"))
	b := newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page("/")),
		waitApp(),
		waitWorker(),
		waitOfflineReady(),
		goOffline(srv),
	)
	openLocalPage(t, b)
	note := "Note hors ligne\n\nLe conseil régional de Bretagne a adopté jeudi un plan pour les lignes ferroviaires de l'intérieur, après une longue concertation avec les communes.\n\nLes travaux commenceront au printemps."
	b.run(t,
		chromedp.Evaluate(fmt.Sprintf(`document.getElementById("local-paste").value = %q`, note), nil),
		chromedp.Evaluate(`document.querySelector("form.paste button[type=submit]").click()`, nil),
		waitLocalBatch(1, 1, 60*time.Second),
	)
	checkNoProblems(t, b)
	if got, want := localList(t, b), []string{"~local/texte-colle Note hors ligne"}; !reflect.DeepEqual(got, want) {
		t.Errorf("offline, listed %q, want %q", got, want)
	}
}

// TestLocalSlowFileRefused bounds the reader's work per file: a file that
// takes longer to read than the bound (set low here through
// localStorage, as a slower machine would meet the default one with a
// bigger file) is refused, saying so, and the reader restarts: the next
// file is added, and the articles already there stay listed and
// removable. A slow file once left the reader busy for minutes and hid
// every local article.
func TestLocalSlowFileRefused(t *testing.T) {
	builtSite(t)
	dir := t.TempDir()
	petition := filepath.Join(dir, "petition.txt")
	// 13,000 names: over a second of the reader's work on any machine.
	if err := os.WriteFile(petition, []byte(synth.Petition(13000, 2)), 0o644); err != nil {
		t.Fatal(err)
	}
	tramway, err := filepath.Abs("testdata/local/tramway-lyon.txt")
	if err != nil {
		t.Fatal(err)
	}
	nairobi, err := filepath.Abs("testdata/local/sommet-nairobi.html")
	if err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t, true)
	openLocalPage(t, b)
	b.run(t,
		chromedp.SetUploadFiles(`#local-files`, []string{tramway}, chromedp.ByQuery),
		waitLocalBatch(1, 1, 60*time.Second),
	)
	checkNoProblems(t, b)

	// The slow file, with a bound of a quarter of a second.
	var problems []string
	b.run(t,
		chromedp.Evaluate(`localStorage.setItem("lecteur-read-timeout-ms", "250")`, nil),
		chromedp.SetUploadFiles(`#local-files`, []string{petition}, chromedp.ByQuery),
		waitLocalBatch(2, 1, 60*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-problem]")].map(e => e.textContent)`, &problems),
		chromedp.Evaluate(`localStorage.removeItem("lecteur-read-timeout-ms")`, nil),
	)
	if len(problems) != 1 || !strings.Contains(problems[0], "petition.txt") || !strings.Contains(problems[0], "trop long à lire") {
		t.Errorf("problems after a slow file: %q, want one saying petition.txt took too long", problems)
	}
	if got, want := localList(t, b), []string{"~local/tramway-lyon Le maire de Lyon inaugure une nouvelle ligne de tramway"}; !reflect.DeepEqual(got, want) {
		t.Errorf("after a slow file, listed %q, want %q", got, want)
	}

	// The reader started again: the next file is read and linked.
	b.run(t,
		chromedp.SetUploadFiles(`#local-files`, []string{nairobi}, chromedp.ByQuery),
		waitLocalBatch(3, 1, 60*time.Second),
	)
	checkNoProblems(t, b)
	want := []string{
		"~local/sommet-nairobi Sommet sur le climat à Nairobi",
		"~local/tramway-lyon Le maire de Lyon inaugure une nouvelle ligne de tramway",
	}
	if got := localList(t, b); !reflect.DeepEqual(got, want) {
		t.Errorf("after the slow file, listed %q, want %q", got, want)
	}
	b.run(t,
		chromedp.Click(`[data-remove="~local/tramway-lyon"]`, chromedp.ByQuery),
		waitFor(`document.querySelectorAll("li[data-local-id]").length === 1`, 30*time.Second),
	)
}
