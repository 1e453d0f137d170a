package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
	"lecteur/app/ui/browser"
	"lecteur/app/ui/data"
	"lecteur/app/ui/i18n"
)

// LocalPage is "Add articles" (route local): the reader picks, drops or
// pastes their own articles; the app reads them with the build's own code
// (package ingest, in a Web Worker: data.Reader), keeps them in this browser and shows them with the
// published ones. Nothing is sent anywhere. It also exports the entity
// table and the local articles' text.
type LocalPage struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env       Env
	arts      []site.Summary // the local articles
	problems  []string       // "name: reason" of files not added
	added     int            // files added by the last batch
	unlinked  bool           // the batch's articles are stored but linking failed
	done      int            // files handled in the current batch
	total     int            // files in the current batch
	current   string         // name of the file being read
	elapsed   time.Duration  // time the last batch took
	queue     []data.File    // files waiting for the current batch
	pasted    string
	pasteBox  typedField
	dragging  bool
	exports   map[string]string // export file name → blob URL, for a fallback link
	downloads browser.Downloads // saves the exports
	err       error
	ready     bool
	ingest    string // "loading", "ready" or "failed": the ingestion worker
	stopDrop  func()
}

func (p *LocalPage) OnPreRender(ctx app.Context) {
	env := p.Env
	ctx.Page().SetTitle(env.T("local.title") + " — " + env.T("brand"))
}

func (p *LocalPage) OnMount(ctx app.Context) {
	env := p.Env
	p.stopDrop = browser.ListenDrops(
		func(files []data.File) { ctx.Dispatch(func(ctx app.Context) { p.enqueue(ctx, files) }) },
		func(on bool) {
			if on != p.dragging {
				ctx.Dispatch(func(ctx app.Context) { p.dragging = on })
			}
		},
	)
	p.ingest = "loading"
	ctx.Async(func() {
		err := env.Data.Local().Ready() // start the worker now, not with the first file
		ctx.Dispatch(func(ctx app.Context) {
			p.ingest = "ready"
			if err != nil {
				p.ingest = "failed"
				p.problems = append(p.problems, env.Error(err))
			}
		})
	})
	p.load(ctx)
}

func (p *LocalPage) OnNav(ctx app.Context) { p.load(ctx) }

func (p *LocalPage) OnDismount() {
	if p.stopDrop != nil {
		p.stopDrop()
	}
}

func (p *LocalPage) load(ctx app.Context) {
	env := p.Env
	ctx.Page().SetTitle(env.T("local.title") + " — " + env.T("brand"))
	ctx.Async(func() {
		_, err := env.Data.Catalog()
		arts, lerr := env.Data.Local().Articles()
		if err == nil {
			err = lerr
		}
		ctx.Dispatch(func(ctx app.Context) { p.arts, p.err, p.ready = arts, err, true })
	})
}

// enqueue adds files to the batch, starting one if none runs.
func (p *LocalPage) enqueue(ctx app.Context, files []data.File) {
	if len(files) == 0 {
		return
	}
	running := p.total > p.done || p.current != ""
	if !running {
		p.done, p.total, p.added, p.problems, p.unlinked = 0, 0, 0, nil, false
	}
	p.queue = append(p.queue, files...)
	p.total += len(files)
	if !running {
		p.run(ctx, time.Now())
	}
}

// run handles the next file of the queue in the background, then lets the
// page update and the browser breathe before the next one: one file per
// turn of the event loop, so the page stays responsive however many files
// come. Linking and indexing happen once, after the last file.
func (p *LocalPage) run(ctx app.Context, start time.Time) {
	env := p.Env
	if len(p.queue) == 0 {
		ctx.Async(func() {
			err := env.Data.Local().Commit()
			arts, _ := env.Data.Local().Articles()
			ctx.Dispatch(func(ctx app.Context) {
				p.arts, p.err = arts, err
				p.unlinked = err != nil
				if err != nil {
					p.problems = append(p.problems, env.Error(err))
				}
				p.elapsed = time.Since(start)
				p.current = ""
				if len(p.queue) > 0 { // files dropped while linking
					p.run(ctx, start)
				}
			})
		})
		return
	}
	f := p.queue[0]
	p.queue = p.queue[1:]
	p.current = f.Name
	ctx.Async(func() {
		_, err := env.Data.Local().Add(f)
		ctx.Dispatch(func(ctx app.Context) {
			p.done++
			if err != nil {
				p.problems = append(p.problems, f.Name+env.T("colon")+env.Error(err))
			} else {
				p.added++
			}
		})
		time.Sleep(4 * time.Millisecond) // let the browser paint and handle input
		ctx.Dispatch(func(ctx app.Context) { p.run(ctx, start) })
	})
}

func (p *LocalPage) onPick(ctx app.Context, e app.Event) {
	files := browser.InputFiles(ctx.JSSrc())
	ctx.JSSrc().Set("value", "")
	p.enqueue(ctx, files)
}

func (p *LocalPage) onPaste(ctx app.Context, e app.Event) {
	env := p.Env
	e.PreventDefault()
	// The box itself: its input handler may not have run for the last keys.
	text := p.pasted
	if box := app.Window().GetElementByID("local-paste"); box.Truthy() {
		text = box.Get("value").String()
		box.Set("value", "")
	}
	if strings.TrimSpace(text) == "" {
		return
	}
	p.pasted = ""
	p.enqueue(ctx, []data.File{{
		Name: env.T("local.paste.name") + ".txt",
		Size: int64(len(text)),
		Read: func() ([]byte, error) { return []byte(text), nil },
	}})
}

func (p *LocalPage) onRemove(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("value").String()
	p.removeAndReload(ctx, id)
}

func (p *LocalPage) onRemoveAll(ctx app.Context, e app.Event) {
	env := p.Env
	if !app.Window().Call("confirm", env.T("local.removeall.confirm")).Bool() {
		return
	}
	p.removeAndReload(ctx, "")
}

func (p *LocalPage) removeAndReload(ctx app.Context, id string) {
	env := p.Env
	ctx.Async(func() {
		err := env.Data.Local().Remove(id)
		arts, lerr := env.Data.Local().Articles()
		if err == nil {
			err = lerr
		}
		ctx.Dispatch(func(ctx app.Context) {
			p.arts = arts
			if err != nil {
				p.problems = append(p.problems, env.Error(err))
			}
		})
	})
}

// onExport saves one of the exports named by the button's value: "csv",
// "json", or a local article's id for its text.
func (p *LocalPage) onExport(ctx app.Context, e app.Event) {
	env := p.Env
	what := ctx.JSSrc().Get("value").String()
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
			if p.exports == nil {
				p.exports = map[string]string{}
			}
			p.exports[what] = p.downloads.Save(name, mime, b)
		})
	})
}

func (p *LocalPage) Render() app.UI {
	env := p.Env
	cls := "local"
	if p.dragging {
		cls += " dragging"
	}
	return app.Section().Class(cls).Body(
		app.H1().Text(env.T("local.title")),
		app.P().Class("local-privacy").Text(env.T("local.privacy")),
		app.If(app.IsServer, app.P().Class("noscript").Text(env.T("local.noscript"))),
		p.dropZone(),
		p.progress(),
		p.problemList(),
		p.list(),
		p.exportsPanel(),
	)
}

func (p *LocalPage) dropZone() app.UI {
	env := p.Env
	return app.Div().Class("dropzone").DataSet("ingest", p.ingest).Body(
		app.P().Text(env.T("local.drop")),
		app.Label().For("local-files").Class("button").Text(env.T("local.pick")),
		app.Input().
			ID("local-files").
			Type("file").
			Class("visually-hidden").
			Multiple(true).
			Accept(".txt,.text,.md,.markdown,.html,.htm,.xhtml").
			OnChange(p.onPick),
		app.Form().Class("paste").OnSubmit(p.onPaste).Body(
			app.Label().For("local-paste").Text(env.T("local.paste")),
			app.Textarea().
				ID("local-paste").
				Rows(5).
				Text(p.pasteBox.value("local-paste", p.pasted)).
				OnInput(func(ctx app.Context, e app.Event) { p.pasted = ctx.JSSrc().Get("value").String() }),
			app.Button().Type("submit").Text(env.T("local.paste.add")),
		),
	)
}

// progress says where the batch is, in a polite live region.
func (p *LocalPage) progress() app.UI {
	env := p.Env
	msg := ""
	switch {
	case p.total > p.done || p.current != "":
		msg = env.Tf("local.progress", p.done, p.total, p.current)
	case p.total > 0:
		msg = doneMessage(env, p.added, p.total, p.elapsed, p.unlinked)
	}
	return app.Div().Class("local-progress").Body(
		app.If(p.total > 0, app.Progress().Max(p.total).Value(p.done)),
		app.P().ID("local-status").Aria("live", "polite").DataSet("done", itoa(p.done)).DataSet("total", itoa(p.total)).DataSet("busy", yesNo(p.total > p.done || p.current != "")).Text(msg),
	)
}

// doneMessage says what a batch of total files did: added of them were
// read and stored; unlinked, they could not be linked afterwards.
func doneMessage(env Env, added, total int, elapsed time.Duration, unlinked bool) string {
	secs := strconv.FormatFloat(elapsed.Seconds(), 'f', 1, 64)
	if env.Lang != i18n.English {
		secs = strings.Replace(secs, ".", ",", 1)
	}
	key := "local.done.all"
	switch {
	case unlinked && added > 0:
		return env.T("local.done.unlinked")
	case added == 0:
		key = "local.done.none"
	case added < total:
		key = "local.done.some"
	}
	if (key == "local.done.some" && added == 1) || (key != "local.done.some" && total == 1) {
		key += ".one"
	}
	if key == "local.done.none.one" {
		return env.T(key) // no number to print
	}
	return env.Tf(key, added, total, secs)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func (p *LocalPage) problemList() app.UI {
	env := p.Env
	if len(p.problems) == 0 {
		return nil
	}
	return app.Div().Class("local-problems").Aria("live", "polite").Body(
		app.H2().Text(env.T("local.problems")),
		app.Ul().Body(
			app.Range(p.problems).Slice(func(i int) app.UI {
				return app.Li().DataSet("problem", itoa(i)).Text(p.problems[i])
			}),
		),
	)
}

// list shows the local articles, even when they could not be linked
// (p.err says why): each can still be removed.
func (p *LocalPage) list() app.UI {
	env := p.Env
	switch {
	case !p.ready:
		return nil
	case len(p.arts) == 0 && p.err != nil:
		return app.Div().Class("slot").Body(failure(env, p.err))
	case len(p.arts) == 0:
		return app.P().Class("count").Text(env.T("local.none"))
	}
	count := env.Tf("local.count", len(p.arts))
	if len(p.arts) == 1 {
		count = env.T("local.count.one")
	}
	var problem app.UI
	if p.err != nil {
		problem = app.P().Class("status error").Attr("role", "alert").DataSet("local-error", "yes").Text(env.Error(p.err))
	}
	return app.Section().Class("local-list").Body(
		app.H2().Text(count),
		app.Div().Class("slot").Body(problem),
		app.Ul().Body(
			app.Range(p.arts).Slice(func(i int) app.UI {
				a := &p.arts[i]
				return app.Li().DataSet("local-id", a.ID).Body(
					app.A().Href(env.ArticlePath(a.ID)).Text(a.Title),
					app.Text(" "),
					app.Span().Class("meta").Text(env.Tf("article.words", a.Words)),
					app.Text(" "),
					app.Button().Class("link").Value(a.ID).DataSet("export", "text").Title(env.Tf("local.export.text.label", a.Title)).Text(env.T("local.export.text")).OnClick(p.onExport),
					app.Text(" "),
					app.Button().Class("link").Value(a.ID).DataSet("remove", a.ID).Title(env.Tf("local.remove.label", a.Title)).Text(env.T("local.remove")).OnClick(p.onRemove),
				)
			}),
		),
		app.Button().Class("link").DataSet("remove-all", "yes").Text(env.T("local.removeall")).OnClick(p.onRemoveAll),
	)
}

func (p *LocalPage) exportsPanel() app.UI {
	env := p.Env
	link := func(what string) app.UI {
		if u := p.exports[what]; u != "" {
			return app.A().Href(u).DataSet("export-url", what).Text(env.T("local.export.again"))
		}
		return nil
	}
	return app.Section().Class("local-export").Body(
		app.H2().Text(env.T("local.export")),
		app.P().Text(env.T("local.export.desc")),
		app.P().Body(
			app.Button().Value("csv").DataSet("export", "csv").Text(env.T("local.export.csv")).OnClick(p.onExport),
			app.Text(" "), link("csv"), app.Text(" "),
			app.Button().Value("json").DataSet("export", "json").Text(env.T("local.export.json")).OnClick(p.onExport),
			app.Text(" "), link("json"),
		),
		app.Range(p.arts).Slice(func(i int) app.UI {
			id := p.arts[i].ID
			if p.exports[id] == "" {
				return nil
			}
			return app.P().Body(app.A().Href(p.exports[id]).DataSet("export-url", id).Text(data.ExportName(id)))
		}),
	)
}

// localBadge marks a local article wherever it is listed; nil for a
// published one.
func localBadge(env Env, id string) app.UI {
	if !data.IsLocal(id) {
		return nil
	}
	return app.Span().Class("badge-local").Title(env.T("local.badge.title")).Text(env.T("local.badge"))
}
