package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// LocalPage is "Add articles" (route local): the reader picks, drops or
// pastes their own articles; the app reads them with the build's own code
// (package ingest, in a Web Worker: ingestCall), keeps them in this browser and shows them with the
// published ones. Nothing is sent anywhere. It also exports the entity
// table and the local articles' text.
type LocalPage struct {
	app.Compo
	arts     []site.Summary // the local articles
	problems []string       // "name: reason" of files not added
	added    int            // files added by the last batch
	unlinked bool           // the batch's articles are stored but linking failed
	done     int            // files handled in the current batch
	total    int            // files in the current batch
	batch    int            // batches started on this page, the current one included
	current  string         // name of the file being read
	elapsed  time.Duration  // time the last batch took
	queue    []localFile    // files waiting for the current batch
	pasted   string
	pasteBox typedField
	dragging bool
	exports  map[string]string // export file name → blob URL, for a fallback link
	err      error
	ready    bool
	ingest   string // "loading", "ready" or "failed": the ingestion worker
	stopDrop func()
}

func (p *LocalPage) OnPreRender(ctx app.Context) {
	ctx.Page().SetTitle(t("local.title") + " — " + t("brand"))
}

func (p *LocalPage) OnMount(ctx app.Context) {
	p.stopDrop = listenDrops(
		func(files []localFile) { ctx.Dispatch(func(ctx app.Context) { p.enqueue(ctx, files) }) },
		func(on bool) {
			if on != p.dragging {
				ctx.Dispatch(func(ctx app.Context) { p.dragging = on })
			}
		},
	)
	p.ingest = "loading"
	ctx.Async(func() {
		err := ingestReady() // start the worker now, not with the first file
		ctx.Dispatch(func(ctx app.Context) {
			p.ingest = "ready"
			if err != nil {
				p.ingest = "failed"
				p.problems = append(p.problems, err.Error())
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
	ctx.Page().SetTitle(t("local.title") + " — " + t("brand"))
	ctx.Async(func() {
		_, err := store.Catalog()
		arts, lerr := localArticles()
		if err == nil {
			err = lerr
		}
		ctx.Dispatch(func(ctx app.Context) { p.arts, p.err, p.ready = arts, err, true })
	})
}

// enqueue adds files to the batch, starting one if none runs.
func (p *LocalPage) enqueue(ctx app.Context, files []localFile) {
	if len(files) == 0 {
		return
	}
	running := p.total > p.done || p.current != ""
	if !running {
		p.done, p.total, p.added, p.problems, p.unlinked = 0, 0, 0, nil, false
		p.batch++
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
	if len(p.queue) == 0 {
		ctx.Async(func() {
			err := library.commit()
			arts, _ := localArticles()
			ctx.Dispatch(func(ctx app.Context) {
				p.arts, p.err = arts, err
				p.unlinked = err != nil
				if err != nil {
					p.problems = append(p.problems, err.Error())
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
	p.current = f.name
	ctx.Async(func() {
		_, err := library.add(f)
		ctx.Dispatch(func(ctx app.Context) {
			p.done++
			if err != nil {
				p.problems = append(p.problems, f.name+" : "+err.Error())
			} else {
				p.added++
			}
		})
		time.Sleep(4 * time.Millisecond) // let the browser paint and handle input
		ctx.Dispatch(func(ctx app.Context) { p.run(ctx, start) })
	})
}

func (p *LocalPage) onPick(ctx app.Context, e app.Event) {
	files := inputFiles(ctx.JSSrc())
	ctx.JSSrc().Set("value", "")
	p.enqueue(ctx, files)
}

func (p *LocalPage) onPaste(ctx app.Context, e app.Event) {
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
	p.enqueue(ctx, []localFile{{
		name: t("local.paste.name") + ".txt",
		size: int64(len(text)),
		read: func() ([]byte, error) { return []byte(text), nil },
		note: true,
	}})
}

func (p *LocalPage) onRemove(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("value").String()
	p.removeAndReload(ctx, id)
}

func (p *LocalPage) onRemoveAll(ctx app.Context, e app.Event) {
	if !app.Window().Call("confirm", t("local.removeall.confirm")).Bool() {
		return
	}
	p.removeAndReload(ctx, "")
}

func (p *LocalPage) removeAndReload(ctx app.Context, id string) {
	ctx.Async(func() {
		err := library.remove(id)
		arts, lerr := localArticles()
		if err == nil {
			err = lerr
		}
		ctx.Dispatch(func(ctx app.Context) {
			p.arts = arts
			if err != nil {
				p.problems = append(p.problems, err.Error())
			}
		})
	})
}

// onExport saves one of the exports named by the button's value: "csv",
// "json", or a local article's id for its text.
func (p *LocalPage) onExport(ctx app.Context, e app.Event) {
	what := ctx.JSSrc().Get("value").String()
	ctx.Async(func() {
		c, err := store.Catalog()
		if err != nil {
			return
		}
		var name, mime string
		var data []byte
		switch what {
		case "csv":
			name, mime, data = "lecteur-entites.csv", "text/csv;charset=utf-8", entitiesCSV(c)
		case "json":
			name, mime, data = "lecteur-entites.json", "application/json", entitiesJSON(c)
		default:
			text := library.textOf(what)
			if text == nil {
				return
			}
			name, mime, data = exportName(what), "text/plain;charset=utf-8", articleText(text)
		}
		ctx.Dispatch(func(ctx app.Context) {
			if p.exports == nil {
				p.exports = map[string]string{}
			}
			p.exports[what] = download(name, mime, data)
		})
	})
}

func (p *LocalPage) Render() app.UI {
	cls := "local"
	if p.dragging {
		cls += " dragging"
	}
	return app.Section().Class(cls).Body(
		app.H1().Text(t("local.title")),
		app.P().Class("local-privacy").Text(t("local.privacy")),
		app.If(app.IsServer, app.P().Class("noscript").Text(t("local.noscript"))),
		p.dropZone(),
		p.progress(),
		p.problemList(),
		p.list(),
		p.exportsPanel(),
	)
}

func (p *LocalPage) dropZone() app.UI {
	return app.Div().Class("dropzone").DataSet("ingest", p.ingest).Body(
		app.P().Text(t("local.drop")),
		app.Label().For("local-files").Class("button").Text(t("local.pick")),
		app.Input().
			ID("local-files").
			Type("file").
			Class("visually-hidden").
			Multiple(true).
			Accept(".txt,.text,.md,.markdown,.html,.htm,.xhtml").
			OnChange(p.onPick),
		app.Form().Class("paste").OnSubmit(p.onPaste).Body(
			app.Label().For("local-paste").Text(t("local.paste")),
			app.Textarea().
				ID("local-paste").
				Rows(5).
				Text(p.pasteBox.value("local-paste", p.pasted)).
				OnInput(func(ctx app.Context, e app.Event) { p.pasted = ctx.JSSrc().Get("value").String() }),
			app.Button().Type("submit").Text(t("local.paste.add")),
		),
	)
}

// progress says where the batch is, in a polite live region. Its data
// attributes say it to scripts (and tests): which batch, how many files
// done, busy or not; the batch number tells a finished batch from the one
// before it.
func (p *LocalPage) progress() app.UI {
	msg := ""
	switch {
	case p.total > p.done || p.current != "":
		msg = tf("local.progress", p.done, p.total, p.current)
	case p.total > 0:
		msg = doneMessage(p.added, p.total, p.elapsed, p.unlinked)
	}
	return app.Div().Class("local-progress").Body(
		app.If(p.total > 0, app.Progress().Max(p.total).Value(p.done)),
		app.P().ID("local-status").Aria("live", "polite").DataSet("batch", itoa(p.batch)).DataSet("done", itoa(p.done)).DataSet("total", itoa(p.total)).DataSet("busy", yesNo(p.total > p.done || p.current != "")).Text(msg),
	)
}

// doneMessage says what a batch of total files did: added of them were
// read and stored; unlinked, they could not be linked afterwards.
func doneMessage(added, total int, elapsed time.Duration, unlinked bool) string {
	secs := strconv.FormatFloat(elapsed.Seconds(), 'f', 1, 64)
	if lang != "en" {
		secs = strings.Replace(secs, ".", ",", 1)
	}
	key := "local.done.all"
	switch {
	case unlinked && added > 0:
		return t("local.done.unlinked")
	case added == 0:
		key = "local.done.none"
	case added < total:
		key = "local.done.some"
	}
	if (key == "local.done.some" && added == 1) || (key != "local.done.some" && total == 1) {
		key += ".one"
	}
	if key == "local.done.none.one" {
		return t(key) // no number to print
	}
	return tf(key, added, total, secs)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func (p *LocalPage) problemList() app.UI {
	if len(p.problems) == 0 {
		return nil
	}
	return app.Div().Class("local-problems").Aria("live", "polite").Body(
		app.H2().Text(t("local.problems")),
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
	switch {
	case !p.ready:
		return nil
	case len(p.arts) == 0 && p.err != nil:
		return app.Div().Class("slot").Body(failure(p.err))
	case len(p.arts) == 0:
		return app.P().Class("count").Text(t("local.none"))
	}
	count := tf("local.count", len(p.arts))
	if len(p.arts) == 1 {
		count = t("local.count.one")
	}
	var problem app.UI
	if p.err != nil {
		problem = app.P().Class("status error").Attr("role", "alert").DataSet("local-error", "yes").Text(p.err.Error())
	}
	return app.Section().Class("local-list").Body(
		app.H2().Text(count),
		app.Div().Class("slot").Body(problem),
		app.Ul().Body(
			app.Range(p.arts).Slice(func(i int) app.UI {
				a := &p.arts[i]
				return app.Li().DataSet("local-id", a.ID).Body(
					app.A().Href(ArticlePath(a.ID)).Text(a.Title),
					app.Text(" "),
					app.Span().Class("meta").Text(tf("article.words", a.Words)),
					app.Text(" "),
					app.Button().Class("link").Value(a.ID).DataSet("export", "text").Title(tf("local.export.text.label", a.Title)).Text(t("local.export.text")).OnClick(p.onExport),
					app.Text(" "),
					app.Button().Class("link").Value(a.ID).DataSet("remove", a.ID).Title(tf("local.remove.label", a.Title)).Text(t("local.remove")).OnClick(p.onRemove),
				)
			}),
		),
		app.Button().Class("link").DataSet("remove-all", "yes").Text(t("local.removeall")).OnClick(p.onRemoveAll),
	)
}

func (p *LocalPage) exportsPanel() app.UI {
	link := func(what string) app.UI {
		if u := p.exports[what]; u != "" {
			return app.A().Href(u).DataSet("export-url", what).Text(t("local.export.again"))
		}
		return nil
	}
	return app.Section().Class("local-export").Body(
		app.H2().Text(t("local.export")),
		app.P().Text(t("local.export.desc")),
		app.P().Body(
			app.Button().Value("csv").DataSet("export", "csv").Text(t("local.export.csv")).OnClick(p.onExport),
			app.Text(" "), link("csv"), app.Text(" "),
			app.Button().Value("json").DataSet("export", "json").Text(t("local.export.json")).OnClick(p.onExport),
			app.Text(" "), link("json"),
		),
		app.Range(p.arts).Slice(func(i int) app.UI {
			id := p.arts[i].ID
			if p.exports[id] == "" {
				return nil
			}
			return app.P().Body(app.A().Href(p.exports[id]).DataSet("export-url", id).Text(exportName(id)))
		}),
	)
}

// localBadge marks a local article wherever it is listed; nil for a
// published one.
func localBadge(id string) app.UI {
	if !isLocal(id) {
		return nil
	}
	return app.Span().Class("badge-local").Title(t("local.badge.title")).Text(t("local.badge"))
}
