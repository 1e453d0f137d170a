package ui

import (
	"sync"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui/browser"
)

// Preload starts fetching, as the app starts, the data the first view will
// ask for. go-app replaces the prerendered page with the live one as soon
// as the wasm runs; the sooner the data is there, the shorter the moment
// the reader sees a loading line instead of the text they were reading.
// main calls it before go-app starts.
//
// Once that data is in (or failed), it registers the service worker,
// which the build's app.js no longer does as the page starts
// (build/preload.go): the worker's install precaches the whole site, the
// wasm a second time included, and on a first visit those downloads ran
// alongside the wasm's compilation and the first view's own data. The
// search page registers it itself, once its first results are on screen.
func Preload(env Env) {
	if !app.IsClient {
		return
	}
	u := app.Window().URL()
	var first func()
	switch env.View(u) {
	case "home", "entities":
		first = func() { env.Data.Catalog() }
	case "article":
		first = func() { env.Data.Text(env.ArticleID(u)) }
	case "search":
		// The index's meta part: the search page then asks for the
		// query's shards, and decodes the article list while they
		// download (Store.PrepareSearch).
		first = func() { env.Data.Index() }
	case "compare":
		first = func() { env.Data.Summary("") }
	}
	go func() {
		if first != nil {
			first()
		}
		browser.Mark("lecteur:first view's data")
		if env.View(u) != "search" {
			registerServiceWorker()
		}
	}()
}

// workerRegistration registers the service worker once per page load:
// the search page asks again on every visit to it.
var workerRegistration sync.Once

// registerServiceWorker registers the site's service worker with go-app's
// own function (app.js), which also wires the update prompt.
func registerServiceWorker() {
	workerRegistration.Do(func() {
		w := app.Window()
		if w.Get("goappInitServiceWorker").Type() == app.TypeFunction {
			w.Call("goappInitServiceWorker")
		}
	})
}
