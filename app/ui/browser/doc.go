// Package browser holds the adapters to the browser's own APIs, each
// behind a small interface the data layer or a component defines: fetch
// (Fetch), IndexedDB (IndexedDB, a data.ArticleDB), the ingestion Web
// Worker (IngestWorker, a data.Reader), files chosen or dropped
// (InputFiles, ListenDrops), downloads made in the page (Downloads), the
// console (Log) and the document, for the result list written in place
// (Rows, a resultsdom.DOM writing through web/keystroke.js).
//
// Each has a _js.go file for the browser and, in *_other.go, a stand-in
// for plain Go (the build, tests): no network, memory for IndexedDB, the
// ingestion code run in the process. It is the one package that imports
// syscall/js; it may import data, i18n, ingest/message and go-app, and
// nothing above (TestBrowserLayers).
package browser
