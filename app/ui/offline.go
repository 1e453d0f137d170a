package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// OfflineStatus says, in the footer, what of the site works offline.
//
// The service worker (build/worker.go) precaches the app, the pages and
// the data a first view needs on install; once the page runs, this
// component asks it to keep the rest for offline use in the background
// (the text chunks and index shards loaded on demand, within the build's
// offline budget, and the "Add articles" reader), and shows its progress:
// "preparing", then "the whole site works offline", or, for a corpus over
// the budget, that offline it has what the reader opened and searched.
// The worker reports to every page of the site; each page asks again when
// it starts, so a run cut short resumes.
type OfflineStatus struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env     Env
	state   offlineState
	known   bool
	release func()
}

// offlineState is the service worker's report.
type offlineState struct {
	Done, Total, Failed int
	Bytes, Budget       int // the data loaded on demand, and the budget
	Complete            bool
}

// phase names the state for the page (data-offline) and its message.
func (s offlineState) phase() string {
	switch {
	case s.Done < s.Total:
		return "caching"
	case s.Failed > 0:
		return "incomplete"
	case !s.Complete:
		return "partial"
	}
	return "ready"
}

func (o *OfflineStatus) OnMount(ctx app.Context) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	onMsg := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		d := args[0].Get("data")
		if d.Type() != app.TypeObject || !d.Get("lecteurOffline").Truthy() {
			return nil
		}
		r := d.Get("lecteurOffline")
		s := offlineState{
			Done: r.Get("done").Int(), Total: r.Get("total").Int(), Failed: r.Get("failed").Int(),
			Bytes: r.Get("bytes").Int(), Budget: r.Get("budget").Int(), Complete: r.Get("complete").Bool(),
		}
		ctx.Dispatch(func(app.Context) { o.state, o.known = s, true })
		return nil
	})
	sw.Call("addEventListener", "message", onMsg)
	// The active worker, which on a first visit may not control the page
	// yet; a new version waiting keeps its own files for when it takes
	// over.
	var onReady app.Func
	onReady = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer onReady.Release()
		if len(args) > 0 && args[0].Get("active").Truthy() {
			args[0].Get("active").Call("postMessage", "cacheForOffline")
		}
		return nil
	})
	sw.Get("ready").Call("then", onReady)
	o.release = func() {
		sw.Call("removeEventListener", "message", onMsg)
		onMsg.Release()
	}
}

func (o *OfflineStatus) OnDismount() {
	if o.release != nil {
		o.release()
	}
}

func (o *OfflineStatus) Render() app.UI {
	env := o.Env
	p := app.P().Class("offline-status").ID("offline-status").Attr("role", "status")
	if !o.known {
		return p.DataSet("offline", "unknown")
	}
	s := o.state
	msg := ""
	switch s.phase() {
	case "caching":
		msg = env.Tf("offline.caching", 100*s.Done/max(s.Total, 1))
	case "incomplete":
		msg = env.Tf("offline.incomplete", s.Failed)
	case "partial":
		msg = env.Tf("offline.partial", megabytes(env, s.Bytes), megabytes(env, s.Budget))
	default:
		msg = env.T("offline.ready")
	}
	return p.DataSet("offline", s.phase()).Text(msg)
}

// megabytes writes n bytes in MB, the interface's way: "56 Mo", "56 MB".
func megabytes(env Env, n int) string {
	return strconv.Itoa((n+(1<<19))>>20) + " " + env.T("unit.mb")
}
