//go:build js

package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"syscall/js"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ingest/message"
)

// The reader's own articles live in IndexedDB, in a database named after
// the base path (two Lecteur sites on one host keep their own), one record
// per article: {id, seq, doc} with doc the JSON of ingest.Doc, as the
// ingestion worker wrote it. Every call
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
	buf, err := awaitPromise(f.Call("arrayBuffer"))
	if err != nil {
		return nil, err
	}
	return bytesOf(buf), nil
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

// The ingestion worker (web/ingest-worker.js running web/ingest.wasm,
// app/ingestworker) reads and links the reader's files off the page's
// thread. It starts on first use: on the "Add articles" page, or when
// stored articles are to be shown. Each request has an id; the answer
// comes back to the channel waiting for that id.
var ingester ingestState

type ingestState struct {
	mu      sync.Mutex
	worker  js.Value // the Worker, or undefined before start or after a failure
	ready   chan struct{}
	failed  error // why the current worker could not start
	next    int
	waiting map[int]chan ingestReply
	onMsg   js.Func
	onErr   js.Func
}

type ingestReply struct {
	response string
	err      error
}

// ingestTimeout bounds every wait on the worker, its start (fetching and
// compiling ingest.wasm) included.
const ingestTimeout = 60 * time.Second

// startIngestLocked starts the worker unless it runs.
func startIngestLocked() {
	w := &ingester
	if w.worker.Truthy() {
		return
	}
	w.waiting = map[int]chan ingestReply{}
	w.ready = make(chan struct{})
	w.failed = nil
	worker := js.Global().Get("Worker").New(Path("web/ingest-worker.js"))
	w.onMsg = js.FuncOf(func(_ js.Value, args []js.Value) any {
		d := args[0].Get("data")
		w.mu.Lock()
		defer w.mu.Unlock()
		switch {
		case d.Get("ready").Truthy():
			close(w.ready)
		case d.Get("failed").Truthy():
			w.failLocked(worker, errors.New(d.Get("failed").String()))
		default:
			reply := ingestReply{}
			if e := d.Get("error"); e.Truthy() {
				reply.err = errors.New(e.String())
			} else {
				reply.response = d.Get("response").String()
			}
			id := d.Get("id").Int()
			if ch, ok := w.waiting[id]; ok {
				delete(w.waiting, id)
				ch <- reply
			}
		}
		return nil
	})
	w.onErr = js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "the worker failed"
		if len(args) > 0 && args[0].Get("message").Truthy() {
			msg = args[0].Get("message").String()
		}
		w.mu.Lock()
		defer w.mu.Unlock()
		w.failLocked(worker, errors.New(msg))
		return nil
	})
	worker.Set("onmessage", w.onMsg)
	worker.Set("onerror", w.onErr)
	w.worker = worker
}

// failLocked stops worker, if it is the current one, and fails every
// request waiting for it; the next request starts a new worker (the
// reader may be back online).
func (w *ingestState) failLocked(worker js.Value, err error) {
	if !w.worker.Equal(worker) {
		return
	}
	err = fmt.Errorf("the article reader (ingest.wasm) stopped: %w", err)
	w.failed = err
	worker.Call("terminate")
	w.worker = js.Undefined()
	for id, ch := range w.waiting {
		delete(w.waiting, id)
		ch <- ingestReply{err: err}
	}
	select {
	case <-w.ready:
	default:
		close(w.ready)
	}
}

// ingestReady starts the worker and waits until it can answer.
func ingestReady() error {
	w := &ingester
	w.mu.Lock()
	startIngestLocked()
	ready := w.ready
	w.mu.Unlock()
	select {
	case <-ready:
	case <-time.After(ingestTimeout):
		return fmt.Errorf("the article reader (ingest.wasm) did not start in %v", ingestTimeout)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.failed
}

// ingestCall sends req, and data as a transferred ArrayBuffer, to the
// worker and waits for its answer.
func ingestCall(req message.Request, data []byte) (message.Response, error) {
	b, err := json.Marshal(req)
	if err != nil {
		return message.Response{}, err
	}
	w := &ingester
	w.mu.Lock()
	startIngestLocked()
	w.next++
	id := w.next
	ch := make(chan ingestReply, 1)
	w.waiting[id] = ch
	msg := map[string]any{"id": id, "request": string(b)}
	var transfer []any
	if data != nil {
		arr := js.Global().Get("Uint8Array").New(len(data))
		js.CopyBytesToJS(arr, data)
		msg["data"] = arr.Get("buffer")
		transfer = append(transfer, arr.Get("buffer"))
	}
	w.worker.Call("postMessage", msg, transfer)
	w.mu.Unlock()
	select {
	case r := <-ch:
		if r.err != nil {
			return message.Response{}, r.err
		}
		var resp message.Response
		if err := json.Unmarshal([]byte(r.response), &resp); err != nil {
			return message.Response{}, fmt.Errorf("the article reader's answer: %w", err)
		}
		return resp, nil
	case <-time.After(ingestTimeout):
		w.mu.Lock()
		delete(w.waiting, id)
		w.mu.Unlock()
		return message.Response{}, fmt.Errorf("the article reader (ingest.wasm) did not answer in %v", ingestTimeout)
	}
}
