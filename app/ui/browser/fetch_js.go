//go:build js

package browser

import (
	"errors"
	"syscall/js"
)

// Fetch gets url with the browser's fetch (net/http would add about
// 5 MB to the wasm). It blocks, so call it from ctx.Async.
func Fetch(url string) ([]byte, error) {
	resp, err := awaitPromise(js.Global().Call("fetch", url))
	if err == nil && !resp.Get("ok").Bool() {
		err = httpStatus(resp.Get("status").Int())
	}
	var buf js.Value
	if err == nil {
		buf, err = awaitPromise(resp.Call("arrayBuffer"))
	}
	if err != nil {
		return nil, fetchError{url, err}
	}
	return bytesOf(buf), nil
}

// awaitPromise blocks until the JavaScript promise p settles and returns
// its value, or its rejection as an error. Call it from a goroutine.
func awaitPromise(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	onOK := js.FuncOf(func(_ js.Value, args []js.Value) any {
		var v js.Value
		if len(args) > 0 {
			v = args[0]
		}
		done <- result{v: v}
		return nil
	})
	onErr := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "rejected"
		if len(args) > 0 {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	p.Call("then", onOK, onErr)
	r := <-done
	onOK.Release()
	onErr.Release()
	return r.v, r.err
}

// bytesOf copies an ArrayBuffer into Go.
func bytesOf(buf js.Value) []byte {
	arr := js.Global().Get("Uint8Array").New(buf)
	b := make([]byte, arr.Get("length").Int())
	js.CopyBytesToGo(b, arr)
	return b
}
