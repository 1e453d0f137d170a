//go:build js

package browser

import (
	"errors"
	"strings"
	"syscall/js"
)

// Fetch gets url with the browser's fetch (net/http would add about
// 5 MB to the wasm), unpacked if its name ends in ".gz" (gunzip). It
// blocks, so call it from ctx.Async.
func Fetch(url string) ([]byte, error) {
	resp, err := awaitPromise(js.Global().Call("fetch", url))
	if err == nil && !resp.Get("ok").Bool() {
		err = httpStatus(resp.Get("status").Int())
	}
	var buf js.Value
	if err == nil {
		buf, err = awaitPromise(resp.Call("arrayBuffer"))
	}
	if err == nil && strings.HasSuffix(url, ".gz") {
		buf, err = gunzip(buf)
	}
	if err != nil {
		return nil, fetchError{url, err}
	}
	return bytesOf(buf), nil
}

// gunzip unpacks the ArrayBuffer buf of a file stored gzipped
// (site.Gzipped) with the browser's DecompressionStream, which costs no
// wasm. A host may serve the file with "Content-Encoding: gzip", and
// the browser then unpacks it itself: buf is unpacked only when it
// starts with gzip's magic bytes, which JSON never does. The bytes are
// streamed from a Response made of them, not from a Blob, whose stream is
// read back from the browser's process: on the loaded machine that round
// trip held an index shard's unpacking from 2 to 200 ms, a Response's 0
// to 4 (web/early-search.js unpacks the same way).
func gunzip(buf js.Value) (js.Value, error) {
	arr := js.Global().Get("Uint8Array").New(buf)
	if arr.Get("length").Int() < 2 || arr.Index(0).Int() != 0x1f || arr.Index(1).Int() != 0x8b {
		return buf, nil
	}
	stream := js.Global().Get("Response").New(arr).Get("body").
		Call("pipeThrough", js.Global().Get("DecompressionStream").New("gzip"))
	return awaitPromise(js.Global().Get("Response").New(stream).Call("arrayBuffer"))
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
