// Lecteur's early search: the first results of a search page opened
// cold (search?q=…), shown before the app has started.
//
// Why: the app (app.wasm, 10 MB) needs seconds to download, compile and
// start go-app before it can search. search.wasm (app/earlysearch) holds
// only the search (app/search, the same ranking code) and the decoding of
// the data files: it starts in a fraction of that time, answers the
// query of the URL and writes the first results into the prerendered
// list, with the app's markup. The app then adopts those rows and
// replaces them with its own in one step, without a visible change
// (app/ui/early.go).
//
// The build adds this script at the start of the search page's <head>,
// not deferred (build/preload.go): it runs as the parser meets it, before
// go-app's wasm_exec.js and app.js (deferred) and before the <body> is
// parsed. It asks at once for search.wasm's compilation and the data the
// first search waits for, and instantiates search.wasm once the page is
// parsed (DOMContentLoaded: wasm_exec.js has defined Go, the result list
// is there; app.js has run but its fetch of app.wasm waits, see below).
// With data-base (the base path), data-data (the data folder of the
// build), data-wasm (search.wasm) and data-shards (the index's shard keys,
// absent when it has no shards). It shares globalThis.lecteurEarly
// with search.wasm and the app:
//
//   q, base, data   the query, the base path, the data folder;
//   meta, list      the promises of the two files the first search waits
//                   for (the page preloads both);
//   root            the prerendered result list;
//   done, finish    a promise settled (by finish) once search.wasm ends;
//   shown, status   set by search.wasm: the rows it wrote, its status line;
//   stop            set by the app as its result list mounts: search.wasm
//                   writes nothing after it;
//   adopted         set by the app while it shows the early rows;
//   typed           what the reader typed into the prerendered box.
(() => {
  const me = document.currentScript;
  const params = new URLSearchParams(location.search);
  const q = params.get("q");
  // An entity facet (e=) filters with the catalog, which only the app
  // loads: the early search leaves such a page to it.
  if (!q || !q.trim() || params.has("e") || !WebAssembly.compileStreaming) return;

  const pageFetch = globalThis.fetch;
  // A file stored gzipped (name ending in ".gz": the index shards) is
  // unpacked with DecompressionStream, as the app's fetch does
  // (app/ui/browser.Fetch), unless the host already did (sent with
  // Content-Encoding: gzip, it no longer starts with gzip's magic bytes).
  // The bytes are streamed from a Response made of them, not from a Blob:
  // a Blob's stream is read back from the browser's process, and during
  // the start, on the loaded machine, that round trip held a shard's
  // unpacking from 2 to 200 ms where a Response's took 0 to 4 (most
  // often; 55 once), on the way to the first result.
  const gunzip = (buf) => {
    const a = new Uint8Array(buf);
    if (a.length < 2 || a[0] !== 0x1f || a[1] !== 0x8b) return buf;
    return new Response(new Response(a).body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
  };
  const get = (url) =>
    pageFetch(url)
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(url + ": HTTP " + r.status))))
      .then((buf) => (url.endsWith(".gz") ? gunzip(buf) : buf));
  // The query's postings shards are fetched now, with search.wasm's
  // download, rather than once search.wasm has decoded the index's meta
  // part: search.wasm's fetches (lecteurEarlyFetch) take them from here.
  // It asks for the shards of the other words the query may mean (stems,
  // typos) itself.
  const prefetched = new Map();
  for (const n of queryShards(q, me.dataset.shards === undefined ? [] : me.dataset.shards.split(" "))) {
    const url = me.dataset.data + "index-" + String(n).padStart(3, "0") + ".bin.gz";
    const p = get(url);
    p.catch(() => {});
    prefetched.set(url, p);
  }
  globalThis.lecteurEarlyFetch = (url) => {
    const p = prefetched.get(url);
    prefetched.delete(url);
    return p || get(url);
  };
  const early = (globalThis.lecteurEarly = {
    q,
    base: me.dataset.base,
    data: me.dataset.data,
    meta: get(me.dataset.data + "index-meta.bin"),
    list: get(me.dataset.data + "articles.bin"),
    root: null, // the result list, once the page is parsed
    stop: false,
    shown: 0,
  });
  // A failed fetch is search.wasm's to report: never an unhandled
  // rejection here.
  early.meta.catch(() => {});
  early.list.catch(() => {});
  early.done = new Promise((resolve) => { early.finish = resolve; });


  // app.js's fetch of app.wasm waits for the early search to end, shown
  // or failed (early.done): the compilation (both cores, at 10 MB) and
  // Go's start of the app (the page's thread, the better part of a
  // second) follow it. The download, preloaded, goes on meanwhile outside
  // the page's thread; app.js reads it chunk by chunk on that thread,
  // which, on the loaded machine, had the early search's shards wait
  // seconds for it. The app starts no later than it would have once the
  // early search is done.
  const appWasm = new URL(me.dataset.base + "web/app.wasm", location.href).href;
  globalThis.fetch = (input, init) => {
    const url = typeof input === "string" || input instanceof URL ? new URL(input, location.href).href : input.url;
    return url === appWasm ? early.done.then(() => pageFetch(input, init)) : pageFetch(input, init);
  };
  early.done.then(() => { globalThis.fetch = pageFetch; });

  // The service worker's registration, which app.js makes as it runs
  // (as the page is parsed), waits for the early search too. Its
  // installation fetches and stores its whole precache (400 files at
  // 10,000 articles, started about when search.wasm's Go main did): on
  // the machine's two cores and through the browser's network queue,
  // that was the work the early search's typo-correction shards, its
  // lazily compiled functions and its rows waited behind. The data
  // files the page fetched before the worker controlled it are handed
  // to it once it does (app/ui/offline.go, missedFiles), so the
  // searches made online still work offline over the offline budget
  // (TestOfflineOverBudgetSaysSo).
  const sw = navigator.serviceWorker;
  if (sw) {
    const register = sw.register;
    sw.register = (...args) => early.done.then(() => register.apply(sw, args));
    early.done.then(() => { sw.register = register; });
  }

  // search.wasm compiles while it downloads (and while the page is
  // parsed, its stylesheets and scripts load).
  const compiled = WebAssembly.compileStreaming(pageFetch(me.dataset.wasm));
  compiled.catch(() => {});

  const start = () => {
    const root = document.getElementById("results");
    if (!root || root.firstChild || typeof Go !== "function") {
      early.finish();
      return;
    }
    early.root = root;
    performance.mark("lecteur:early parsed");
    // The query in the box, as the app will show it; what the reader
    // types there before the app starts is kept for it (typed): go-app
    // replaces the box with its own.
    const box = document.getElementById("q");
    if (box && box.value === "") box.value = q;
    if (box) box.addEventListener("input", () => { early.typed = box.value; });
    const go = new Go();
    // go.run's promise settles when search.wasm's main returns.
    compiled
      .then((module) => WebAssembly.instantiate(module, go.importObject))
      .then((instance) => go.run(instance))
      .catch((err) => console.warn("Lecteur, early search:", err))
      .finally(() => early.finish());
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();

  // queryShards returns the numbers of the postings shards holding the words
  // of query q: each word's own shard and, for the last word when it may be
  // still being typed, the shards of the words it begins (up to four).
  // keys are the index's shard keys (data-shards,
  // search.Index.ShardKeys): shard i holds the terms from keys[i] up to
  // keys[i+1]. The words are folded as app/search's Normalize does, near
  // enough: a wrong guess costs a fetch, never a result, since search.wasm
  // fetches whatever else its search needs.
  function queryShards(q, keys) {
    if (keys.length < 2) return keys.length ? [0] : [];
    const words = q
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/œ/g, "oe")
      .replace(/æ/g, "ae")
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w);
    // The last key at or before w.
    const shardOf = (w) => {
      let lo = 0, hi = keys.length;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (keys[mid] <= w) lo = mid; else hi = mid;
      }
      return lo;
    };
    const shards = new Set(words.map(shardOf));
    const last = words[words.length - 1];
    if (last && !/[\s"]$/.test(q)) {
      const from = shardOf(last), to = shardOf(last + "\uffff");
      // A short last word ("c") begins too many words to fetch them all.
      if (to - from < 4) for (let n = from; n <= to; n++) shards.add(n);
    }
    return [...shards];
  }
})();
