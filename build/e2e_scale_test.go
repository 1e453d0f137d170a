package main

// End-to-end tests on a generated corpus of 1,000 articles (set
// LECTEUR_SCALE_N for another size, e.g. 10000 to measure): the site
// builds, pages, search, entities and compare work, and the first search
// loads only a small part of the data.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"lecteur/app/search"
	"lecteur/build/gencorpus/synth"
	"lecteur/build/pages"
)

// scaleArticles is the size of the generated corpus.
func scaleArticles() int {
	if n, err := strconv.Atoi(os.Getenv("LECTEUR_SCALE_N")); err == nil && n > 0 {
		return n
	}
	return 1000
}

var (
	scaleOnce   sync.Once
	scaleErr    error
	scaleURL    string
	scaleOut    string
	scaleArts   []synth.Article
	scaleReport *report
	// scaleBroken lists site paths the server answers with 404, to test
	// what the reader sees when a data file is missing.
	scaleBroken sync.Map
)

// scaleSite builds and serves the generated corpus once, reusing the seed
// site's app.wasm, and points the browser helpers (page, the same-origin
// check) at it for the rest of the test.
func scaleSite(t *testing.T) {
	t.Helper()
	builtSite(t)
	scaleOnce.Do(func() {
		dir, err := os.MkdirTemp("", "lecteur-scale")
		if err != nil {
			scaleErr = err
			return
		}
		corpusDir := filepath.Join(dir, "corpus")
		if scaleErr = os.MkdirAll(corpusDir, 0o755); scaleErr != nil {
			return
		}
		scaleArts = synth.Generate(scaleArticles(), 1)
		for _, a := range scaleArts {
			if scaleErr = os.WriteFile(filepath.Join(corpusDir, a.ID+".txt"), []byte(a.Text()), 0o644); scaleErr != nil {
				return
			}
		}
		scaleOut = filepath.Join(dir, "site")
		scaleReport, scaleErr = buildSite(options{
			corpus: corpusDir, out: scaleOut, base: e2eBase,
			wasm: filepath.Join(siteDir, "site", "web", "app.wasm"),
		})
		if scaleErr != nil {
			return
		}
		site := pages.Handler(scaleOut, e2eBase)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if _, broken := scaleBroken.Load(r.URL.Path); broken {
				http.NotFound(w, r)
				return
			}
			site.ServeHTTP(w, r)
		}))
		scaleURL = srv.URL
	})
	if scaleErr != nil {
		t.Fatalf("build the generated site: %v", scaleErr)
	}
	seedURL := siteURL
	siteURL = scaleURL
	t.Cleanup(func() { siteURL = seedURL })
}

// countDataFiles counts the site's data files whose names match pattern.
func countDataFiles(t *testing.T, pattern string) int {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(scaleOut, "web", "data", "*", pattern))
	if err != nil {
		t.Fatal(err)
	}
	return len(m)
}

// transfers records the bytes each request took over the network.
type transfers struct {
	mu    sync.Mutex
	urls  map[network.RequestID]string
	bytes map[string]float64
}

func listenTransfers(b *browser) *transfers {
	tr := &transfers{urls: map[network.RequestID]string{}, bytes: map[string]float64{}}
	chromedp.ListenTarget(b.ctx, func(ev any) {
		tr.mu.Lock()
		defer tr.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			tr.urls[e.RequestID] = e.Request.URL
		case *network.EventLoadingFinished:
			tr.bytes[tr.urls[e.RequestID]] += e.EncodedDataLength
		}
	})
	return tr
}

// data returns the data files fetched so far (names under
// web/data/<data version>/) and the bytes of everything fetched.
func (tr *transfers) data() (files []string, total float64) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	for u, n := range tr.bytes {
		total += n
		if strings.Contains(u, "/web/data/") {
			files = append(files, path.Base(u))
		}
	}
	sort.Strings(files)
	return files, total
}

func countMatching(names []string, pattern string) int {
	re := regexp.MustCompile(pattern)
	n := 0
	for _, s := range names {
		if re.MatchString(s) {
			n++
		}
	}
	return n
}

// rareWord is a word found in exactly one generated article (its "rare"
// name), normalised as a reader would type it.
func rareWord(a synth.Article) string {
	parts := strings.Fields(a.Rare)
	return search.Normalize(parts[len(parts)-1])
}

func TestScaleFirstSearchLoadsLittle(t *testing.T) {
	scaleSite(t)
	n := len(scaleArts)
	shards, chunks := countDataFiles(t, "index-[0-9]*.bin.gz"), countDataFiles(t, "text-*.json.gz")
	if shards < 10 || chunks < 10 {
		t.Fatalf("%d articles gave %d index shards and %d text chunks, want at least 10 of each", n, shards, chunks)
	}
	want := scaleArts[n/2]
	q := rareWord(want)
	b := newBrowser(t, true)
	tr := listenTransfers(b)
	start := time.Now()
	b.run(t,
		chromedp.Navigate(page("search?q="+q)),
		waitApp(),
	)
	started := time.Since(start)
	b.run(t, waitFor(`document.querySelectorAll("[data-result]").length > 0`, 60*time.Second))
	elapsed := time.Since(start)
	// The results show their titles first; their passages follow with
	// the text chunks.
	b.run(t, waitFor(`document.querySelector("[data-result] .passage").textContent !== ""`, 60*time.Second))
	ids, _ := searchResults(b, t)
	if len(ids) == 0 || ids[0] != want.ID {
		t.Errorf("search %q ranks %v first, want %s", q, ids, want.ID)
	}
	files, total := tr.data()
	t.Logf("%d articles: app started after %v, first search %q shown after %v, %.0f KB transferred; data files: %v", n, started.Round(time.Millisecond), q, elapsed.Round(time.Millisecond), total/1024, files)
	if got := countMatching(files, `^index-meta\.bin$`); got != 1 {
		t.Errorf("first search fetched the index meta part %d times, want 1", got)
	}
	if got := countMatching(files, `^index-[0-9]+\.bin\.gz$`); got == 0 || got > 4 {
		t.Errorf("first search fetched %d of %d index shards, want 1 to 4 (only those its words need)", got, shards)
	}
	if got := countMatching(files, `^articles\.bin$`); got != 1 {
		t.Errorf("first search fetched the article list %d times, want 1", got)
	}
	if got := countMatching(files, `^text-`); got == 0 || got > 10 {
		t.Errorf("first search fetched %d of %d text chunks, want 1 to 10 (those of the results shown)", got, chunks)
	}
	// The entity facet reads its own table, not the catalog (at 100,000
	// articles 52 MB of JSON, 98 MB of the page's memory decoded). The
	// facet's heading is there from the first result on, marked busy
	// until its table comes.
	b.run(t, waitFor(`document.querySelector("nav.facet:not([aria-busy])") !== null`, 60*time.Second))
	files, _ = tr.data()
	if got := countMatching(files, `^facets\.bin\.gz$`); got != 1 {
		t.Errorf("the search page fetched the facet table %d times, want 1", got)
	}
	if got := countMatching(files, `^catalog`); got != 0 {
		t.Errorf("the search page fetched the catalog %d times, want never", got)
	}

	// Typing a new query loads the shards it needs and shows its results.
	other := scaleArts[n/3]
	q2 := rareWord(other)
	b.run(t,
		chromedp.Evaluate(`(() => { const q = document.getElementById("q"); q.value = ""; q.dispatchEvent(new Event("input", {bubbles: true})); })()`, nil),
		chromedp.SendKeys(`#q`, q2),
		waitFor(fmt.Sprintf(`document.querySelector("[data-result]") && document.querySelector("[data-result]").dataset.articleId === %q`, other.ID), 30*time.Second),
	)
	files, _ = tr.data()
	if got := countMatching(files, `^index-[0-9]+\.bin\.gz$`); got >= shards {
		t.Errorf("two searches fetched all %d index shards, want only those they need", shards)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

func TestScalePagesWork(t *testing.T) {
	scaleSite(t)
	if scaleReport.articles != len(scaleArts) || len(scaleReport.problems) > 0 {
		t.Fatalf("build read %d articles with %d problems, want %d and none", scaleReport.articles, len(scaleReport.problems), len(scaleArts))
	}
	t.Logf("build of %d articles: %s", len(scaleArts), &scaleReport.stages)
	a, c := scaleArts[7], scaleArts[len(scaleArts)-1]
	b := newBrowser(t, true)
	var h1 string
	var marks, names []string
	b.run(t,
		chromedp.Navigate(page("articles/"+a.ID)),
		waitApp(),
		chromedp.WaitVisible(`article.reading h1`),
		chromedp.Text(`article.reading h1`, &h1),
		chromedp.Evaluate(`[...document.querySelectorAll("article.reading mark[data-entity-id]")].map(m => m.dataset.entityId)`, &marks),
		chromedp.Evaluate(`[...document.querySelectorAll("article.reading mark[data-entity-id]")].map(m => m.textContent)`, &names),
	)
	if strings.TrimSpace(h1) != a.Title {
		t.Errorf("article %s shows %q, want %q", a.ID, h1, a.Title)
	}
	if len(marks) == 0 {
		t.Fatalf("article %s marks no entity, want its people, places and organisations", a.ID)
	}

	// Compare: both panes filled in place, from the data files.
	var panes []string
	b.run(t,
		chromedp.Navigate(page("compare?left="+a.ID+"&right="+c.ID)),
		waitApp(),
		waitFor(`document.querySelectorAll("[data-pane][data-article-id]").length === 2`, 30*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-pane][data-article-id]")].map(e => e.dataset.articleId)`, &panes),
	)
	if len(panes) != 2 || panes[0] != a.ID || panes[1] != c.ID {
		t.Errorf("compare panes show %v, want [%s %s]", panes, a.ID, c.ID)
	}

	// Entities: an entity marked in article a is listed when the list is
	// filtered by its name (the list comes in pages).
	var found bool
	b.run(t,
		chromedp.Navigate(page("entities?q="+url.QueryEscape(names[0]))),
		waitApp(),
		waitFor(`document.querySelectorAll("[data-entity-row]").length > 0`, 30*time.Second),
		chromedp.Evaluate(fmt.Sprintf(`document.querySelector('[data-entity-row=%q]') !== null`, marks[0]), &found),
	)
	if !found {
		t.Errorf("entities page does not list %q, marked in article %s", marks[0], a.ID)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// TestScaleMissingDataShowsError removes data files from the server: the
// page says what failed instead of waiting forever.
func TestScaleMissingDataShowsError(t *testing.T) {
	scaleSite(t)
	breakAll := func(pattern string) {
		m, _ := filepath.Glob(filepath.Join(scaleOut, "web", "data", "*", pattern))
		for _, f := range m {
			rel, _ := filepath.Rel(scaleOut, f)
			p := e2eBase + filepath.ToSlash(rel)
			scaleBroken.Store(p, true)
			t.Cleanup(func() { scaleBroken.Delete(p) })
		}
	}
	tests := []struct {
		name, pattern, path, want string
	}{
		{"index shard", "index-[0-9]*.bin.gz", "search?q=" + rareWord(scaleArts[3]), "index-"},
		{"text chunk", "text-*.json*", "compare?left=" + scaleArts[5].ID + "&right=" + scaleArts[6].ID, "text-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			breakAll(tt.pattern)
			b := newBrowser(t, true)
			var msg string
			b.run(t,
				chromedp.Navigate(page(tt.path)),
				waitApp(),
				waitFor(`document.querySelector("[role=alert]") !== null`, 30*time.Second),
				chromedp.Text(`[role=alert]`, &msg),
			)
			if !strings.Contains(msg, tt.want) || !strings.Contains(msg, "404") {
				t.Errorf("%s missing: the page says %q, want the file (%q) and its HTTP status", tt.name, msg, tt.want)
			}
		})
	}
}

// TestScaleMoreResults: a query matching many articles shows its first
// results and a "more" button, which the search page writes itself
// (app/ui/searchslots.go): a click shows more, and a key whose query
// matches one article takes the button away in its own handler.
func TestScaleMoreResults(t *testing.T) {
	scaleSite(t)
	// The word of the corpus found in the most articles.
	in := map[string]int{}
	for _, a := range scaleArts {
		seen := map[string]bool{}
		for _, w := range strings.Fields(search.Normalize(a.Text())) {
			if len(w) >= 6 && !seen[w] {
				seen[w] = true
				in[w]++
			}
		}
	}
	common := ""
	for w, n := range in {
		if n > in[common] || (n == in[common] && w < common) {
			common = w
		}
	}
	if in[common] < 60 {
		t.Fatalf("the most common word, %q, is in %d articles: too few to need a second page", common, in[common])
	}
	b := newBrowser(t, true)
	var before, after int
	var label string
	b.run(t,
		chromedp.Navigate(page("search?q="+common)),
		waitApp(),
		waitFor(`document.querySelectorAll("[data-result]").length > 0 && document.querySelector("button.more[data-more]") !== null`, 60*time.Second),
		chromedp.Evaluate(`document.querySelectorAll("[data-result]").length`, &before),
		chromedp.Text(`button.more`, &label),
		chromedp.Click(`button.more`, chromedp.ByQuery),
		waitFor(fmt.Sprintf(`document.querySelectorAll("[data-result]").length > %d`, before), 20*time.Second),
		chromedp.Evaluate(`document.querySelectorAll("[data-result]").length`, &after),
	)
	if !regexp.MustCompile(`[0-9]`).MatchString(label) {
		t.Errorf("more button %q, want the count of results not shown", label)
	}
	t.Logf("%q (in %d articles): %d results, then %d after %q", common, in[common], before, after, label)

	// The key's own handler removes the button, but only once the rare
	// word's index shard is loaded (until then the search waits for it
	// and the page keeps the last results): search the word once, come
	// back to the common word, then type the rare word again.
	rare := scaleArts[len(scaleArts)/2]
	typeQuery := func(q string) chromedp.Action {
		return chromedp.Evaluate(`(() => {
		const q = document.getElementById("q");
		q.focus();
		q.value = `+strconv.Quote(q)+`;
		q.dispatchEvent(new Event("input", {bubbles: true}));
	})()`, nil)
	}
	b.run(t,
		typeQuery(rareWord(rare)),
		waitFor(`document.querySelectorAll("[data-result]").length > 0 && document.querySelector("button.more") === null`, 20*time.Second),
		typeQuery(common),
		waitFor(`document.querySelector("button.more[data-more]") !== null`, 20*time.Second),
	)
	var gone bool
	b.run(t, chromedp.Evaluate(`(() => {
		const q = document.getElementById("q");
		q.focus();
		q.value = `+strconv.Quote(rareWord(rare))+`;
		q.dispatchEvent(new Event("input", {bubbles: true}));
		return document.querySelector("button.more") === null;
	})()`, &gone))
	if !gone {
		t.Errorf("right after typing %q (one article), the more button is still there", rareWord(rare))
	}

	// A key writes the first results; the rest of the page comes once
	// typing pauses.
	var typed int
	b.run(t,
		chromedp.Evaluate(`(() => {
			const q = document.getElementById("q");
			q.value = `+strconv.Quote(common)+`;
			q.dispatchEvent(new Event("input", {bubbles: true}));
			return document.querySelectorAll("[data-result]").length;
		})()`, &typed),
		waitFor(fmt.Sprintf(`document.querySelectorAll("[data-result]").length === %d`, before), 20*time.Second),
	)
	if typed == 0 || typed >= before {
		t.Errorf("right after typing %q: %d results, want some, fewer than the %d shown once typing pauses", common, typed, before)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}
