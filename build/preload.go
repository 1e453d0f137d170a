package main

import (
	"bytes"
	"fmt"
	"html"
	"path"
	"strings"

	"lecteur/app/search"
	"lecteur/app/site"
)

// Start-up: the browser learns of app.wasm only once go-app's app.js runs,
// after the page's scripts load, and of the data files only once the wasm
// has compiled and the app has started (ui.Preload). On a cold load of
// the search page at 10,000 articles those came one after the other. A
// <link rel=preload> in the page's <head> starts each download as the
// HTML arrives, so they overlap the compilation instead of following it;
// the app's own fetch then finds the file in the preload cache (as=fetch
// with crossorigin matches a same-origin fetch()).

// wasmPreload is the <head> line that fetches app.wasm with the page, on
// every page (go-app's loader then fetches the same URL).
func wasmPreload(base string) string {
	return preloadLink(base + "web/app.wasm")
}

// searchPreloads are the data files every first search waits for whole:
// the search index's meta part and the article list (ui.Preload names the
// same). The postings shards and texts depend on the query.
var searchPreloads = []string{site.IndexMetaFile, site.ArticlesFile}

// preloadSearchData adds to the search page's <head> the preloads of
// searchPreloads in the build's data folder, and the early search
// (web/early-search.js, search.wasm), which answers the query of a cold
// search?q= before app.wasm has started: its wasm is preloaded first, as
// it is the first thing the first result waits for.
//
// shardKeys are the search index's (search.Index.ShardKeys): the script
// finds with them the postings shards of the query's words and fetches
// them while search.wasm downloads and compiles, where search.wasm would
// ask for them only once it has decoded the index's meta part.
func preloadSearchData(page []byte, base, dataVersion string, shardKeys []string) []byte {
	var links strings.Builder
	links.WriteString(preloadLink(base + "web/search.wasm"))
	for _, f := range searchPreloads {
		links.WriteString(preloadLink(base + strings.TrimPrefix(site.DataPath(f, dataVersion), "/")))
	}
	// app.wasm, preloaded by every other page (wasmPreload), is not here:
	// on a cold search?q= app.js fetches it only once the early search
	// has ended (web/early-search.js), and its preload, 10 MB even at
	// fetchpriority=low, was asked for 0.6 s after navigation on a loaded
	// machine and shared the network and the cores with search.wasm and
	// the shards the first result waits for. Without a query, app.js asks
	// for it as soon as the page is parsed, a moment after the preload
	// would have on a page this small.
	// The page is canonical (canonicalHTML): its bytes are found in the
	// form it writes them (attrHTML).
	wasm := "<link " + attrHTML("as", "fetch") + " " + attrHTML("crossorigin", "anonymous") + " " +
		attrHTML("href", base+"web/app.wasm") + " " + attrHTML("rel", "preload") + ">"
	page = bytes.Replace(page, []byte(wasm), nil, 1)
	if !bytes.Contains(page, []byte(attrHTML("src", base+"wasm_exec.js")+"></script>")) {
		return page // no go-app loader: nothing to start early
	}
	// The preloads and the early search's script come first in the
	// <head>, right after its charset, and the script runs as the parser
	// meets it (not deferred): it asks for search.wasm's compilation and
	// for the query's shards then, rather than once the page is parsed,
	// the stylesheets loaded and go-app's wasm_exec.js run, which deferred
	// scripts wait for (and a script after the stylesheets waits for them
	// too: on the loaded machine it ran 0.5 s after search.wasm's preload
	// was asked for). It runs before app.js (deferred), so it holds
	// app.js's fetch of app.wasm and the service worker's registration,
	// which app.js makes, until the first results are shown
	// (web/early-search.js).
	at := []byte("<meta " + attrHTML("charset", "UTF-8") + ">")
	i := bytes.Index(page, at)
	if i < 0 {
		return page
	}
	i += len(at)
	dataDir := base + strings.TrimPrefix(path.Dir(site.DataPath(site.IndexMetaFile, dataVersion)), "/") + "/"
	script := `<script src="` + base + `web/early-search.js" data-base="` + base +
		`" data-data="` + dataDir + `" data-wasm="` + base + `web/search.wasm"`
	if len(shardKeys) > 0 {
		script += ` data-shards="` + html.EscapeString(strings.Join(shardKeys, " ")) + `"`
	}
	script += `></script>`
	links.WriteString(script)
	return append(page[:i:i], append([]byte(links.String()), page[i:]...)...)
}

func preloadLink(href string) string {
	return `<link rel="preload" href="` + href + `" as="fetch" crossorigin="anonymous">`
}

// indexShardKeys reads the search index's meta part with load and returns
// its shard keys (search.Index.ShardKeys).
func indexShardKeys(load func(name string) ([]byte, error)) ([]string, error) {
	b, err := load(site.IndexMetaFile)
	if err != nil {
		return nil, err
	}
	ix, err := search.DecodeMeta(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", site.IndexMetaFile, err)
	}
	return ix.ShardKeys(), nil
}
