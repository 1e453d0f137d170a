//go:build js

package browser

import (
	"syscall/js"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui/data"
)

// filesOf lists the files of a FileList (an input's files, a drop's
// dataTransfer.files); each is read with the File API when its turn comes.
func filesOf(list js.Value) []data.File {
	if !list.Truthy() {
		return nil
	}
	out := make([]data.File, 0, list.Length())
	for i := 0; i < list.Length(); i++ {
		f := list.Index(i)
		out = append(out, data.File{
			Name: f.Get("name").String(),
			Size: int64(f.Get("size").Float()),
			Read: func() ([]byte, error) { return readFile(f) },
		})
	}
	return out
}

// InputFiles lists the files chosen in an <input type=file>.
func InputFiles(input app.Value) []data.File { return filesOf(app.JSValue(input).Get("files")) }

// readFile reads a File's bytes with arrayBuffer().
func readFile(f js.Value) ([]byte, error) {
	buf, err := awaitPromise(f.Call("arrayBuffer"))
	if err != nil {
		return nil, err
	}
	return bytesOf(buf), nil
}

// ListenDrops lets the whole page take dropped files while the "Add
// articles" page is open: dragover and drop are cancelled at once (in
// the browser's event, so it never opens the file itself) and the files go
// to got. It returns the function that stops listening.
func ListenDrops(got func([]data.File), dragging func(bool)) func() {
	doc := js.Global().Get("document")
	over := js.FuncOf(func(_ js.Value, args []js.Value) any {
		args[0].Call("preventDefault")
		dragging(true)
		return nil
	})
	leave := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if !args[0].Get("relatedTarget").Truthy() {
			dragging(false)
		}
		return nil
	})
	drop := js.FuncOf(func(_ js.Value, args []js.Value) any {
		e := args[0]
		e.Call("preventDefault")
		dragging(false)
		files := filesOf(e.Get("dataTransfer").Get("files"))
		if len(files) > 0 {
			got(files)
		}
		return nil
	})
	doc.Call("addEventListener", "dragover", over)
	doc.Call("addEventListener", "dragleave", leave)
	doc.Call("addEventListener", "drop", drop)
	return func() {
		doc.Call("removeEventListener", "dragover", over)
		doc.Call("removeEventListener", "dragleave", leave)
		doc.Call("removeEventListener", "drop", drop)
		over.Release()
		leave.Release()
		drop.Release()
	}
}
