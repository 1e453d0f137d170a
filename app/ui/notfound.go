package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// NotFound is the page for any path the site does not have, with a way
// home. The build writes it as 404.html.
type NotFound struct {
	app.Compo
}

func (n *NotFound) OnPreRender(ctx app.Context) {
	ctx.Page().SetTitle(t("notfound.title") + " — " + t("brand"))
}

func (n *NotFound) OnMount(ctx app.Context) {
	ctx.Page().SetTitle(t("notfound.title") + " — " + t("brand"))
}

func (n *NotFound) Render() app.UI {
	return app.Section().Class("notfound").DataSet("notfound", "yes").Body(
		app.H1().Text(t("notfound.title")),
		app.P().Text(t("notfound.text")),
		app.P().Body(app.A().Href(Path("")).Text(t("notfound.home"))),
	)
}
