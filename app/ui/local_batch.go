package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui/data"
	"lecteur/app/ui/i18n"
)

// batchState is where a batch of files the reader gave stands.
type batchState struct {
	number   int           // batches started on this page, this one included
	added    int           // files added by the last batch
	unlinked bool          // the batch's articles are stored but linking failed
	done     int           // files handled in the current batch
	total    int           // files in the current batch
	current  string        // name of the file being read
	elapsed  time.Duration // time the last batch took
}

// status says where the batch is, in a polite live region. Its data
// attributes say it to scripts (and tests): which batch, how many files
// done, busy or not; the batch number tells a finished batch from the one
// before it.
func (b batchState) status(env Env) app.UI {
	msg := ""
	switch {
	case b.total > b.done || b.current != "":
		msg = env.Tf("local.progress", b.done, b.total, b.current)
	case b.total > 0:
		msg = doneMessage(env, b.added, b.total, b.elapsed, b.unlinked)
	}
	return app.Div().Class("local-progress").Body(
		app.If(b.total > 0, app.Progress().Max(b.total).Value(b.done)),
		app.P().ID("local-status").Aria("live", "polite").DataSet("batch", itoa(b.number)).DataSet("done", itoa(b.done)).DataSet("total", itoa(b.total)).DataSet("busy", yesNo(b.total > b.done || b.current != "")).Text(msg),
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

// localBadge marks a local article wherever it is listed; nil for a
// published one.
func localBadge(env Env, id string) app.UI {
	if !data.IsLocal(id) {
		return nil
	}
	return app.Span().Class("badge-local").Title(env.T("local.badge.title")).Text(env.T("local.badge"))
}
