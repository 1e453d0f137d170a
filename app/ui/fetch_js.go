//go:build js

package ui

import (
	"errors"
	"fmt"
	"syscall/js"
)

// fetchBytes gets url with the browser's fetch (net/http would add about
// 5 MB to the wasm). It blocks, so call it from ctx.Async.
func fetchBytes(url string) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	var onResp, onBuf, onErr js.Func
	release := func() { onResp.Release(); onBuf.Release(); onErr.Release() }
	onErr = js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "network error"
		if len(args) > 0 {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	onBuf = js.FuncOf(func(_ js.Value, args []js.Value) any {
		arr := js.Global().Get("Uint8Array").New(args[0])
		b := make([]byte, arr.Get("length").Int())
		js.CopyBytesToGo(b, arr)
		done <- result{data: b}
		return nil
	})
	onResp = js.FuncOf(func(_ js.Value, args []js.Value) any {
		resp := args[0]
		if !resp.Get("ok").Bool() {
			done <- result{err: fmt.Errorf("HTTP %d", resp.Get("status").Int())}
			return nil
		}
		resp.Call("arrayBuffer").Call("then", onBuf).Call("catch", onErr)
		return nil
	})
	js.Global().Call("fetch", url).Call("then", onResp).Call("catch", onErr)
	r := <-done
	release()
	if r.err != nil {
		return nil, fmt.Errorf("fetch %s: %w", url, r.err)
	}
	return r.data, nil
}
