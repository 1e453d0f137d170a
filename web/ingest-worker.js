// Lecteur's ingestion worker: reads the files a reader adds ("Add
// articles") off the page's thread, with ingest.wasm (app/ingestworker),
// the build's own code. The page (app/ui/local_js.go) posts
// {id, request, data}: request a message.Request in JSON, data the file's
// bytes as a transferred ArrayBuffer or undefined. The worker answers
// {id, response} with the message.Response in JSON, or {id, error} when
// ingest.wasm could not start. It posts {ready: true} once started, or
// {failed: reason}, with fetch: true when ingest.wasm could not be
// downloaded (offline before the service worker kept it).
importScripts("../wasm_exec.js");

class FetchError extends Error {}

const started = (async () => {
  const go = new Go();
  let res;
  try {
    res = await fetch("ingest.wasm");
  } catch (err) {
    throw new FetchError(String(err && err.message ? err.message : err));
  }
  if (!res.ok) {
    throw new FetchError("ingest.wasm: HTTP " + res.status);
  }
  const { instance } = await WebAssembly.instantiate(await res.arrayBuffer(), go.importObject);
  go.run(instance); // defines self.lecteurIngest, then waits for calls
  if (typeof self.lecteurIngest !== "function") {
    throw new Error("ingest.wasm did not start");
  }
})();

started.then(
  () => self.postMessage({ ready: true }),
  (err) =>
    self.postMessage({
      failed: String(err && err.message ? err.message : err),
      fetch: err instanceof FetchError,
    })
);

self.onmessage = async (event) => {
  const { id, request, data } = event.data;
  try {
    await started;
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message ? err.message : err) });
    return;
  }
  let response;
  try {
    response = self.lecteurIngest(request, data ? new Uint8Array(data) : undefined);
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message ? err.message : err) });
    return;
  }
  self.postMessage({ id, response });
};
