//go:build js

package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"syscall/js"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The reader's own articles live in IndexedDB, in a database named after
// the base path (two Lecteur sites on one host keep their own), one record
// per article: {id, seq, doc} with doc the JSON of ingest.Doc. Every call
// blocks until IndexedDB answers, so call them from ctx.Async.

const idbStore = "articles"

var idb js.Value // the open database, once opened

// await waits for an IndexedDB request (onsuccess/onerror) or transaction
// (oncomplete/onerror/onabort) and returns its result.
func await(target js.Value, ok string) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	var onOK, onErr js.Func
	onOK = js.FuncOf(func(this js.Value, args []js.Value) any {
		done <- result{v: target.Get("result")}
		return nil
	})
	onErr = js.FuncOf(func(this js.Value, args []js.Value) any {
		msg := "IndexedDB error"
		if e := target.Get("error"); e.Truthy() {
			msg = e.Get("message").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	target.Set(ok, onOK)
	target.Set("onerror", onErr)
	if ok == "oncomplete" {
		target.Set("onabort", onErr)
	}
	if ok == "onsuccess" {
		// An open request waits while another tab holds an older version.
		target.Set("onblocked", onErr)
	}
	select {
	case r := <-done:
		onOK.Release()
		onErr.Release()
		return r.v, r.err
	case <-time.After(idbTimeout):
		// The callbacks stay alive: IndexedDB may still answer later.
		return js.Value{}, errors.New("IndexedDB did not answer")
	}
}

// idbTimeout bounds every wait on IndexedDB, so that a stuck database
// never leaves a page loading: the published corpus shows without the
// reader's own articles.
const idbTimeout = 4 * time.Second

func openIDB() (js.Value, error) {
	if idb.Truthy() {
		return idb, nil
	}
	factory := js.Global().Get("indexedDB")
	if !factory.Truthy() {
		return js.Value{}, errors.New("this browser has no IndexedDB")
	}
	req := factory.Call("open", "lecteur-local:"+Base(), 1)
	upgrade := js.FuncOf(func(this js.Value, args []js.Value) any {
		db := req.Get("result")
		if !db.Get("objectStoreNames").Call("contains", idbStore).Bool() {
			db.Call("createObjectStore", idbStore, map[string]any{"keyPath": "id"})
		}
		return nil
	})
	req.Set("onupgradeneeded", upgrade)
	db, err := await(req, "onsuccess")
	upgrade.Release()
	if err != nil {
		return js.Value{}, fmt.Errorf("open IndexedDB: %w", err)
	}
	idb = db
	return db, nil
}

// transact runs do on the articles store in one transaction and waits for
// it to complete.
func transact(mode string, do func(store js.Value) js.Value) (js.Value, error) {
	db, err := openIDB()
	if err != nil {
		return js.Value{}, err
	}
	tx := db.Call("transaction", idbStore, mode)
	req := do(tx.Call("objectStore", idbStore))
	if _, err := await(tx, "oncomplete"); err != nil {
		return js.Value{}, err
	}
	if req.Truthy() {
		return req.Get("result"), nil
	}
	return js.Value{}, nil
}

func idbLoad() ([]storedDoc, error) {
	all, err := transact("readonly", func(s js.Value) js.Value { return s.Call("getAll") })
	if err != nil {
		return nil, err
	}
	var out []storedDoc
	for i := 0; i < all.Length(); i++ {
		var d storedDoc
		if err := json.Unmarshal([]byte(all.Index(i).Get("json").String()), &d); err != nil {
			logLocal("skip stored article %s: %v", all.Index(i).Get("id").String(), err)
			continue
		}
		out = append(out, d)
	}
	return out, nil
}

func idbPut(id string, doc []byte) error {
	_, err := transact("readwrite", func(s js.Value) js.Value {
		return s.Call("put", map[string]any{"id": id, "json": string(doc)})
	})
	return err
}

func idbDelete(id string) error {
	_, err := transact("readwrite", func(s js.Value) js.Value { return s.Call("delete", id) })
	return err
}

func idbClear() error {
	_, err := transact("readwrite", func(s js.Value) js.Value { return s.Call("clear") })
	return err
}

// logLocal reports a problem with the stored articles on the console.
func logLocal(format string, args ...any) {
	js.Global().Get("console").Call("warn", "Lecteur: "+fmt.Sprintf(format, args...))
}

// filesOf lists the files of a FileList (an input's files, a drop's
// dataTransfer.files); each is read with the File API when its turn comes.
func filesOf(list js.Value) []localFile {
	if !list.Truthy() {
		return nil
	}
	out := make([]localFile, 0, list.Length())
	for i := 0; i < list.Length(); i++ {
		f := list.Index(i)
		out = append(out, localFile{
			name: f.Get("name").String(),
			size: int64(f.Get("size").Float()),
			read: func() ([]byte, error) { return readFile(f) },
		})
	}
	return out
}

// inputFiles lists the files chosen in an <input type=file>.
func inputFiles(input app.Value) []localFile { return filesOf(app.JSValue(input).Get("files")) }

// readFile reads a File's bytes with arrayBuffer().
func readFile(f js.Value) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	var onBuf, onErr js.Func
	onBuf = js.FuncOf(func(_ js.Value, args []js.Value) any {
		arr := js.Global().Get("Uint8Array").New(args[0])
		b := make([]byte, arr.Get("length").Int())
		js.CopyBytesToGo(b, arr)
		done <- result{data: b}
		return nil
	})
	onErr = js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "unreadable"
		if len(args) > 0 {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	f.Call("arrayBuffer").Call("then", onBuf).Call("catch", onErr)
	r := <-done
	onBuf.Release()
	onErr.Release()
	return r.data, r.err
}

// listenDrops lets the whole page take dropped files while the "Add
// articles" page is open: dragover and drop are cancelled at once (in
// the browser's event, so it never opens the file itself) and the files go
// to got. It returns the function that stops listening.
func listenDrops(got func([]localFile), dragging func(bool)) func() {
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

// download saves data as a file named name, made in the page (a blob:
// URL, nothing is sent anywhere), and returns the URL for a fallback link.
// The previous URL of the same name is released.
func download(name, mime string, data []byte) string {
	arr := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	blob := js.Global().Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	urlAPI := js.Global().Get("URL")
	if old, ok := blobURLs[name]; ok {
		urlAPI.Call("revokeObjectURL", old)
	}
	u := urlAPI.Call("createObjectURL", blob).String()
	blobURLs[name] = u
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

var blobURLs = map[string]string{}
