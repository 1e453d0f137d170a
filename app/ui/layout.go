package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// loading is shown while data arrives.
func loading(env Env) app.UI {
	return app.P().Class("status").Aria("live", "polite").Text(env.T("loading"))
}

// failure is the readable error state of a view.
func failure(env Env, err error) app.UI {
	return app.P().Class("status error").Attr("role", "alert").Text(env.Tf("error", env.Error(err)))
}
