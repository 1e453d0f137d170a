package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
	"lecteur/app/ui/browser"
	"lecteur/app/ui/data"
)

// LocalPage is "Add articles" (route local): the reader picks, drops or
// pastes their own articles; the app reads them with the build's own code
// (package ingest, in a Web Worker: data.Reader), keeps them in this browser and shows them with the
// published ones. Nothing is sent anywhere. It also exports the entity
// table and the local articles' text.
type LocalPage struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env      Env
	arts     []site.Summary // the local articles
	problems []string       // "name: reason" of files not added
	batch    batchState     // the files being added, or last added
	queue    []data.File    // files waiting for the current batch
	dragging bool
	exports  localExports // the files made for the reader to save
	err      error
	ready    bool
	ingest   string // "loading", "ready" or "failed": the ingestion worker
	stopDrop func()
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
	ctx.Handle(actionFiles, func(ctx app.Context, a app.Action) {
		if files, ok := a.Value.([]data.File); ok {
			p.enqueue(ctx, files)
		}
	})
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
	running := p.batch.total > p.batch.done || p.batch.current != ""
	if !running {
		p.batch, p.problems = batchState{number: p.batch.number + 1}, nil
	}
	p.queue = append(p.queue, files...)
	p.batch.total += len(files)
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
				p.batch.unlinked = err != nil
				if err != nil {
					p.problems = append(p.problems, env.Error(err))
				}
				p.batch.elapsed = time.Since(start)
				p.batch.current = ""
				if len(p.queue) > 0 { // files dropped while linking
					p.run(ctx, start)
				}
			})
		})
		return
	}
	f := p.queue[0]
	p.queue = p.queue[1:]
	p.batch.current = f.Name
	ctx.Async(func() {
		_, err := env.Data.Local().Add(f)
		ctx.Dispatch(func(ctx app.Context) {
			p.batch.done++
			if err != nil {
				p.problems = append(p.problems, f.Name+env.T("colon")+env.Error(err))
			} else {
				p.batch.added++
			}
		})
		time.Sleep(4 * time.Millisecond) // let the browser paint and handle input
		ctx.Dispatch(func(ctx app.Context) { p.run(ctx, start) })
	})
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
		&DropZone{Env: env, Ingest: p.ingest},
		p.batch.status(env),
		p.problemList(),
		p.list(),
		p.exports.panel(env, p.arts, p.onExport),
	)
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

// onExport saves one of the exports named by the button's value: "csv",
// "json", or a local article's id for its text.
func (p *LocalPage) onExport(ctx app.Context, e app.Event) {
	p.exports.save(ctx, p.Env, ctx.JSSrc().Get("value").String())
}
