//go:build js

package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"syscall/js"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ingest/message"
)

// The reader's own articles live in IndexedDB, in a database named after
// the base path (two Lecteur sites on one host keep their own), one record
// per article: {id, seq, json, print, path}, json being the storedDoc in
// JSON (the ingest.Doc as the ingestion worker wrote it, and its summary),
// print its fingerprint and seq its order, both indexed so that adding an
// article reads neither the others nor their text. Every call blocks until
// IndexedDB answers, so call them from ctx.Async.

const (
	idbStore = "articles"
	// idbVersion 2 added the print and seq indexes and renamed the ids of
	// the former "local/" form (localID).
	idbVersion = 2
)

var idb js.Value // the open database, once opened

// idbArticles is the localStore of the browser.
type idbArticles struct{}

func newLocalStore() localStore { return idbArticles{} }

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
		return js.Value{}, errors.New(t("local.err.idbslow"))
	}
}

// idbTimeout bounds every wait on IndexedDB, so that a stuck database
// never leaves a page loading: the published corpus shows without the
// reader's own articles. It is generous: on a busy machine IndexedDB can
// take seconds, and a write reported as failed might still land (4 s
// failed adds in the end-to-end tests under load).
const idbTimeout = 15 * time.Second

func openIDB() (js.Value, error) {
	if idb.Truthy() {
		return idb, nil
	}
	factory := js.Global().Get("indexedDB")
	if !factory.Truthy() {
		return js.Value{}, errors.New(t("local.err.noidb"))
	}
	req := factory.Call("open", "lecteur-local:"+Base(), idbVersion)
	var release []js.Func
	upgrade := js.FuncOf(func(this js.Value, args []js.Value) any {
		db := req.Get("result")
		var s js.Value
		if db.Get("objectStoreNames").Call("contains", idbStore).Bool() {
			s = req.Get("transaction").Call("objectStore", idbStore)
		} else {
			s = db.Call("createObjectStore", idbStore, map[string]any{"keyPath": "id"})
		}
		for _, ix := range []string{"print", "seq"} {
			if !s.Get("indexNames").Call("contains", ix).Bool() {
				s.Call("createIndex", ix, ix)
			}
		}
		release = append(release, upgradeRecords(s))
		return nil
	})
	req.Set("onupgradeneeded", upgrade)
	db, err := await(req, "onsuccess")
	upgrade.Release()
	for _, f := range release {
		f.Release()
	}
	if err != nil {
		return js.Value{}, fmt.Errorf("IndexedDB: %w", err)
	}
	// Another tab opening a newer version asks this one to let go.
	db.Set("onversionchange", js.FuncOf(func(js.Value, []js.Value) any {
		db.Call("close")
		idb = js.Undefined()
		return nil
	}))
	idb = db
	return db, nil
}

// upgradeRecords rewrites every record of s in the current form, during
// the upgrade transaction: the top-level seq, print and path that the
// indexes read, and ids of the former "local/" form renamed. It returns
// the cursor's callback, to release once the database is open.
func upgradeRecords(s js.Value) js.Func {
	cursor := s.Call("openCursor")
	var next js.Func
	next = js.FuncOf(func(js.Value, []js.Value) any {
		c := cursor.Get("result")
		if !c.Truthy() {
			return nil
		}
		v := c.Get("value")
		var d storedDoc
		if err := json.Unmarshal([]byte(v.Get("json").String()), &d); err != nil {
			logLocal("skip stored article %s: %v", v.Get("id").String(), err)
			c.Call("continue")
			return nil
		}
		old := v.Get("id").String()
		d.ID = localID(old)
		rec, err := idbRecord(d)
		if err != nil {
			logLocal("skip stored article %s: %v", old, err)
		} else if d.ID != old {
			c.Call("delete")
			s.Call("put", rec)
		} else {
			c.Call("update", rec)
		}
		c.Call("continue")
		return nil
	})
	cursor.Set("onsuccess", next)
	return next
}

// idbRecord is the IndexedDB record of d.
func idbRecord(d storedDoc) (map[string]any, error) {
	b, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	rec := map[string]any{"id": d.ID, "seq": d.Seq, "json": string(b), "path": d.Path}
	if d.Fingerprint != "" {
		rec["print"] = d.Fingerprint
	}
	return rec, nil
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

func (idbArticles) load() ([]storedDoc, error) {
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
		d.ID = all.Index(i).Get("id").String()
		out = append(out, d)
	}
	return out, nil
}

// add chooses the id and the order key and writes the record in one
// readwrite transaction: IndexedDB runs the readwrite transactions of one
// store one after the other, across tabs, so what add saw is still true
// when it writes, and add (not put) would fail rather than replace a
// record.
func (idbArticles) add(d storedDoc, base string) (storedDoc, string, error) {
	db, err := openIDB()
	if err != nil {
		return d, "", err
	}
	tx := db.Call("transaction", idbStore, "readwrite")
	s := tx.Call("objectStore", idbStore)
	// Requests of a transaction succeed in the order they were made: when
	// the last one does, the others have their results.
	keys := s.Call("getAllKeys")
	same := js.Null()
	if d.Fingerprint != "" {
		same = s.Call("index", "print").Call("get", d.Fingerprint)
	}
	last := s.Call("index", "seq").Call("openCursor", js.Null(), "prev")
	var dup string
	var encErr error
	onLast := js.FuncOf(func(js.Value, []js.Value) any {
		if !same.IsNull() {
			if r := same.Get("result"); r.Truthy() {
				dup = r.Get("path").String()
				if dup == "" || dup == "<undefined>" {
					dup = strings.TrimPrefix(r.Get("id").String(), localPrefix)
				}
				return nil
			}
		}
		taken := map[string]bool{}
		ks := keys.Get("result")
		for i := 0; i < ks.Length(); i++ {
			taken[ks.Index(i).String()] = true
		}
		d.ID = freeID(base, func(id string) bool { return taken[id] })
		d.Seq = 1
		if c := last.Get("result"); c.Truthy() {
			d.Seq = c.Get("value").Get("seq").Int() + 1
		}
		rec, err := idbRecord(d)
		if err != nil {
			encErr = err
			tx.Call("abort")
			return nil
		}
		s.Call("add", rec)
		return nil
	})
	last.Set("onsuccess", onLast)
	_, err = await(tx, "oncomplete")
	onLast.Release()
	if encErr != nil {
		return d, "", encErr
	}
	return d, dup, err
}

func (idbArticles) remove(id string) error {
	_, err := transact("readwrite", func(s js.Value) js.Value { return s.Call("delete", id) })
	return err
}

func (idbArticles) clear() error {
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
//
// Every wait is bounded: the start by ingestStartTimeout, each request by
// ingestRequestTimeout. A request that takes longer (a file too long to
// read) stops the worker, which frees it for the next request, on a new
// worker, instead of leaving it busy and every later request waiting.
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

const (
	// ingestStartTimeout bounds the worker's start: fetching ingest.wasm
	// (1.6 MB compressed) and compiling it.
	ingestStartTimeout = 60 * time.Second
	// ingestRequestTimeout bounds one request once the worker runs but a
	// Link or Merge (ingestLinkTimeout): reading the largest file accepted
	// (4 MB) takes a few seconds.
	ingestRequestTimeout = 30 * time.Second
	// readTimeoutKey names the localStorage item that, when it holds a
	// number of milliseconds, replaces ingestRequestTimeout for reading
	// one file: more on a slow machine, less in the end-to-end test that
	// sees a slow file refused without locking the library.
	readTimeoutKey = "lecteur-read-timeout-ms"
)

// ingestLinkTimeout bounds linking (and merging) the whole library. Its
// work is near-linear in what reads already accepted, each within its own
// bound, so it is a net for a worker that hangs, not a clock: with a file
// of 13,000 names, linking took over 30 s on a loaded 2-core machine, and
// the library was shown unanalysed.
const ingestLinkTimeout = 3 * time.Minute

// requestTimeout bounds the worker's answer to req: ingestRequestTimeout,
// ingestLinkTimeout for a Link or Merge, or for a Read what
// readTimeoutKey says.
func requestTimeout(req message.Request) time.Duration {
	switch req.Op {
	case message.Link, message.Merge:
		return ingestLinkTimeout
	case message.Read:
	default:
		return ingestRequestTimeout
	}
	ls := js.Global().Get("localStorage")
	if !ls.Truthy() {
		return ingestRequestTimeout
	}
	v := ls.Call("getItem", readTimeoutKey)
	if v.Type() != js.TypeString {
		return ingestRequestTimeout
	}
	ms, err := strconv.Atoi(v.String())
	if err != nil || ms <= 0 {
		return ingestRequestTimeout
	}
	return time.Duration(ms) * time.Millisecond
}

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
			err := fmt.Errorf(t("local.err.reader"), d.Get("failed").String())
			if d.Get("fetch").Truthy() {
				// ingest.wasm could not be downloaded: offline before it was
				// ever cached.
				err = errors.New(t("local.err.readeroffline"))
			}
			w.failLocked(worker, err)
		default:
			reply := ingestReply{}
			if e := d.Get("error"); e.Truthy() {
				reply.err = fmt.Errorf(t("local.err.reader"), e.String())
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
		msg := "?"
		if len(args) > 0 && args[0].Get("message").Truthy() {
			msg = args[0].Get("message").String()
		}
		w.mu.Lock()
		defer w.mu.Unlock()
		w.failLocked(worker, fmt.Errorf(t("local.err.reader"), msg))
		return nil
	})
	worker.Set("onmessage", w.onMsg)
	worker.Set("onerror", w.onErr)
	w.worker = worker
}

// failLocked stops worker, if it is the current one, and fails every
// request waiting for it with err; the next request starts a new worker
// (the reader may be back online).
func (w *ingestState) failLocked(worker js.Value, err error) {
	if !w.worker.Equal(worker) {
		return
	}
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
	ready, worker := w.ready, w.worker
	w.mu.Unlock()
	select {
	case <-ready:
	case <-time.After(ingestStartTimeout):
		err := fmt.Errorf(t("local.err.readerslow"), int(ingestStartTimeout.Seconds()))
		w.mu.Lock()
		w.failLocked(worker, err)
		w.mu.Unlock()
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.worker.Equal(worker) && w.failed == nil {
		return errors.New(t("local.err.readerstopped"))
	}
	return w.failed
}

// ingestCall sends req, and data as a transferred ArrayBuffer, to the
// worker once it runs and waits for its answer, at most requestTimeout:
// then the worker is stopped and the error says the request took too
// long.
func ingestCall(req message.Request, data []byte) (message.Response, error) {
	b, err := json.Marshal(req)
	if err != nil {
		return message.Response{}, err
	}
	if err := ingestReady(); err != nil {
		return message.Response{}, err
	}
	w := &ingester
	w.mu.Lock()
	if !w.worker.Truthy() {
		// Stopped since it was ready (another request took too long).
		startIngestLocked()
		w.mu.Unlock()
		if err := ingestReady(); err != nil {
			return message.Response{}, err
		}
		w.mu.Lock()
	}
	worker := w.worker
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
	worker.Call("postMessage", msg, transfer)
	w.mu.Unlock()
	timeout := requestTimeout(req)
	select {
	case r := <-ch:
		if r.err != nil {
			return message.Response{}, r.err
		}
		var resp message.Response
		if err := json.Unmarshal([]byte(r.response), &resp); err != nil {
			return message.Response{}, fmt.Errorf(t("local.err.reader"), err)
		}
		return resp, nil
	case <-time.After(timeout):
		key := "local.err.slow"
		if req.Op == message.Read {
			key = "local.err.slowread"
		}
		err := fmt.Errorf(t(key), int((timeout+time.Second-1)/time.Second))
		w.mu.Lock()
		w.failLocked(worker, err)
		w.mu.Unlock()
		return message.Response{}, err
	}
}
