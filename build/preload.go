package main

import (
	"bytes"
	"strings"

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
// searchPreloads in the build's data folder.
func preloadSearchData(page []byte, base, dataVersion string) []byte {
	var links strings.Builder
	for _, f := range searchPreloads {
		links.WriteString(preloadLink(base + strings.TrimPrefix(site.DataPath(f, dataVersion), "/")))
	}
	i := bytes.Index(page, []byte("</head>"))
	if i < 0 {
		return page
	}
	out := make([]byte, 0, len(page)+links.Len())
	out = append(out, page[:i]...)
	out = append(out, links.String()...)
	return append(out, page[i:]...)
}

func preloadLink(href string) string {
	return `<link rel="preload" href="` + href + `" as="fetch" crossorigin="anonymous">`
}
