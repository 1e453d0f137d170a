//go:build js

// Command ingestworker is the reader of the files a reader adds on the
// "Add articles" page, compiled to its own wasm (web/ingest.wasm) and run
// in a Web Worker (web/ingest-worker.js). It holds what only that page
// needs, article cleaning (app/corpus) and entity finding (app/entity),
// out of the page's app.wasm, and its work off the page's thread.
//
// It defines one function on the worker's global scope,
// lecteurIngest(request, data), where request is a message.Request in
// JSON and data the file's bytes (a Uint8Array) or undefined; it returns
// the message.Response in JSON. The answer is ingest.ServeJSON's: the
// build's own functions on the same bytes.
package main

import (
	"syscall/js"

	"lecteur/app/ingest"
)

func main() {
	js.Global().Set("lecteurIngest", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) == 0 {
			return string(ingest.ServeJSON(nil, nil))
		}
		var data []byte
		if len(args) > 1 && args[1].Truthy() {
			data = make([]byte, args[1].Get("length").Int())
			js.CopyBytesToGo(data, args[1])
		}
		return string(ingest.ServeJSON([]byte(args[0].String()), data))
	}))
	select {} // answer calls until the worker is closed
}
