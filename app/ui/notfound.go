package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// NotFound is the page for any path the site does not have, with a way
// home. The build writes it as 404.html.
type NotFound struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env
}

func (n *NotFound) OnPreRender(ctx app.Context) {
	env := n.Env
	ctx.Page().SetTitle(env.T("notfound.title") + " — " + env.T("brand"))
}

func (n *NotFound) OnMount(ctx app.Context) {
	env := n.Env
	ctx.Page().SetTitle(env.T("notfound.title") + " — " + env.T("brand"))
}

func (n *NotFound) Render() app.UI {
	env := n.Env
	return app.Section().Class("notfound").DataSet("notfound", "yes").Body(
		app.H1().Text(env.T("notfound.title")),
		app.P().Text(env.T("notfound.text")),
		app.P().Body(app.A().Href(env.Path("")).Text(env.T("notfound.home"))),
	)
}
