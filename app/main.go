// Command app is Lecteur's browser side, compiled to WebAssembly. It makes
// the app's Env (the reader's language, the base path, the data), starts
// fetching what the first view needs, registers the routes and starts
// go-app; the pages are in package ui and the data they read is written by
// build/.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui"
)

func main() {
	// This program runs only as app.wasm in the browser: the build
	// prerenders the pages with an Env of its own (build/render.go).
	if !app.IsClient {
		return
	}
	// The marks time the start-up (build/bench): before them, the
	// runtime and the packages' initialisers; between them, the Env and
	// the preloads; after, go-app's start and first render.
	ui.Mark("lecteur:main")
	env := ui.BrowserEnv()
	ui.Preload(env)
	ui.Routes(env)
	ui.Mark("lecteur:go-app")
	app.RunWhenOnBrowser()
}
