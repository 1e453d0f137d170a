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
	// app.wasm, preloaded by every page (wasmPreload), waits here for the
	// early search to end (web/early-search.js): its download, 10 MB, goes
	// after the files the first results wait for.
	wasm := attrHTML("href", base+"web/app.wasm") + " " + attrHTML("rel", "preload")
	page = bytes.Replace(page, []byte(wasm+">"), []byte(wasm+` fetchpriority="low">`), 1)
	i := bytes.Index(page, []byte("</head>"))
	if i < 0 {
		return page
	}
	page = append(page[:i:i], append([]byte(links.String()), page[i:]...)...)
	// The early search's script runs between go-app's wasm_exec.js, whose
	// Go it needs, and app.js (all deferred, so in that order once the
	// page is parsed): it asks for search.wasm's compilation before
	// app.js asks for app.wasm's, and holds the service worker's
	// registration, which app.js makes, until the first results are
	// shown (web/early-search.js).
	dataDir := base + strings.TrimPrefix(path.Dir(site.DataPath(site.IndexMetaFile, dataVersion)), "/") + "/"
	script := `<script defer src="` + base + `web/early-search.js" data-base="` + base +
		`" data-data="` + dataDir + `" data-wasm="` + base + `web/search.wasm"`
	if len(shardKeys) > 0 {
		script += ` data-shards="` + html.EscapeString(strings.Join(shardKeys, " ")) + `"`
	}
	script += `></script>`
	after := []byte(attrHTML("src", base+"wasm_exec.js") + "></script>")
	j := bytes.Index(page, after)
	if j < 0 {
		return page // no go-app loader: nothing to start early
	}
	j += len(after)
	return append(page[:j:j], append([]byte(script), page[j:]...)...)
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
