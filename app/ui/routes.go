package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Routes registers the app's pages. Every path goes to the Shell, which
// picks the view (home, search, article, compare, entities, not found), so
// the browser and the build agree on what each path shows.
func Routes() {
	app.RouteWithRegexp("^/.*", &Shell{})
}
