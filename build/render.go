package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/corpus"
	"lecteur/app/pool"
	"lecteur/app/site"
	"lecteur/app/ui"
	"lecteur/app/ui/data"
	"lecteur/app/ui/i18n"
	"lecteur/app/ui/link"
)

// csp allows only the site's own files, plus compiling its wasm. GitHub
// Pages cannot send headers, so it goes in a meta tag, in every one of
// the site's pages (100,000 at 100,000 articles): it names only what
// default-src does not cover already (style, connect, manifest and worker
// sources fall back to it, or to script-src, both 'self'), 78 bytes a
// page fewer for the same policy.
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:; base-uri 'self'; form-action 'self'; object-src 'none'"

// goappFiles are the files go-app's handler generates next to the pages.
var goappFiles = []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/manifest.webmanifest", "/app.css"}

// pageRoutes lists every page of the site, as the paths the router sees:
// the fixed pages, one per article and one per story (stories, the ids
// of the catalog's stories), with homePages pages of the home list among
// them (the home page, then /page/2…) and entityPages of the entities list
// (/entities, /entities-page/2…).
func pageRoutes(arts []corpus.Article, stories []string, homePages, entityPages int) []string {
	routes := []string{"/", "/search", "/compare", "/entities", "/local", "/404"}
	for n := 2; n <= homePages; n++ {
		routes = append(routes, "/page/"+strconv.Itoa(n))
	}
	for n := 2; n <= entityPages; n++ {
		routes = append(routes, "/entities-page/"+strconv.Itoa(n))
	}
	for _, a := range arts {
		routes = append(routes, "/articles/"+a.ID)
	}
	for _, id := range stories {
		routes = append(routes, "/stories/"+id)
	}
	return routes
}

// pageFile is the file a route is written to, named so that GitHub Pages
// (and build/pages) serves it for the route's URL.
func pageFile(route string) string {
	if route == "/" {
		return "/index.html"
	}
	return route + ".html"
}

// articlePagesBudget is the most bytes of article pages the service worker
// precaches. Below it (about 200 articles) every article page is cached
// on install; above it article pages are cached as the reader opens them,
// and offline an article never opened is rendered by the app from the
// data files (precached within dataBudget) inside the cached 404 page.
var articlePagesBudget = 2 << 20

// dataBudget is the most bytes of text chunks and index shards the service
// worker caches on install. A larger corpus gets its app, pages, article
// list, catalog and index vocabulary up front, and the chunks and shards
// as the reader opens and searches (the worker keeps what it fetched):
// precaching 60 MB for 10,000 articles would compete with the first
// search for bandwidth, which is what loading in parts avoids.
var dataBudget = 16 << 20

// offlineBudget is the most bytes of text chunks and index shards the
// service worker keeps for offline use beyond dataBudget: once a page has
// loaded, it asks the worker to fetch them in the background (and the
// "Add articles" reader, ingest.wasm), so that every search, article and
// comparison works offline after one visit. Both budgets count the files
// as stored, gzipped (site.Gzipped): the synthetic corpus has 4.3 MB of
// them at 3,000 articles and 14.1 MB at 10,000. A larger corpus keeps
// offline only what the reader opened or searched, and the page says so
// (OfflineStatus).
var offlineBudget = 128 << 20

// ingestWasm is the ingestion worker's program (app/ingestworker), which
// only "Add articles" needs: the service worker does not precache it, but
// keeps it for offline use once a page has loaded (offlinePlan).
const ingestWasm = "/web/ingest.wasm"

// loadedOnDemand tells the data files the app fetches in parts: text
// chunks, index shards and the stories' differences, as opposed to the
// index's vocabulary.
func loadedOnDemand(name string) bool {
	if !strings.HasPrefix(name, "/web/data/") {
		return false
	}
	f := path.Base(name)
	return strings.HasPrefix(f, "text-") || strings.HasPrefix(f, "stories-") || (strings.HasPrefix(f, "index-") && f != "index-meta.bin")
}

// handler configures go-app for the site: our own icons and styles, the
// base path, a version that is a hash of the content, and a service worker
// that precaches the app, the data, the pages that are not articles and,
// within articlePagesBudget, the article pages; ingest.wasm and the story
// sketches, which only "Add articles" needs, are cached when first used
// (workerJS). files holds the size of each of the build's outputs so far
// (no pages yet while prerendering, when the list does not matter).
func handler(files map[string]int, routes []string, base, version, dataVersion string, pageSize int) *app.Handler {
	var cacheable, onDemand []string
	onDemandBytes := 0
	for name, size := range files {
		switch {
		case !strings.HasPrefix(name, "/web/") || name == "/web/app.wasm" || name == ingestWasm || name == site.DataPath(site.SketchesFile, dataVersion):
		case loadedOnDemand(name):
			onDemand = append(onDemand, name)
			onDemandBytes += size
		default:
			cacheable = append(cacheable, name)
		}
	}
	plan := offlinePlan{bytes: onDemandBytes, budget: offlineBudget, complete: true}
	switch {
	case onDemandBytes <= dataBudget:
		cacheable = append(cacheable, onDemand...)
	case onDemandBytes <= offlineBudget:
		plan.files = onDemand
	default:
		plan.complete = false
	}
	if _, ok := files[ingestWasm]; ok {
		plan.files = append(plan.files, ingestWasm)
	}
	var articles []string
	articleBytes := 0
	for _, r := range routes {
		if strings.HasPrefix(r, "/articles/") || strings.HasPrefix(r, "/stories/") {
			articles = append(articles, r)
			articleBytes += files[pageFile(r)]
			continue
		}
		if strings.HasPrefix(r, "/page/") || strings.HasPrefix(r, "/entities-page/") {
			// The further pages of the lists (a thousand at 100,000
			// articles) are cached as the reader opens them; offline, one
			// never opened is rendered by the app from the catalog, in
			// the cached 404 page, as an article is.
			continue
		}
		cacheable = append(cacheable, base+strings.TrimPrefix(r, "/"))
	}
	if articleBytes <= articlePagesBudget {
		for _, r := range articles {
			cacheable = append(cacheable, base+strings.TrimPrefix(r, "/"))
		}
	}
	sort.Strings(cacheable)
	var res app.ResourceProvider = app.LocalDir("")
	if base != "/" {
		res = app.CustomProvider("", strings.Trim(base, "/"))
	}
	return &app.Handler{
		Name:            "Lecteur",
		ShortName:       "Lecteur",
		Title:           "Lecteur",
		Description:     "Explorer un corpus d'articles : recherche tolérante, lecture côte à côte, entités. Hors ligne, dans le navigateur.",
		Lang:            "fr",
		BackgroundColor: "#fbfaf7",
		ThemeColor:      "#1f4e5f",
		// No percentage: go-app computes it from Content-Length, which a
		// host that compresses app.wasm (GitHub Pages does) leaves out or
		// gives compressed, so it read "NaN%" or went past 100 %.
		LoadingLabel: "Lecteur démarre…",
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/icon-192.png",
		},
		Styles:                []string{"/web/style.css"},
		Scripts:               []string{"/web/keystroke.js defer"}, // the search page's writer of rows (browser.Rows), run before app.wasm
		CacheableResources:    cacheable,
		Resources:             res,
		Version:               version,
		RawHeaders:            []string{`<meta http-equiv="Content-Security-Policy" content="` + csp + `">`, wasmPreload(base)},
		ServiceWorkerTemplate: workerTemplate(base, plan),
		Env:                   app.Environment{site.DataVersionEnv: dataVersion, site.PageSizeEnv: strconv.Itoa(pageSize)},
	}
}

// prerendering is the Env of the site being prerendered. go-app's router
// is one per process and keeps the first route registered for a path, so
// the build registers the Shell once (registerShell) and points it at the
// site it is building: the tests build several sites in one process, one
// after the other.
var (
	prerendering  atomic.Pointer[ui.Env]
	registerShell sync.Once
)

// renderPages prerenders every route with the app's own components, reading
// data files with load (by app/site's names), and hands each page to emit with the file it goes to
// (pageFile), from several goroutines, as it is rendered: a large site's
// pages are never all held at once. Pages do not depend on the version,
// so the version can be a hash of them too. A page that fails is named in
// the error with its route and, for an article, its file (sources, route
// to corpus path).
// sizes holds the size of each of the site's files written so far.
func renderPages(load func(name string) ([]byte, error), sizes map[string]int, routes []string, sources map[string]string, base string, pageSize int, progress func(done, total int), emit func(file string, page []byte) error) error {
	// The pages read the files just written, in French, with no article
	// of the reader's own: prerendered pages never change with a browser.
	// The store keeps only the keepDecoded text chunks (and the other
	// files loaded in parts) loaded last: pages are rendered in the order
	// of the articles, which is the order of the chunks.
	var (
		store  *data.Store
		mu     sync.Mutex
		recent []string
	)
	loadRecent := func(name string) ([]byte, error) {
		if loadedOnDemand(name) {
			mu.Lock()
			recent = append(recent, name)
			var drop []string
			if n := len(recent) - keepDecoded; n > 0 {
				drop = recent[:n:n]
				recent = append([]string(nil), recent[n:]...)
			}
			mu.Unlock()
			for _, d := range drop {
				store.Drop(d)
			}
		}
		return load(name)
	}
	store = data.New(data.Sources{
		Load:   loadRecent,
		DB:     data.NewMemoryDB(),
		Reader: data.InProcessReader{},
	})
	prerendering.Store(&ui.Env{
		Lang:     i18n.French,
		Base:     link.NewBase(base),
		PageSize: pageSize,
		Data:     store,
	})
	registerShell.Do(func() { ui.RoutesFunc(func() ui.Env { return *prerendering.Load() }) })
	h := handler(sizes, routes, base, "prerender", "", pageSize)

	failed := make([]error, len(routes))
	pool.Each(len(routes), renderWorkers(), func(i int) {
		page, err := renderPage(h, routes[i])
		if err == nil {
			err = emit(pageFile(routes[i]), page)
		}
		if src, ok := sources[routes[i]]; ok && err != nil {
			err = fmt.Errorf("article %s: %w", src, err)
		}
		failed[i] = err
	}, progress)
	var errs []error
	for i := range routes {
		if failed[i] != nil {
			errs = append(errs, failed[i])
		}
	}
	if len(errs) > 0 {
		sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
		var b strings.Builder
		fmt.Fprintf(&b, "prerender: %d of %d pages failed:", len(errs), len(routes))
		for i, err := range errs {
			if i == maxListed {
				fmt.Fprintf(&b, "\n  and %d more", len(errs)-i)
				break
			}
			fmt.Fprintf(&b, "\n  %v", err)
		}
		return errors.New(b.String())
	}
	return nil
}

// renderWorkers is how many pages are rendered at once: twice as many as
// CPUs, since each worker also writes its page, and while one waits on
// the disk (creating a file in a folder of 100,000) another renders.
// With one worker per CPU, a core sat idle for every page being written.
func renderWorkers() int {
	return 2 * runtime.GOMAXPROCS(0)
}

// sizesOf returns the size of each of files.
func sizesOf(files map[string][]byte) map[string]int {
	m := make(map[string]int, len(files))
	for n, b := range files {
		m[n] = len(b)
	}
	return m
}

// keepDecoded is how many text chunks (and index shards, story
// differences) the prerendering keeps decoded, a few MB.
const keepDecoded = 32

// listPageCounts is how many pages of pageSize the home list and the
// entities list have, from the catalog the data stage wrote.
func listPageCounts(catalog []byte, pageSize int) (home, entities int, err error) {
	var c site.Catalog
	if err := json.Unmarshal(catalog, &c); err != nil {
		return 0, 0, fmt.Errorf("read back the catalog: %w", err)
	}
	return ui.HomePages(&c, pageSize), ui.EntityPages(&c, pageSize), nil
}

// maxListed is the most failures an error lists one by one.
const maxListed = 10

// pageSources maps each article's route to its file in the corpus, to
// name it when its page fails.
func pageSources(arts []corpus.Article) map[string]string {
	m := make(map[string]string, len(arts))
	for _, a := range arts {
		m["/articles/"+a.ID] = a.Path
	}
	return m
}

// goappOutputs returns go-app's scripts and service worker for version,
// and our manifest.
func goappOutputs(files map[string]int, routes []string, base, version, dataVersion string, pageSize int) (map[string][]byte, error) {
	h := handler(files, routes, base, version, dataVersion, pageSize)
	out := map[string][]byte{}
	for _, p := range goappFiles {
		b, status := get(h, p)
		if status != http.StatusOK {
			return nil, fmt.Errorf("go-app %s: status %d", p, status)
		}
		out[p] = b
	}
	out["/manifest.webmanifest"] = manifest(base)
	return out, nil
}

// renderPage prerenders one route and checks that it shows what it should:
// go-app answers unknown routes with a not-found page rather than an error.
func renderPage(h *app.Handler, route string) ([]byte, error) {
	b, status := get(h, route)
	if status != http.StatusOK {
		return nil, fmt.Errorf("%s: status %d", route, status)
	}
	b, outside := canonicalize(b)
	if manyOf(route) {
		b = dropFooter(dropDescription(b))
	}
	notFound := bytes.Contains(b, []byte(attrHTML("data-notfound", "yes")))
	switch {
	case route == "/404" && !notFound:
		return nil, fmt.Errorf("%s: the not-found page did not render", route)
	case route != "/404" && notFound:
		return nil, fmt.Errorf("%s: rendered as not found", route)
	case strings.HasPrefix(route, "/articles/") && !bytes.Contains(b, []byte(`<h1`)):
		return nil, fmt.Errorf("%s: no title in the reading view", route)
	case outside != "":
		// Pages must not make a request to another origin, nor name the
		// prerendering host (go-app's og:url did). Article text may.
		return nil, fmt.Errorf("%s: the page links outside the site: %s", route, outside)
	}
	return b, nil
}

// manyOf tells the routes a site has many of, one per article, story
// or page of a list (100,000 and more at 100,000 articles), as opposed to
// its few fixed pages.
func manyOf(route string) bool {
	for _, p := range []string{"/articles/", "/stories/", "/page/", "/entities-page/"} {
		if strings.HasPrefix(route, p) {
			return true
		}
	}
	return false
}

// dropDescription takes the description meta tag out of a canonical
// page. It describes the app, the same on every page: an article's own
// link preview falls back to its text, which says more, and at 100,000
// article pages its 150 bytes are 15 MB of the site. The home page and
// the other fixed pages keep it.
func dropDescription(page []byte) []byte {
	end := bytes.Index(page, []byte(" "+attrHTML("name", "description")+">"))
	if end < 0 {
		return page
	}
	start := bytes.LastIndex(page[:end], []byte("<meta "))
	if start < 0 {
		return page
	}
	end += len(" " + attrHTML("name", "description") + ">")
	return append(page[:start:start], page[end:]...)
}

// dropFooter takes the footer's line ("everything stays in your
// browser") out of a canonical page: the app renders the footer when it
// starts, and the home page and the other fixed pages keep it with
// JavaScript off; at 100,000 article pages its 105 bytes are 10 MB.
func dropFooter(page []byte) []byte {
	start := bytes.Index(page, []byte("<footer "+attrHTML("class", "bottom")+">"))
	if start < 0 {
		return page
	}
	end := bytes.Index(page[start:], []byte("</footer>"))
	if end < 0 {
		return page
	}
	end += start + len("</footer>")
	return append(page[:start:start], page[end:]...)
}

func get(h http.Handler, path string) ([]byte, int) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Body.Bytes(), rec.Code
}

// manifest is the web app manifest. go-app's own lists no maskable icon,
// which installed apps on Android need.
func manifest(base string) []byte {
	type icon struct {
		Src     string `json:"src"`
		Type    string `json:"type"`
		Sizes   string `json:"sizes"`
		Purpose string `json:"purpose,omitempty"`
	}
	m := struct {
		Name            string `json:"name"`
		ShortName       string `json:"short_name"`
		Description     string `json:"description"`
		Lang            string `json:"lang"`
		Icons           []icon `json:"icons"`
		Scope           string `json:"scope"`
		StartURL        string `json:"start_url"`
		ID              string `json:"id"`
		Display         string `json:"display"`
		BackgroundColor string `json:"background_color"`
		ThemeColor      string `json:"theme_color"`
	}{
		Name:        "Lecteur — explorateur d'articles",
		ShortName:   "Lecteur",
		Description: "Rechercher, lire et comparer un corpus d'articles, entités en évidence, hors ligne et sans serveur.",
		Lang:        "fr",
		Icons: []icon{
			{Src: base + "web/icon.svg", Type: "image/svg+xml", Sizes: "any"},
			{Src: base + "web/icon-192.png", Type: "image/png", Sizes: "192x192"},
			{Src: base + "web/icon-512.png", Type: "image/png", Sizes: "512x512"},
			{Src: base + "web/icon-maskable-512.png", Type: "image/png", Sizes: "512x512", Purpose: "maskable"},
		},
		Scope:           base,
		StartURL:        base,
		ID:              base,
		Display:         "standalone",
		BackgroundColor: "#fbfaf7",
		ThemeColor:      "#1f4e5f",
	}
	b, _ := json.MarshalIndent(m, "", "  ")
	return b
}
