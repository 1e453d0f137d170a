package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
	"lecteur/app/ui/browser"
	"lecteur/app/ui/data"
)

// localExports are the files the "Add articles" page makes for the reader
// to save: the entity table (CSV, JSON) and local articles' text. Each is
// made in the page and saved through the browser's download; its blob URL
// stays for a fallback link.
type localExports struct {
	urls      map[string]string // what was exported → its blob URL
	downloads browser.Downloads
}

// save makes the export what names ("csv", "json", or a local article's
// id for its text) off the UI goroutine and saves it.
func (x *localExports) save(ctx app.Context, env Env, what string) {
	ctx.Async(func() {
		c, err := env.Data.Catalog()
		if err != nil {
			return
		}
		var name, mime string
		var b []byte
		switch what {
		case "csv":
			name, mime, b = "lecteur-entites.csv", "text/csv;charset=utf-8", data.EntitiesCSV(c)
		case "json":
			name, mime, b = "lecteur-entites.json", "application/json", data.EntitiesJSON(c)
		default:
			text := env.Data.Local().Export(what)
			if text == nil {
				return
			}
			name, mime, b = data.ExportName(what), "text/plain;charset=utf-8", data.ArticleText(text)
		}
		ctx.Dispatch(func(ctx app.Context) {
			if x.urls == nil {
				x.urls = map[string]string{}
			}
			x.urls[what] = x.downloads.Save(name, mime, b)
		})
	})
}

// panel offers the exports, each with a link to the file once made (in
// case the browser did not save it); arts are the local articles.
func (x *localExports) panel(env Env, arts []site.Summary, onExport app.EventHandler) app.UI {
	link := func(what string) app.UI {
		if u := x.urls[what]; u != "" {
			return app.A().Href(u).DataSet("export-url", what).Text(env.T("local.export.again"))
		}
		return nil
	}
	return app.Section().Class("local-export").Body(
		app.H2().Text(env.T("local.export")),
		app.P().Text(env.T("local.export.desc")),
		app.P().Body(
			app.Button().Value("csv").DataSet("export", "csv").Text(env.T("local.export.csv")).OnClick(onExport),
			app.Text(" "), link("csv"), app.Text(" "),
			app.Button().Value("json").DataSet("export", "json").Text(env.T("local.export.json")).OnClick(onExport),
			app.Text(" "), link("json"),
		),
		app.Range(arts).Slice(func(i int) app.UI {
			id := arts[i].ID
			if x.urls[id] == "" {
				return nil
			}
			return app.P().Body(app.A().Href(x.urls[id]).DataSet("export-url", id).Text(data.ExportName(id)))
		}),
	)
}
