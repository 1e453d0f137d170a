// Package data is the browser side's data layer: the site's data files
// (the catalog, the article list, text chunks, the search index and its
// shards), each loaded and decoded once, and the reader's own articles
// (Library), read by the ingestion worker and kept in the browser, merged
// in so that a page never asks where an article came from.
//
// It owns Store and Library, each with its own methods, and the small
// interfaces it reads through (Sources: a loader, an ArticleDB, a
// Reader). The browser's implementations are in package browser; the
// non-browser ones are here (MemoryDB, InProcessReader), for the build's
// prerendering and for tests. Loading is the one place that waits for the
// network and the one place that retries: a file that failed keeps its
// error, a search names the index shards it lacks (LoadShards, Search).
//
// Its errors are i18n.Messages, shown in the reader's language by the
// view. It may import the pure packages (search, site, ingest/message;
// ingest itself only outside the browser, in InProcessReader) and i18n;
// never go-app, syscall/js, browser or the components (TestBrowserLayers).
package data
