//go:build js

package main

import (
	"errors"
	"runtime/debug"
	"strings"
	"sync"
	"syscall/js"

	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/ui/i18n"
	"lecteur/app/ui/link"
	"lecteur/app/ui/resultrows"
	"lecteur/app/ui/resultsdom"
)

func main() {
	early := js.Global().Get("lecteurEarly")
	if !early.Truthy() {
		return
	}
	mark("lecteur:early main")
	// The program runs once, for a few hundred milliseconds, and exits:
	// Go's collector, single-threaded in WebAssembly, ran several times
	// while the index's meta part was decoded (its heap starts at 4 MB),
	// each time on the way to the first result. It runs only past
	// earlyMemory now; the memory goes with the program.
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(earlyMemory)
	n, err := run(early)
	if err != nil {
		js.Global().Get("console").Call("warn", "Lecteur, early search: "+err.Error())
	}
	early.Set("shown", n)
	mark("lecteur:early done")
}

// earlyMemory is the heap past which the collector runs: about twice
// what the early search allocates at 100,000 articles.
const earlyMemory = 256 << 20

// run answers the query of lecteurEarly (see web/early-search.js) and
// writes the rows into its root, unless the app has taken over by then;
// it returns how many rows it wrote.
func run(early js.Value) (int, error) {
	q := early.Get("q").String()
	// The reader's language is read first, while the index's meta part
	// still downloads: a fresh profile's first localStorage read holds
	// the page's thread until the browser has opened its storage, which
	// at 100,000 articles on the loaded machine took 100 to 280 ms in
	// about one cold load of six, between the titles and the rows.
	e := env{Lang: readerLang(), Base: link.NewBase(early.Get("base").String())}
	mark("lecteur:early lang read")
	metaBytes, err := await(early.Get("meta"))
	if err != nil {
		return 0, err
	}
	mark("lecteur:early meta in")
	ix, err := search.DecodeMeta(metaBytes)
	if err != nil {
		return 0, err
	}
	mark("lecteur:early meta decoded")
	res := ix.Search(q, maxResults)
	mark("lecteur:early first search")
	if len(res.Missing) > 0 {
		if err := loadShards(ix, early.Get("data").String(), res.Missing); err != nil {
			return 0, err
		}
		// Every shard a query can need is known from the vocabulary:
		// one load is enough (data.Store.Search).
		res = ix.Search(q, maxResults)
	}
	mark("lecteur:early searched")
	listBytes, err := await(early.Get("list"))
	if err != nil {
		return 0, err
	}
	mark("lecteur:early list in")
	ids, docs := firstIDs(res.Hits)
	sums, err := site.FindSummaries(listBytes, ids, docs)
	if err != nil {
		return 0, err
	}
	mark("lecteur:early titles found")
	rows := resultRows(e, res.Hits, sums)
	mark("lecteur:early rows made")
	if early.Get("stop").Truthy() || len(rows) == 0 {
		return 0, nil // the app is there first, or has nothing to show
	}
	root := early.Get("root")
	if !root.Truthy() {
		return 0, errors.New("no result list in the page")
	}
	// The list is empty (web/early-search.js): it is written in one
	// call, the browser's parser making the nodes, rather than one call
	// out of WebAssembly per node and attribute.
	var markup strings.Builder
	resultsdom.AppendHTML(&markup, rows)
	// The links take the query from the list when used (resultrows.QueryLink).
	root.Call("setAttribute", resultrows.QueryAttr, q)
	root.Set("innerHTML", markup.String())
	mark("lecteur:early rows written")
	// The status line says how many match, as the app's does; the app
	// keeps it until it has results of its own (app/ui/early.go).
	status := statusText(e, res.Total)
	early.Set("status", status)
	if el := js.Global().Get("document").Call("getElementById", "search-status"); el.Truthy() {
		el.Set("textContent", status)
	}
	mark("lecteur:early results")
	return len(rows), nil
}

// loadShards fetches the postings shards n of the index, in parallel, and
// adds them.
func loadShards(ix *search.Index, dataDir string, shards []int) error {
	errs := make([]error, len(shards))
	var wg sync.WaitGroup
	for i, n := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, err := await(js.Global().Call("lecteurEarlyFetch", dataDir+shardName(n)))
			mark("lecteur:early fetched " + shardName(n))
			if err == nil {
				err = ix.AddShard(n, b)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// readerLang is the interface language the app will pick (app/ui's
// ApplyPrefs): the reader's saved choice, else the browser's.
func readerLang() i18n.Lang {
	saved := ""
	if ls := js.Global().Get("localStorage"); ls.Truthy() {
		if v := ls.Call("getItem", "lecteur-lang"); v.Type() == js.TypeString {
			saved = v.String()
		}
	}
	var langs []string
	nav := js.Global().Get("navigator")
	if l := nav.Get("languages"); l.Truthy() {
		for i := 0; i < l.Length(); i++ {
			langs = append(langs, l.Index(i).String())
		}
	} else if l := nav.Get("language"); l.Truthy() {
		langs = append(langs, l.String())
	}
	return i18n.Pick(saved, langs)
}

// await blocks until promise p, of an ArrayBuffer, settles, and returns
// its bytes or its rejection as an error.
func await(p js.Value) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	onOK := js.FuncOf(func(_ js.Value, args []js.Value) any {
		arr := js.Global().Get("Uint8Array").New(args[0])
		b := make([]byte, arr.Length())
		js.CopyBytesToGo(b, arr)
		done <- result{b: b}
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
	return r.b, r.err
}

// mark records a moment in the page's performance timeline (build/bench
// reads the marks).
func mark(name string) {
	if p := js.Global().Get("performance"); p.Truthy() && p.Get("mark").Truthy() {
		p.Call("mark", name)
	}
}
