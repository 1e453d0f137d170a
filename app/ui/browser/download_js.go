//go:build js

package browser

import (
	"syscall/js"
)

// Downloads saves files made in the page. It keeps the blob: URL it made
// for each name, to release it when the same name is saved again.
type Downloads struct {
	urls map[string]string
}

// Save saves data as a file named name, made in the page (a blob: URL,
// nothing is sent anywhere), and returns the URL for a fallback link. The
// previous URL of the same name is released.
func (d *Downloads) Save(name, mime string, data []byte) string {
	if d.urls == nil {
		d.urls = map[string]string{}
	}
	arr := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	blob := js.Global().Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	urlAPI := js.Global().Get("URL")
	if old, ok := d.urls[name]; ok {
		urlAPI.Call("revokeObjectURL", old)
	}
	u := urlAPI.Call("createObjectURL", blob).String()
	d.urls[name] = u
	a := js.Global().Get("document").Call("createElement", "a")
	a.Set("href", u)
	a.Set("download", name)
	a.Get("style").Set("display", "none")
	body := js.Global().Get("document").Get("body")
	body.Call("appendChild", a)
	a.Call("click")
	body.Call("removeChild", a)
	return u
}
