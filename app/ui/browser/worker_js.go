//go:build js

package browser

import (
	"encoding/json"
	"strconv"
	"sync"
	"syscall/js"
	"time"

	"lecteur/app/ingest/message"
	"lecteur/app/ui/data"
	"lecteur/app/ui/i18n"
)

// The ingestion worker (web/ingest-worker.js running web/ingest.wasm,
// app/ingestworker) reads and links the reader's files off the page's
// thread. It starts on first use: on the "Add articles" page, or when
// stored articles are to be shown. Each request has an id; the answer
// comes back to the channel waiting for that id.
//
// Every wait is bounded: the start by ingestStartTimeout, each request by
// requestTimeout. A request that takes longer (a file too long to
// read) stops the worker, which frees it for the next request, on a new
// worker, instead of leaving it busy and every later request waiting.
type ingestState struct {
	script  string // the worker's script, under the base path
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

// IngestWorker returns the data.Reader of the browser: the ingestion
// worker, started from script (web/ingest-worker.js under the base path)
// on first use.
func IngestWorker(script string) data.Reader { return &ingestState{script: script} }

// startLocked starts the worker unless it runs.
func (w *ingestState) startLocked() {
	if w.worker.Truthy() {
		return
	}
	w.waiting = map[int]chan ingestReply{}
	w.ready = make(chan struct{})
	w.failed = nil
	worker := js.Global().Get("Worker").New(w.script)
	w.onMsg = js.FuncOf(func(_ js.Value, args []js.Value) any {
		d := args[0].Get("data")
		w.mu.Lock()
		defer w.mu.Unlock()
		switch {
		case d.Get("ready").Truthy():
			close(w.ready)
		case d.Get("failed").Truthy():
			err := i18n.Errorf("local.err.reader", d.Get("failed").String())
			if d.Get("fetch").Truthy() {
				// ingest.wasm could not be downloaded: offline before it was
				// ever cached.
				err = i18n.Errorf("local.err.readeroffline")
			}
			w.failLocked(worker, err)
		default:
			reply := ingestReply{}
			if e := d.Get("error"); e.Truthy() {
				reply.err = i18n.Errorf("local.err.reader", e.String())
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
		w.failLocked(worker, i18n.Errorf("local.err.reader", msg))
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

// Ready starts the worker and waits until it can answer.
func (w *ingestState) Ready() error {
	w.mu.Lock()
	w.startLocked()
	ready, worker := w.ready, w.worker
	w.mu.Unlock()
	select {
	case <-ready:
	case <-time.After(ingestStartTimeout):
		err := i18n.Errorf("local.err.readerslow", int(ingestStartTimeout.Seconds()))
		w.mu.Lock()
		w.failLocked(worker, err)
		w.mu.Unlock()
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.worker.Equal(worker) && w.failed == nil {
		return i18n.Errorf("local.err.readerstopped")
	}
	return w.failed
}

// Call sends req, and payload as a transferred ArrayBuffer, to the
// worker once it runs and waits for its answer, at most requestTimeout:
// then the worker is stopped and the error says the request took too
// long.
func (w *ingestState) Call(req message.Request, payload []byte) (message.Response, error) {
	b, err := json.Marshal(req)
	if err != nil {
		return message.Response{}, err
	}
	if err := w.Ready(); err != nil {
		return message.Response{}, err
	}
	w.mu.Lock()
	if !w.worker.Truthy() {
		// Stopped since it was ready (another request took too long).
		w.startLocked()
		w.mu.Unlock()
		if err := w.Ready(); err != nil {
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
	if payload != nil {
		arr := js.Global().Get("Uint8Array").New(len(payload))
		js.CopyBytesToJS(arr, payload)
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
			return message.Response{}, i18n.Errorf("local.err.reader", err)
		}
		return resp, nil
	case <-time.After(timeout):
		key := "local.err.slow"
		if req.Op == message.Read {
			key = "local.err.slowread"
		}
		err := i18n.Errorf(key, int((timeout+time.Second-1)/time.Second))
		w.mu.Lock()
		w.failLocked(worker, err)
		w.mu.Unlock()
		return message.Response{}, err
	}
}
