//go:build js

package browser

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"syscall/js"
	"time"

	"lecteur/app/ui/data"
	"lecteur/app/ui/i18n"
)

// The reader's own articles live in IndexedDB, in a database named after
// the base path (two Lecteur sites on one host keep their own), one record
// per article: {id, seq, json, print, path}, json being the data.StoredDoc in
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

// idbArticles is the data.ArticleDB of the browser.
type idbArticles struct {
	name string   // the database's name
	db   js.Value // the open database, once opened
}

// IndexedDB returns the reader's articles kept in the IndexedDB database
// of the site served under base: two Lecteur sites on one host keep their
// own.
func IndexedDB(base string) data.ArticleDB { return &idbArticles{name: "lecteur-local:" + base} }

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
		return js.Value{}, i18n.Errorf("local.err.idbslow")
	}
}

// idbTimeout bounds every wait on IndexedDB, so that a stuck database
// never leaves a page loading: the published corpus shows without the
// reader's own articles. It is generous: on a busy machine IndexedDB can
// take seconds, and a write reported as failed might still land (4 s
// failed adds in the end-to-end tests under load).
const idbTimeout = 15 * time.Second

func (a *idbArticles) open() (js.Value, error) {
	if a.db.Truthy() {
		return a.db, nil
	}
	factory := js.Global().Get("indexedDB")
	if !factory.Truthy() {
		return js.Value{}, i18n.Errorf("local.err.noidb")
	}
	req := factory.Call("open", a.name, idbVersion)
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
		a.db = js.Undefined()
		return nil
	}))
	a.db = db
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
		var d data.StoredDoc
		if err := json.Unmarshal([]byte(v.Get("json").String()), &d); err != nil {
			Log("skip stored article %s: %v", v.Get("id").String(), err)
			c.Call("continue")
			return nil
		}
		old := v.Get("id").String()
		d.ID = data.LocalID(old)
		rec, err := idbRecord(d)
		if err != nil {
			Log("skip stored article %s: %v", old, err)
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
func idbRecord(d data.StoredDoc) (map[string]any, error) {
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
func (a *idbArticles) transact(mode string, do func(store js.Value) js.Value) (js.Value, error) {
	db, err := a.open()
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

func (a *idbArticles) Load() ([]data.StoredDoc, error) {
	all, err := a.transact("readonly", func(s js.Value) js.Value { return s.Call("getAll") })
	if err != nil {
		return nil, err
	}
	var out []data.StoredDoc
	for i := 0; i < all.Length(); i++ {
		var d data.StoredDoc
		if err := json.Unmarshal([]byte(all.Index(i).Get("json").String()), &d); err != nil {
			Log("skip stored article %s: %v", all.Index(i).Get("id").String(), err)
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
func (a *idbArticles) Add(d data.StoredDoc, base string) (data.StoredDoc, string, error) {
	db, err := a.open()
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
					dup = strings.TrimPrefix(r.Get("id").String(), data.LocalPrefix)
				}
				return nil
			}
		}
		taken := map[string]bool{}
		ks := keys.Get("result")
		for i := 0; i < ks.Length(); i++ {
			taken[ks.Index(i).String()] = true
		}
		d.ID = data.FreeID(base, func(id string) bool { return taken[id] })
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

func (a *idbArticles) Remove(id string) error {
	_, err := a.transact("readwrite", func(s js.Value) js.Value { return s.Call("delete", id) })
	return err
}

func (a *idbArticles) Clear() error {
	_, err := a.transact("readwrite", func(s js.Value) js.Value { return s.Call("clear") })
	return err
}
