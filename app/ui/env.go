package ui

import (
	"net/http"
	"path"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
	"lecteur/app/ui/browser"
	"lecteur/app/ui/data"
	"lecteur/app/ui/i18n"
	"lecteur/app/ui/link"
)

// Env is what every component needs from the app around it: the interface
// language, the base path its links go under, the data, and the line from
// the search box to the search page. main (in the browser) or the build
// (when prerendering) makes one and hands it to Routes; the Shell passes it
// down to every view as a prop, so nothing of it lives in a package
// variable. Its methods come from its parts: T and Tf (strings), Date,
// Path, ArticlePath, Route…
type Env struct {
	i18n.Lang
	link.Base
	// Data is the site's data and the reader's own articles.
	Data *data.Store
	// Typing carries keystrokes from the search box to the search page.
	Typing *Typing
	// PageSize is how many cards each page of the home list shows; 0
	// for DefaultPageSize.
	PageSize int
	// Prerendered is the view prerendered into the page the app started
	// on, shown while the view's data loads; nil when prerendering.
	Prerendered *Prerendered
}

// DefaultPageSize is how many cards a page of the home list shows unless
// the build says otherwise: a list of 10,000 cards would take seconds to
// render, and 100,000 would not fit in a page at all.
const DefaultPageSize = 100

// pageSize is e.PageSize, or DefaultPageSize.
func (e Env) pageSize() int {
	if e.PageSize > 0 {
		return e.PageSize
	}
	return DefaultPageSize
}

// Typing carries the search box's keystrokes to the mounted search page,
// synchronously and in order, in the input handler itself: go-app's
// actions are posted from goroutines and can arrive out of order when the
// reader types fast, and the next step (results patched within the frame
// of the keystroke) needs the handler's own call. The Shell makes one per
// visit.
type Typing struct {
	// results is set by the mounted search page; the box calls it.
	results func(q string)
	// pending is set from the keystroke that leaves a page for the search
	// page until that page is mounted: keys typed meanwhile only fill the
	// box, and the search page reads the box when it starts.
	pending bool
	// listener counts the listeners, so that a page's stop never cuts the
	// line of a page that listened after it.
	listener int
}

// Listen makes f receive every query typed, until stop is called or
// another listens.
func (t *Typing) Listen(f func(q string)) (stop func()) {
	t.listener++
	n := t.listener
	t.results, t.pending = f, false
	return func() {
		if t.listener == n {
			t.results = nil
		}
	}
}

// Listening reports whether a search page is mounted and hears the keys:
// the box asks it on every key, where reading and parsing the page's URL
// to learn its route would cost more.
func (t *Typing) Listening() bool { return t.results != nil }

// Type hands query q to the search page, if one is listening.
func (t *Typing) Type(q string) {
	if t.results != nil {
		t.results(q)
	}
}

// BrowserEnv is the Env of the app in the browser: the base path go-app
// serves it under, the reader's language (applied to the page with their
// theme before anything renders) and a store that fetches the data files.
func BrowserEnv() Env {
	base := link.NewBase(app.Getenv("GOAPP_ROOT_PREFIX"))
	size, _ := strconv.Atoi(app.Getenv(site.PageSizeEnv))
	return Env{
		Lang:        ApplyPrefs(),
		Base:        base,
		PageSize:    size,
		Prerendered: PrerenderedView(base),
		Data: data.New(data.Sources{
			Load:   fetchData(base, app.Getenv(site.DataVersionEnv)),
			DB:     browser.IndexedDB(string(base)),
			Reader: browser.IngestWorker(base.Path("web/ingest-worker.js")),
			Log:    browser.Log,
			Mark:   browser.Mark,
		}),
	}
}

// fetchData loads the data files of the build that made the page
// (site.DataPath, dataVersion): after an update, a page of the old build
// finds them gone and says so, rather than reading the new build's under
// the old names.
func fetchData(base link.Base, dataVersion string) func(p string) ([]byte, error) {
	return func(p string) ([]byte, error) {
		b, err := browser.Fetch(base.Path(site.DataPath(p, dataVersion)))
		if browser.StatusOf(err) == http.StatusNotFound {
			return nil, i18n.Errorf("data.gone", path.Base(p), err)
		}
		return b, err
	}
}
