package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// UpdatePrompt tells the reader quietly that a new version of the site is
// ready and offers to reload. (Filled in by the offline/PWA work.)
type UpdatePrompt struct {
	app.Compo
}

func (u *UpdatePrompt) Render() app.UI {
	return app.Div().Class("update-slot")
}
