package main

import (
	"encoding/json"
	"sort"
	"strings"
)

// workerTemplate is Lecteur's service worker, a go-app template (go-app
// fills Version and ResourcesToCache). Unlike go-app's default it:
//
//   - precaches, on install, everything handler lists: the pages, the
//     wasm, every data file, CSS and icons, fetched past the HTTP cache
//     (GitHub Pages lets browsers keep files ten minutes, which could
//     mix an old catalog with a new app); but not ingest.wasm, the
//     "Add articles" reader (5 MB), which it caches when the page first
//     fetches it, like any file, and precaches in a new version only for
//     a reader whose cache already had it, so that reading and adding
//     one's own articles keeps working offline across updates;
//   - answers navigations with a query (search?q=…, compare?left=…) from
//     the cached page, caches every page it fetches later, and offline
//     falls back to the cached 404 page, whose app renders the view the
//     URL asks for, so any article opens offline even when its page was
//     never cached;
//   - once a page has loaded and asks ("cacheForOffline"), fetches in the
//     background what offlinePlan lists, the data install left to load
//     on demand and the "Add articles" reader, and reports its progress
//     to the pages (OfflineStatus shows it), so that after one visit
//     every search and article works offline, within offlineBudget;
//   - never takes over by itself: a new version installs next to the old
//     one and waits. The old worker then ends its background download
//     and starts none (it would hold the new one back, for a cache the
//     new one deletes). The page shows the update prompt (UpdatePrompt),
//     which posts "stopOffline" to the old worker (the same, for a
//     worker that missed the install) and "skipWaiting" to the new one;
//     the new worker activates, deletes the old cache and claims the
//     pages, which reload on controllerchange.
//     A page is thus always served by one version: its pages, app and
//     data come from one cache;
//   - never caches a redirected response, on install or later: a cached
//     redirect answers a navigation with net::ERR_FAILED (browsers refuse
//     a redirected response for a request that does not follow
//     redirects). A precached URL the server redirects is left to the
//     network.
//
// base is normalised (build/basepath); it is written as a JSON string all
// the same, so no base can break the script.
func workerTemplate(base string, plan offlinePlan) string {
	quoted, _ := json.Marshal(base)
	return strings.NewReplacer(`"__BASE__"`, string(quoted), "__OFFLINE__", plan.json(base)).Replace(workerJS)
}

// offlinePlan is what the service worker keeps for offline use beyond what
// it precaches on install.
type offlinePlan struct {
	files    []string // site paths ("/web/data/…") to fetch in the background
	bytes    int      // bytes of the data loaded on demand, all of it
	budget   int      // offlineBudget
	complete bool     // files and the precache hold every data file
}

// json is the plan as the worker reads it, with URLs under base.
func (p offlinePlan) json(base string) string {
	urls := make([]string, len(p.files))
	for i, f := range p.files {
		urls[i] = base + strings.TrimPrefix(f, "/")
	}
	sort.Strings(urls)
	b, _ := json.Marshal(struct {
		Files    []string `json:"files"`
		Bytes    int      `json:"bytes"`
		Budget   int      `json:"budget"`
		Complete bool     `json:"complete"`
	}{urls, p.bytes, p.budget, p.complete})
	return string(b)
}

const workerJS = `// Lecteur service worker, version {{.Version}}.
const cacheName = "lecteur-{{.Version}}";
const base = "__BASE__";
// go-app adds the base path without its slash, which only redirects.
const resourcesToCache = {{.ResourcesToCache}}.filter(
  (u) => base === "/" || u !== base.slice(0, -1)
);

// The "Add articles" reader, fetched by its Web Worker when first used.
const ingestWasm = base + "web/ingest.wasm";

// What to keep for offline use beyond the precache (build/worker.go's
// offlinePlan): {files, bytes, budget, complete}.
const offline = __OFFLINE__;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      await Promise.all(resourcesToCache.map((u) => precache(cache, u)));
      if (await caches.match(ingestWasm)) {
        // A reader who added articles: keep the new reader at hand offline.
        await precache(cache, ingestWasm).catch(() => {});
      }
    })()
  );
});

// precache fetches u past the HTTP cache and keeps it, as cache.add
// would, unless the server redirected it: a redirected response cannot
// answer a navigation, so u is left to the network.
async function precache(cache, u) {
  const res = await fetch(new Request(u, { cache: "reload" }));
  if (!res.ok) {
    throw new TypeError("precache " + u + ": status " + res.status);
  }
  if (!res.redirected) {
    await cache.put(u, res);
  }
}

// retiring is set by "stopOffline": a new version is taking over, and
// this worker starts no offline run any more. A page keeps asking
// (OfflineStatus sends the data files it fetched past any worker as it
// fetches them), and a run started after "stopOffline" would hold the
// new version's activation, and the reader's "Reload", until its whole
// download ended.
let retiring = false;
self.addEventListener("message", (event) => {
  if (event.data === "skipWaiting") {
    self.skipWaiting();
  }
  if (event.data && event.data.cacheForOffline && !retiring && !newVersionWaits()) {
    event.waitUntil(cacheForOffline(event.data.cacheForOffline));
  }
  if (event.data === "stopOffline") {
    retiring = true;
    stopOffline();
  }
});

// newVersionWaits tells that a newer version of the site has installed
// and waits to take over. This worker's offline cache is then of no more
// use (the new version's activation deletes it, and the new one has its
// own), and a download for it would only hold the new one back: the
// browser activates a waiting worker once the active one has no event in
// flight. It is asked of the registration, not of retiring alone,
// because the browser stops an idle worker and starts it again for the
// next event, which forgets retiring.
function newVersionWaits() {
  const w = self.registration.waiting;
  return w !== null && w !== self.serviceWorker;
}

// A new version that installs while a download runs ends it, whether or
// not a page asks (UpdatePrompt's "stopOffline").
self.registration.addEventListener("updatefound", () => {
  const w = self.registration.installing;
  if (w && w !== self.serviceWorker) {
    w.addEventListener("statechange", () => {
      if (w.state === "installed") {
        stopOffline();
      }
    });
  }
});

// cacheForOffline fetches the files of the offline plan that this
// version's cache lacks, three at a time, and tells the pages how far it
// is: {lecteurOffline: {done, total, failed, bytes, budget, complete}}.
// A page asks each time it starts, so a run cut short resumes; one run
// at a time. missed are data files the page fetched past the worker
// (before it controlled the page, on a first visit): they go first,
// since over the budget what the reader searched and opened is all that
// works offline; a run in progress adds them to its queue.
let offlineRun = null;
let offlineStop = null; // the AbortController of the run in progress
let offlineAdd = null; // adds files to the queue of the run in progress
function cacheForOffline(missed) {
  missed = (Array.isArray(missed) ? missed : []).filter(isData);
  if (offlineAdd) {
    offlineAdd(missed);
    return offlineRun;
  }
  const queue = missed.concat(offline.files);
  const state = {
    done: 0,
    total: queue.length,
    failed: 0,
    bytes: offline.bytes,
    budget: offline.budget,
    complete: offline.complete,
  };
  const add = (urls) => {
    queue.unshift(...urls);
    state.total += urls.length;
  };
  const stop = new AbortController();
  offlineStop = stop;
  offlineAdd = add;
  offlineRun = runOffline(stop.signal, queue, state).finally(() => {
    if (offlineAdd === add) {
      offlineAdd = null;
    }
    if (offlineStop === stop) {
      offlineRun = null;
      offlineStop = null;
    }
  });
  return offlineRun;
}

// isData tells a URL of this site's data files.
function isData(u) {
  try {
    const url = new URL(u, self.location.href);
    return url.origin === self.location.origin && url.pathname.startsWith(base + "web/data/");
  } catch (err) {
    return false;
  }
}

// stopOffline ends the run in progress: its fetches are aborted and the
// rest of its queue dropped. A page asks before it lets a new version take
// over (UpdatePrompt): the browser activates a waiting worker only once
// the active one has no event in flight, and a run is one (the message
// event that asked for it waits for it), so "Reload" would otherwise wait
// for the whole download, which the new version's activation throws away
// with the old cache anyway.
function stopOffline() {
  if (offlineStop) {
    offlineStop.abort();
  }
}

async function runOffline(signal, queue, state) {
  const cache = await caches.open(cacheName);
  let reported = 0;
  const report = async (force) => {
    if (!force && state.done - reported < 10) {
      return;
    }
    reported = state.done;
    const pages = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    pages.forEach((p) => p.postMessage({ lecteurOffline: Object.assign({}, state) }));
  };
  await report(true);
  const fetcher = async () => {
    while (queue.length > 0 && !signal.aborted && !newVersionWaits()) {
      const u = queue.shift();
      if (!(await cache.match(u))) {
        try {
          const res = await fetch(new Request(u, { cache: "reload", signal }));
          if (res.ok && res.type === "basic") {
            await cache.put(u, res);
          } else {
            state.failed++;
          }
        } catch (err) {
          state.failed++;
        }
      }
      state.done++;
      await report(false);
    }
  };
  await Promise.all([fetcher(), fetcher(), fetcher()]);
  // No message can come between the last fetcher's end and here (only
  // promise callbacks run): files sent from now on start a new run.
  if (offlineAdd && queue.length === 0) {
    offlineAdd = null;
  }
  await report(true);
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.map((k) => (k.startsWith("lecteur-") && k !== cacheName ? caches.delete(k) : null))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") {
    return;
  }
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(base)) {
    return;
  }
  const navigate = req.mode === "navigate";
  event.respondWith(
    (async () => {
      const cache = await caches.open(cacheName);
      const hit = await cache.match(req, { ignoreSearch: navigate });
      if (hit) {
        return hit;
      }
      try {
        const res = await fetch(req);
        if (res.ok && res.type === "basic" && !res.redirected) {
          const key = navigate ? url.origin + url.pathname : req;
          event.waitUntil(cache.put(key, res.clone()));
        }
        return res;
      } catch (err) {
        if (navigate) {
          const fallback = await cache.match(base + "404");
          if (fallback) {
            return fallback;
          }
        }
        throw err;
      }
    })()
  );
});
`
