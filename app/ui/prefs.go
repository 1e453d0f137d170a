package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Preferences holds the reader's interface settings: language and theme.
// (Filled in by the accessibility and i18n work.)
type Preferences struct {
	app.Compo
}

func (p *Preferences) Render() app.UI {
	return app.Div().Class("prefs-slot")
}
