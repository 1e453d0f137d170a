package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// loading is shown while data arrives.
func loading() app.UI {
	return app.P().Class("status").Aria("live", "polite").Text(t("loading"))
}

// failure is the readable error state of a view.
func failure(err error) app.UI {
	return app.P().Class("status error").Attr("role", "alert").Text(fmt.Sprintf(t("error"), err))
}

// tf formats the interface string key with args.
func tf(key string, args ...any) string { return lang.Tf(key, args...) }
