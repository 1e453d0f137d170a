package main

import (
	"context"
	"embed"
	_ "embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"lecteur/build/gencorpus/synth"
	"lecteur/build/pages"

	"lecteur/build/chromium"
)

//go:embed harness.js
var harnessJS string

//go:embed web
var benchWeb embed.FS

func init() {
	mime.AddExtensionType(".mjs", "text/javascript; charset=utf-8")
}

// engineResult is what one engine did on one corpus.
type engineResult struct {
	Engine        string
	Error         string    `json:",omitempty"`
	ReadyMs       float64   // bench pages: library, corpus fetch and in-browser indexing
	IndexMs       float64   // bench pages: in-browser indexing alone (Pagefind: init)
	FCPMs         float64   // navigation to first contentful paint, cold cache
	FirstResultMs float64   // navigation to the first result shown, cold cache
	OfflineMs     float64   // Lecteur: navigation to the service worker controlling the page
	Downloaded    int64     // bytes transferred before the first result
	DownloadedGz  int64     // the same files gzipped, as a static host would send them
	Requests      int       // requests finished before the first result
	HeapBytes     float64   // JS heap after ten searches and a garbage collection
	WasmBytes     float64   // WebAssembly memory after ten searches
	Keys          []float64 // per-keystroke latency, ms
	KeyTimeouts   int
	Typed         int // probes typed
	Probes        int // probes pasted for accuracy
	Top1          int // of which ranked the right article first
	// KeyWait, KeyDown and KeyInput split each key of Keys (harness.js):
	// waiting for the page, the keydown, the input event until the
	// results are shown.
	KeyWait, KeyDown, KeyInput []float64 `json:",omitempty"`
	// KeyApp and KeyWrites split KeyInput on Lecteur's page, for the keys
	// that wrote rows: app.wasm's work before its writes, and the writes
	// (web/keystroke.js's apply).
	KeyApp, KeyWrites []float64 `json:",omitempty"`
	// KeyQueries is what the box held after each key of Keys, to find
	// the slow keys in the -json file.
	KeyQueries []string `json:",omitempty"`
	// Startup is Lecteur's start-up, phase by phase, of each cold load.
	Startup []startupRun `json:",omitempty"`
}

// server serves one corpus: the site at /, the bench pages at /_bench/.
type server struct {
	p   *prepared
	npm string
	url string
	srv *http.Server
}

func serve(p *prepared, npm string) (*server, error) {
	web, _ := fs.Sub(benchWeb, "web")
	mux := http.NewServeMux()
	mux.Handle("/_bench/lib/", http.StripPrefix("/_bench/lib/", http.FileServer(http.Dir(npm))))
	mux.Handle("/_bench/data/", http.StripPrefix("/_bench/data/", http.FileServer(http.Dir(p.dataDir))))
	mux.Handle("/_bench/", http.StripPrefix("/_bench/", http.FileServer(http.FS(web))))
	mux.Handle("/", pages.Handler(p.siteDir, "/"))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &server{p: p, npm: npm, url: "http://" + ln.Addr().String(), srv: &http.Server{Handler: mux}}
	go s.srv.Serve(ln)
	return s, nil
}

// file returns the file that answers URL path p, or "" (embedded pages,
// unknown paths).
func (s *server) file(p string) string {
	p = path.Clean("/" + p)
	var dir, rel string
	switch {
	case strings.HasPrefix(p, "/_bench/lib/"):
		dir, rel = s.npm, strings.TrimPrefix(p, "/_bench/lib/")
	case strings.HasPrefix(p, "/_bench/data/"):
		dir, rel = s.p.dataDir, strings.TrimPrefix(p, "/_bench/data/")
	case strings.HasPrefix(p, "/_bench/"):
		return ""
	default:
		dir, rel = s.p.siteDir, strings.TrimPrefix(p, "/")
	}
	for _, c := range []string{rel, rel + ".html", path.Join(rel, "index.html")} {
		name := filepath.Join(dir, filepath.FromSlash(c))
		if st, err := os.Stat(name); err == nil && !st.IsDir() {
			return name
		}
	}
	return ""
}

// gzipped returns the gzip size of the file behind a URL, or raw when
// the file is unknown.
func (s *server) gzipped(u string, raw int64) int64 {
	pu, err := url.Parse(u)
	if err != nil {
		return raw
	}
	name := s.file(pu.Path)
	if name == "" {
		return raw
	}
	_, gz, err := fileSizes(name)
	if err != nil {
		return raw
	}
	return gz
}

// chromiumPath finds the system Chromium.
func chromiumPath() (string, error) { return chromium.Path() }

func measure(c config, chrome string, p *prepared) (*corpusResult, error) {
	s, err := serve(p, c.npm)
	if err != nil {
		return nil, err
	}
	defer s.srv.Close()
	r := &corpusResult{Name: p.spec.name, Sizes: p.sizes}
	for _, e := range c.engines {
		logf("%s: %s", p.spec.name, e)
		res := measureEngine(chrome, c, s, e)
		if e == "lecteur" && res.Error == "" && c.cold > 1 {
			moreColdLoads(chrome, s, res, c.cold-1)
		}
		if res.Error != "" {
			logf("%s: %s: %s", p.spec.name, e, res.Error)
		}
		r.Engines = append(r.Engines, res)
	}
	return r, nil
}

// newChromium starts a headless Chromium with an empty profile, with the
// options of the end-to-end tests (build/chromium).
func newChromium(chrome string) (context.Context, func(), error) {
	profile, err := os.MkdirTemp("", "lecteur-bench-chromium")
	if err != nil {
		return nil, nil, err
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), chromium.Options(chrome, profile)...)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 15*time.Minute)
	stop := func() { cancelT(); cancelB(); cancelA(); os.RemoveAll(profile) }
	if err := chromedp.Run(ctx); err != nil {
		stop()
		return nil, nil, fmt.Errorf("start Chromium: %w", err)
	}
	return ctx, stop, nil
}

// measureEngine opens one engine in a fresh Chromium and measures it.
func measureEngine(chrome string, c config, s *server, engine string) *engineResult {
	res := &engineResult{Engine: engine}
	ctx, stop, err := newChromium(chrome)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	defer stop()
	var mu sync.Mutex
	var errs []string
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			mu.Lock()
			errs = append(errs, e.ExceptionDetails.Error())
			mu.Unlock()
		}
	})
	probes := s.p.spec.probes
	u := s.url + "/search?q=" + url.QueryEscape(probes[0].Query)
	if engine != "lecteur" {
		u = s.url + "/_bench/engine.html?engine=" + url.QueryEscape(engine) + "&q=" + url.QueryEscape(probes[0].Query)
	}
	fail := func(what string, err error) *engineResult {
		mu.Lock()
		defer mu.Unlock()
		res.Error = fmt.Sprintf("%s: %v (page errors: %q)", what, err, errs)
		return res
	}

	// Cold load.
	first, err := coldLoad(ctx, u, &res.FCPMs)
	if err != nil {
		return fail("cold load", err)
	}
	res.FirstResultMs = first.At
	for _, r := range first.Resources {
		res.Requests++
		res.Downloaded += r.Transfer
		res.DownloadedGz += s.gzipped(r.URL, r.Transfer)
	}
	if engine == "lecteur" {
		res.Startup = append(res.Startup, newStartupRun(first))
		if c.startupOnly {
			return res
		}
		// The service worker precaches the site after the first visit;
		// wait for it so that it does not compete with the typing.
		var ok bool
		err = chromedp.Run(ctx,
			poll(`navigator.serviceWorker && navigator.serviceWorker.controller !== null`, 5*time.Minute),
			chromedp.Evaluate(`performance.now()`, &res.OfflineMs),
			chromedp.Evaluate(`true`, &ok),
		)
		if err != nil {
			res.OfflineMs = -1
		}
	} else {
		var ready struct {
			IndexMs, ReadyMs float64
			Error            string
		}
		if err := chromedp.Run(ctx, poll(`window.__benchReady !== undefined`, time.Minute), chromedp.Evaluate(`window.__benchReady`, &ready)); err != nil {
			return fail("ready", err)
		}
		res.IndexMs, res.ReadyMs = ready.IndexMs, ready.ReadyMs
	}

	// Ten searches, then memory.
	for i := 1; i <= 10; i++ {
		if _, err := paste(ctx, probes[i%len(probes)].Query); err != nil {
			return fail("ten searches", err)
		}
	}
	err = chromedp.Run(ctx,
		heapprofiler.CollectGarbage(),
		chromedp.ActionFunc(func(ctx context.Context) error {
			used, _, _, _, err := runtime.GetHeapUsage().Do(ctx)
			res.HeapBytes = used
			return err
		}),
		chromedp.Evaluate(`window.__bench.mem ? window.__bench.mem.buffer.byteLength : 0`, &res.WasmBytes),
	)
	if err != nil {
		return fail("memory", err)
	}
	if engine == "lecteur" && c.memProf != "" {
		if err := writeHeapReport(ctx, filepath.Join(c.memProf, s.p.spec.name)); err != nil {
			return fail("memprofile", err)
		}
	}

	// Typing, one key at a time, waiting for the results of each key.
	if c.profile != "" {
		if err := startProfile(ctx); err != nil {
			return fail("profile", err)
		}
	}
	deadline := time.Now().Add(c.budget)
	for _, pr := range sample(probes, c.typed) {
		if time.Now().After(deadline) {
			break
		}
		cleared, err := paste(ctx, "")
		if err != nil {
			return fail("clear the box", err)
		}
		seq := cleared.Seq
		if err := chromedp.Run(ctx, chromedp.Focus(`input[type=search]`, chromedp.ByQuery)); err != nil {
			return fail("focus", err)
		}
		for _, r := range pr.Query {
			seq++
			var last *rendering
			err := chromedp.Run(ctx,
				chromedp.KeyEvent(string(r)),
				chromedp.Evaluate(fmt.Sprintf(`window.__bench.wait(%d, 10000)`, seq), &last, awaitPromise),
			)
			if err != nil {
				return fail("type", err)
			}
			if last == nil {
				if res.KeyTimeouts == 0 {
					var state string
					chromedp.Run(ctx, chromedp.Evaluate(pageState, &state))
					logf("%s: key %q of %q: no results within 10 s; %s", engine, r, pr.Query, state)
				}
				res.KeyTimeouts++
				continue
			}
			if last.Seq != seq {
				return fail("type", fmt.Errorf("key %d of %q rendered as input %d", seq, pr.Query, last.Seq))
			}
			res.Keys = append(res.Keys, last.Ms)
			res.KeyQueries = append(res.KeyQueries, last.Q)
			if last.Wait != nil {
				res.KeyWait = append(res.KeyWait, *last.Wait)
				res.KeyDown = append(res.KeyDown, *last.Down)
				res.KeyInput = append(res.KeyInput, *last.Input)
				if last.App != nil {
					res.KeyApp = append(res.KeyApp, *last.App)
					res.KeyWrites = append(res.KeyWrites, *last.Writes)
				}
			}
		}
		res.Typed++
	}
	if c.profile != "" {
		if err := stopProfile(ctx, filepath.Join(c.profile, s.p.spec.name+"-"+engine+".cpuprofile")); err != nil {
			return fail("profile", err)
		}
	}

	// Accuracy: probes pasted whole.
	deadline = time.Now().Add(c.budget)
	for _, pr := range sample(probes, c.accuracy) {
		if time.Now().After(deadline) {
			break
		}
		last, err := paste(ctx, pr.Query)
		if err != nil {
			return fail("accuracy", err)
		}
		res.Probes++
		if last.Top == pr.WantID {
			res.Top1++
		}
	}
	return res
}

// coldLoad opens u in ctx's fresh browser with the harness and waits for
// the first result; fcp receives the first contentful paint.
func coldLoad(ctx context.Context, u string, fcp *float64) (*firstLoad, error) {
	var first firstLoad
	err := chromedp.Run(ctx,
		runtime.Enable(),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(harnessJS).Do(ctx)
			return err
		}),
		chromedp.Navigate(u),
		poll(`window.__bench.first !== null`, 3*time.Minute),
		chromedp.Evaluate(`window.__bench.first`, &first),
		chromedp.Evaluate(`(performance.getEntriesByName("first-contentful-paint")[0] || {startTime: 0}).startTime`, fcp),
	)
	if err != nil {
		return &first, err
	}
	// The first result's passage, when the engine shows one (Lecteur's
	// follow its title); none within a minute leaves it NaN.
	first.PassageAt = math.NaN()
	if chromedp.Run(ctx, poll(`window.__bench.passageAt !== null`, time.Minute)) == nil {
		chromedp.Run(ctx, chromedp.Evaluate(`window.__bench.passageAt`, &first.PassageAt))
	}
	return &first, nil
}

// moreColdLoads adds to res the start-up of n more cold loads of
// Lecteur, each in a fresh browser (empty caches, no service worker).
func moreColdLoads(chrome string, s *server, res *engineResult, n int) {
	u := s.url + "/search?q=" + url.QueryEscape(s.p.spec.probes[0].Query)
	for i := 0; i < n; i++ {
		ctx, stop, err := newChromium(chrome)
		if err != nil {
			logf("cold load %d: %v", i+2, err)
			return
		}
		var fcp float64
		first, err := coldLoad(ctx, u, &fcp)
		stop()
		if err != nil {
			logf("cold load %d: %v", i+2, err)
			continue
		}
		res.Startup = append(res.Startup, newStartupRun(first))
	}
}

// pageState describes the page when a key shows no results, to explain it.
const pageState = `[
	"url=" + location.pathname + location.search,
	"box=" + JSON.stringify((document.querySelector("input[type=search]") || {}).value),
	"focus=" + (document.activeElement && document.activeElement.outerHTML.slice(0, 60)),
	"first=" + ((document.querySelector("[data-result] a[href]") || {}).href),
	"status=" + ((document.getElementById("search-status") || {}).textContent),
].join(" | ")`

// rendering is harness.js's record of one input event's results.
type rendering struct {
	Seq int
	Q   string
	Ms  float64
	Top string
	// Wait, Down and Input split Ms for a key typed (nil for a paste).
	Wait, Down, Input *float64
	// App and Writes split Input on Lecteur's page, when the key wrote
	// rows: app.wasm's work before its writes, and the writes.
	App, Writes *float64
}

// paste puts q in the search box as one input event and waits for its
// results.
func paste(ctx context.Context, q string) (*rendering, error) {
	var last *rendering
	js := fmt.Sprintf(`(async () => { const s = window.__bench.set(%s); return await window.__bench.wait(s, 60000); })()`, jsString(q))
	if err := chromedp.Run(ctx, chromedp.Evaluate(js, &last, awaitPromise)); err != nil {
		return nil, err
	}
	if last == nil {
		return nil, fmt.Errorf("no results shown for %q within a minute", q)
	}
	return last, nil
}

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams {
	return p.WithAwaitPromise(true)
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// poll waits for a JavaScript condition, checking on a timer.
func poll(cond string, timeout time.Duration) chromedp.Action {
	return chromedp.Poll(cond, nil, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(timeout))
}

// sample returns n probes spread evenly over the list, in order, the same
// ones for every engine.
func sample(probes []synth.Probe, n int) []synth.Probe {
	if n >= len(probes) {
		return probes
	}
	out := make([]synth.Probe, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, probes[i*len(probes)/n])
	}
	return out
}
