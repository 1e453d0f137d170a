package main

import (
	"encoding/json"
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
//   - never takes over by itself: a new version installs next to the old
//     one and waits. The page shows the update prompt (UpdatePrompt),
//     which posts "skipWaiting"; the new worker activates, deletes the
//     old cache and claims the pages, which reload on controllerchange.
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
func workerTemplate(base string) string {
	quoted, _ := json.Marshal(base)
	return strings.ReplaceAll(workerJS, `"__BASE__"`, string(quoted))
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

self.addEventListener("message", (event) => {
  if (event.data === "skipWaiting") {
    self.skipWaiting();
  }
});

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
