package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// page wraps a view's content in the shell every page shares: the header
// with the one search box, the main landmark and the footer. query is the
// current search, shown in the box.
func page(query string, content ...app.UI) app.UI {
	return app.Div().Class("page").Body(
		app.A().Class("skip").Href("#main").Text(t("skip")),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href(Path("")).Body(
				app.Span().Class("brand-mark").Aria("hidden", "true").Text("L"),
				app.Text(t("brand")),
			),
			&SearchBox{Query: query},
			app.Nav().Class("sections").Aria("label", t("nav")).Body(
				app.A().Href(Path("")).Text(t("nav.articles")),
				app.A().Href(Path("entities")).Text(t("nav.entities")),
			),
		),
		app.Main().ID("main").Body(content...),
		app.Footer().Class("bottom").Body(
			app.P().Text(t("footer")),
		),
	)
}

// loading is shown while data arrives.
func loading() app.UI {
	return app.P().Class("status").Aria("live", "polite").Text(t("loading"))
}

// failure is the readable error state of a view.
func failure(err error) app.UI {
	return app.P().Class("status error").Attr("role", "alert").Text(fmt.Sprintf(t("error"), err))
}

// tf formats the interface string key with args.
func tf(key string, args ...any) string { return fmt.Sprintf(t(key), args...) }
