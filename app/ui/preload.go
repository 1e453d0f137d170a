package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui/browser"
)

// Mark records a moment of the start-up in the page's performance
// timeline (browser.Mark), for main, which imports ui alone.
func Mark(name string) { browser.Mark(name) }

// Preload starts fetching, as the app starts, the data the first view will
// ask for. go-app replaces the prerendered page with the live one as soon
// as the wasm runs; the sooner the data is there, the shorter the moment
// the reader sees a loading line instead of the text they were reading.
// main calls it before go-app starts.
func Preload(env Env) {
	if !app.IsClient {
		return
	}
	u := app.Window().URL()
	switch env.View(u) {
	case "home", "entities":
		go env.Data.Catalog()
	case "article":
		go env.Data.Text(env.ArticleID(u))
	case "search":
		// The index's meta part alone: the search page then asks for the
		// query's shards, and decodes the article list while they
		// download (Store.PrepareSearch).
		go env.Data.Index()
	case "compare":
		go env.Data.Summary("")
	}
}
