package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Routes registers every page. The browser and the build call it, so both
// agree on what each path shows. Any other path is the NotFound page.
func Routes() {
	app.Route("/", &Home{})
	app.Route("/search", &SearchPage{})
	app.Route("/compare", &ComparePage{})
	app.Route("/entities", &EntitiesPage{})
	app.RouteWithRegexp("^/articles/.+", &ArticleView{})
	app.RouteWithRegexp("^/.*", &NotFound{})
}
