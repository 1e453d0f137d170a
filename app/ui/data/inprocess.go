//go:build !js

package data

import (
	"encoding/json"

	"lecteur/app/ingest"
	"lecteur/app/ingest/message"
)

// InProcessReader is the Reader outside the browser: it answers each
// request as the worker would, with the same function (ingest.ServeJSON)
// and through the same JSON, so tests of the library test the browser's
// path. This file is not in the browser's wasm, which thus never holds
// package ingest.
type InProcessReader struct{}

// Ready has nothing to start.
func (InProcessReader) Ready() error { return nil }

// Call answers req as the worker would, with the same function
// (ingest.ServeJSON) and through the same JSON, so tests of the library
// test the browser's path. This file is not in the browser's wasm, which
// thus never holds package ingest.
func (InProcessReader) Call(req message.Request, data []byte) (message.Response, error) {
	b, err := json.Marshal(req)
	if err != nil {
		return message.Response{}, err
	}
	var resp message.Response
	err = json.Unmarshal(ingest.ServeJSON(b, data), &resp)
	return resp, err
}
