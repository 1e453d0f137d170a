package ui

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// urlPause is how long the reader stops typing before the search page's
// URL follows the box: long, since a replaceState that runs as the next
// key comes holds that key up, and the URL matters only once the reader
// leaves, which writes it at once.
const urlPause = time.Second

// pause runs a function once the reader stops typing: each restart
// postpones it.
type pause struct {
	mu sync.Mutex
	t  *time.Timer
}

// restart runs f after d, instead of what was waiting.
func (p *pause) restart(d time.Duration, f func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.t != nil {
		p.t.Stop()
	}
	p.t = time.AfterFunc(d, f)
}

// stop drops what was waiting.
func (p *pause) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.t != nil {
		p.t.Stop()
	}
}

// searchURL writes the search page's URL (history.replaceState) once the
// reader stops typing, not on every key. In Chromium a replaceState costs
// about as much as the search and the writing of its results together
// (the bench's typing at 1,000 articles, Chromium's CPU profile: 2.0 s of
// the 4.4 s spent in the input handler), and more than 200 in 10 seconds
// are ignored (its flood guard), so a fast typist's URL could stay on an
// old query. What leaves the page before the pause (a click on a link,
// Enter on a result or in a form, the tab closed or reloaded) writes it
// first: a capturing listener runs before go-app's own handling of links.
type searchURL struct {
	mu       sync.Mutex
	pending  string // the URL to write, "" when the page's is current
	pause    pause
	unlisten func()
}

// set makes u the page's URL once the reader pauses.
func (w *searchURL) set(u string) {
	w.mu.Lock()
	w.pending = u
	w.mu.Unlock()
	w.pause.restart(urlPause, w.flush)
}

// flush writes the pending URL now, unless the reader has gone to another
// page meanwhile (the back button: the pending URL is no longer theirs).
func (w *searchURL) flush() {
	w.mu.Lock()
	u := w.pending
	w.pending = ""
	w.mu.Unlock()
	if u == "" || !app.IsClient {
		return
	}
	if cur := app.Window().URL(); cur == nil || !samePath(cur.Path, u) {
		return
	}
	app.Window().Get("history").Call("replaceState", nil, "", u)
}

// drop forgets the pending URL: the page shows another URL's results.
func (w *searchURL) drop() {
	w.mu.Lock()
	w.pending = ""
	w.mu.Unlock()
	w.pause.stop()
}

// listen writes the pending URL before anything can leave the page; stop
// ends it.
func (w *searchURL) listen() {
	if !app.IsClient || w.unlisten != nil {
		return
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		w.flush()
		return nil
	})
	win := app.Window()
	events := []string{"click", "submit", "pagehide"}
	for _, ev := range events {
		win.Call("addEventListener", ev, fn, true)
	}
	w.unlisten = func() {
		for _, ev := range events {
			win.Call("removeEventListener", ev, fn, true)
		}
		fn.Release()
	}
}

// stop drops the pending URL and the listeners.
func (w *searchURL) stop() {
	w.drop()
	if w.unlisten != nil {
		w.unlisten()
		w.unlisten = nil
	}
}

// samePath reports whether URL u (a path, maybe with a query) has the
// path p.
func samePath(p, u string) bool {
	for i := 0; i < len(u); i++ {
		if u[i] == '?' || u[i] == '#' {
			u = u[:i]
			break
		}
	}
	return p == u
}
