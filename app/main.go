// Command app is Lecteur's browser side, compiled to WebAssembly. It only
// registers the routes and starts go-app; the pages are in package ui and
// the data they read is written by build/.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui"
)

func main() {
	ui.Routes()
	ui.Preload()
	app.RunWhenOnBrowser()
}
