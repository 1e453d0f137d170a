//go:build !js

package browser

import (
	"errors"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui/data"
)

// Outside the browser (the build's prerendering, tests) there is no
// network, no IndexedDB, no file and no worker: the build gives the Store
// its own loader (data.Sources), and these do nothing.

// Fetch has no network outside the browser.
func Fetch(url string) ([]byte, error) {
	return nil, errors.New("fetch " + url + ": no network outside the browser")
}

// Log drops the message: there is no console.
func Log(format string, args ...any) {}

// Mark has no performance timeline to record in.
func Mark(name string) {}

// InputFiles has no page to read files from.
func InputFiles(input app.Value) []data.File { return nil }

// ListenDrops has no page to listen to.
func ListenDrops(got func([]data.File), dragging func(bool)) func() { return func() {} }

// Downloads has no page to save files from.
type Downloads struct{}

// Save does nothing and returns no URL.
func (d *Downloads) Save(name, mime string, b []byte) string { return "" }

// IndexedDB is memory outside the browser.
func IndexedDB(base string) data.ArticleDB { return data.NewMemoryDB() }

// IngestWorker runs package ingest in the process outside the browser.
func IngestWorker(script string) data.Reader { return data.InProcessReader{} }
