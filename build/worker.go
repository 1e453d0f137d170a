package main

import "strings"

// workerTemplate is Lecteur's service worker, a go-app template (it fills
// Version and ResourcesToCache). Unlike go-app's default it caches every
// page of the site on install, answers navigations with a query
// (search?q=…, compare?left=…) from the cached page, caches what it
// fetches later, and falls back to the 404 page, whose app renders the
// right view, for a page it never saw.
func workerTemplate(base string) string {
	return strings.ReplaceAll(workerJS, "__BASE__", base)
}

const workerJS = `// Lecteur service worker, version {{.Version}}.
const cacheName = "lecteur-{{.Version}}";
const base = "__BASE__";
// go-app adds the base path without its slash, which only redirects.
const resourcesToCache = {{.ResourcesToCache}}.filter(
  (u) => base === "/" || u !== base.slice(0, -1)
);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(resourcesToCache))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.map((k) => (k !== cacheName ? caches.delete(k) : null)))
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
  if (url.origin !== self.location.origin) {
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
        if (res.ok && url.pathname.startsWith(base)) {
          cache.put(req, res.clone());
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
