//go:build js && memprofile

package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"runtime"
	"runtime/pprof"
	"syscall/js"
)

// With the build tag memprofile, app.wasm samples one allocation in 4 KB
// and gives the page window.__lecteurHeap(), which collects the garbage
// and returns runtime.MemStats and a heap profile (pprof, base64): the
// bench's -memprofile reads it after its ten searches, to break the
// WebAssembly memory down by what holds it. Never in a published site:
// runtime/pprof adds to app.wasm.
func init() {
	runtime.MemProfileRate = 4096
	js.Global().Set("__lecteurHeap", js.FuncOf(func(js.Value, []js.Value) any {
		return js.Global().Get("Promise").New(js.FuncOf(func(_ js.Value, args []js.Value) any {
			resolve := args[0]
			go func() { resolve.Invoke(heapReport()) }()
			return nil
		}))
	}))
}

// heapReport is the JSON __lecteurHeap resolves to.
func heapReport() string {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	var prof bytes.Buffer
	if err := pprof.Lookup("heap").WriteTo(&prof, 0); err != nil {
		return err.Error()
	}
	b, _ := json.Marshal(struct {
		MemStats runtime.MemStats
		Profile  string
	}{m, base64.StdEncoding.EncodeToString(prof.Bytes())})
	return string(b)
}
