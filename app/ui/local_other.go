//go:build !js

package ui

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ingest"
	"lecteur/app/ingest/message"
)

// Outside the browser (the build's prerendering, tests) there is no
// IndexedDB and no file: nothing is stored, nothing is read from the
// page; the library only holds what a test adds.

func idbLoad() ([]storedDoc, error)                                 { return nil, nil }
func idbPut(id string, doc []byte) error                            { return nil }
func idbDelete(id string) error                                     { return nil }
func idbClear() error                                               { return nil }
func logLocal(format string, args ...any)                           {}
func inputFiles(input app.Value) []localFile                        { return nil }
func listenDrops(got func([]localFile), dragging func(bool)) func() { return func() {} }
func download(name, mime string, data []byte) string                { return "" }

// ingestReady has nothing to start: ingestCall runs package ingest here.
func ingestReady() error { return nil }

// ingestCall answers req as the worker would, with the same function
// (ingest.ServeJSON) and through the same JSON, so tests of the library
// test the browser's path. This file is not in the browser's wasm, which
// thus never holds package ingest.
func ingestCall(req message.Request, data []byte) (message.Response, error) {
	b, err := json.Marshal(req)
	if err != nil {
		return message.Response{}, err
	}
	var resp message.Response
	err = json.Unmarshal(ingest.ServeJSON(b, data), &resp)
	return resp, err
}
