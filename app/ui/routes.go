package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Routes registers the app's pages. Every path goes to the Shell, which
// picks the view (home, search, article, compare, entities, not found), so
// the browser and the build agree on what each path shows. env is what
// the Shell passes down: main makes it in the browser (BrowserEnv).
func Routes(env Env) { RoutesFunc(func() Env { return env }) }

// RoutesFunc is Routes with the Env read as each page is made. go-app has
// one router per process and keeps the first route registered for a path,
// so a process that prerenders several sites (the build's tests do)
// registers once and changes what env returns.
func RoutesFunc(env func() Env) {
	app.RouteWithRegexpFunc("^/.*", func() app.Composer { return &Shell{Env: env()} })
}
