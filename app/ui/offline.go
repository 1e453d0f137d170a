package ui

import (
	"strconv"
	"strings"

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
	// over. It is told too of the data files the page fetched past it
	// (missedFiles), which it keeps before the rest.
	var (
		active app.Value // the worker asked, once known
		missed *missedFetches
	)
	ask := func() {
		if active != nil {
			active.Call("postMessage", cacheForOffline(missed.take()))
		}
	}
	missed = missedFiles(o.Env.Path("web/data/"), ask)
	var onReady app.Func
	onReady = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer onReady.Release()
		if len(args) > 0 && args[0].Get("active").Truthy() {
			active = args[0].Get("active")
			ask()
		}
		return nil
	})
	sw.Get("ready").Call("then", onReady)
	o.release = func() {
		sw.Call("removeEventListener", "message", onMsg)
		onMsg.Release()
		missed.stop()
	}
}

// cacheForOffline is the message asking the worker to keep the site for
// offline use, the files urls first.
func cacheForOffline(urls []string) map[string]any {
	list := make([]any, len(urls))
	for i, u := range urls {
		list[i] = u
	}
	return map[string]any{"cacheForOffline": list}
}

// missedFetches lists the data files the page fetched that no service
// worker answered (missedFiles).
type missedFetches struct {
	urls []string
	seen map[string]bool
	stop func()
}

// take returns the files listed so far and empties the list.
func (m *missedFetches) take() []string {
	urls := m.urls
	m.urls = nil
	return urls
}

// missedFiles watches the page's fetches (the Resource Timing entries,
// those made before it started included) for data files under prefix
// (the site's "web/data/") that went to the network past any service
// worker: on a first visit the worker installs while the page runs, and
// controls it only once it has activated, so the index shards, texts and
// catalog a first search or article fetched before then never reached
// its cache. Over the offline budget only what the reader opened and
// searched is kept offline, so those files must be: the worker is sent
// them (cacheForOffline) and fetches them again, from the HTTP cache.
// fresh is called when new ones are listed.
func missedFiles(prefix string, fresh func()) *missedFetches {
	m := &missedFetches{seen: map[string]bool{}, stop: func() {}}
	observer := app.Window().Get("PerformanceObserver")
	if !observer.Truthy() {
		return m
	}
	prefix = app.Window().Get("location").Get("origin").String() + prefix
	onEntries := app.FuncOf(func(_ app.Value, args []app.Value) any {
		entries := args[0].Call("getEntries")
		added := false
		for i, n := 0, entries.Length(); i < n; i++ {
			e := entries.Index(i)
			u := e.Get("name").String()
			if e.Get("workerStart").Float() != 0 || !strings.HasPrefix(u, prefix) || m.seen[u] {
				continue
			}
			m.seen[u] = true
			m.urls = append(m.urls, u)
			added = true
		}
		if added {
			fresh()
		}
		return nil
	})
	obs := observer.New(onEntries)
	obs.Call("observe", map[string]any{"type": "resource", "buffered": true})
	m.stop = func() {
		obs.Call("disconnect")
		onEntries.Release()
	}
	return m
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
