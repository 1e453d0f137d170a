package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Routes registers the app's pages. Every path goes to the Shell, which
// picks the view (home, search, article, compare, entities, not found), so
// the browser and the build agree on what each path shows. env is what
// the Shell passes down: main makes it in the browser (BrowserEnv), the
// build from the files it just wrote.
func Routes(env Env) {
	app.RouteWithRegexpFunc("^/.*", func() app.Composer { return &Shell{Env: env} })
}
