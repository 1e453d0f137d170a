package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui/browser"
	"lecteur/app/ui/data"
)

// DropZone is where the reader gives the "Add articles" page their files:
// a file picker and a box to paste an article's text (dropping files
// anywhere on the page is the LocalPage's, see browser.ListenDrops). The
// files go to the page with actionFiles.
type DropZone struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env
	// Ingest is the ingestion worker's state: "loading", "ready" or
	// "failed" (tests wait on it).
	Ingest string

	pasted   string     // what the paste box holds
	pasteBox typedField // see typedField
}

// actionFiles is posted with the []data.File the reader chose or pasted.
const actionFiles = "lecteur.local.files"

func (z *DropZone) Render() app.UI {
	env := z.Env
	return app.Div().Class("dropzone").DataSet("ingest", z.Ingest).Body(
		app.P().Text(env.T("local.drop")),
		app.Label().For("local-files").Class("button").Text(env.T("local.pick")),
		app.Input().
			ID("local-files").
			Type("file").
			Class("visually-hidden").
			Multiple(true).
			Accept(".txt,.text,.md,.markdown,.html,.htm,.xhtml").
			OnChange(z.onPick),
		app.Form().Class("paste").OnSubmit(z.onPaste).Body(
			app.Label().For("local-paste").Text(env.T("local.paste")),
			app.Textarea().
				ID("local-paste").
				Rows(5).
				Text(z.pasteBox.value("local-paste", z.pasted)).
				OnInput(func(ctx app.Context, e app.Event) { z.pasted = ctx.JSSrc().Get("value").String() }),
			app.Button().Type("submit").Text(env.T("local.paste.add")),
		),
	)
}

func (z *DropZone) onPick(ctx app.Context, e app.Event) {
	files := browser.InputFiles(ctx.JSSrc())
	ctx.JSSrc().Set("value", "")
	ctx.NewActionWithValue(actionFiles, files)
}

func (z *DropZone) onPaste(ctx app.Context, e app.Event) {
	env := z.Env
	e.PreventDefault()
	// The box itself: its input handler may not have run for the last keys.
	text := z.pasted
	if box := app.Window().GetElementByID("local-paste"); box.Truthy() {
		text = box.Get("value").String()
		box.Set("value", "")
	}
	if strings.TrimSpace(text) == "" {
		return
	}
	z.pasted = ""
	ctx.NewActionWithValue(actionFiles, []data.File{{
		Name: env.T("local.paste.name") + ".txt",
		Size: int64(len(text)),
		Read: func() ([]byte, error) { return []byte(text), nil },
		Note: true,
	}})
}
