// Lecteur's benchmark harness, injected into every page before its own
// scripts (Page.addScriptToEvaluateOnNewDocument). It times, from the
// outside, each change of the search box to the first DOM update that shows
// the results for exactly what the box holds, records what had been
// downloaded when the first result appeared, and keeps a handle on the
// WebAssembly memory so the harness can read its size.
//
// "Results for q" means: the first [data-result] link carries ?q=<q>, or,
// with no result, the status says « q » or “q” (or the box is empty).
(() => {
  if (window.__bench) return;
  const B = (window.__bench = { seq: 0, keyAt: null, downAt: null, pending: null, last: null, waiters: [], first: null, passageAt: null, mem: null });

  // Start-up moments (ms from navigation) that no resource timing shows:
  // the wasm's compilation asked for (by go-app's app.js), the wasm
  // compiled and instantiated, and Go's run returning (the
  // program's init, main and go-app's first render, until it waits).
  // search.wasm, the early search of a cold search?q= (web/early-search.js),
  // is timed apart (early*), so that these stay app.wasm's.
  B.startup = {};
  const earlyInstances = new WeakSet();
  // early-search.js compiles search.wasm (compileStreaming) before it can
  // instantiate it: the compilation asked is timed there, the module
  // remembered, and its instantiation is the early one.
  const earlyModules = new WeakMap(); // module → when its compilation was asked
  const compileStreaming = WebAssembly.compileStreaming;
  if (compileStreaming) {
    WebAssembly.compileStreaming = function (...args) {
      const asked = performance.now();
      const url = Promise.resolve(args[0]).then((r) => (r && typeof r.url === "string" ? r.url : ""), () => "");
      return compileStreaming.apply(this, args).then(async (m) => {
        if ((await url).endsWith("/search.wasm")) {
          earlyModules.set(m, asked);
          if (B.startup.earlyCompileDone === undefined) B.startup.earlyCompileDone = performance.now();
        }
        return m;
      });
    };
  }
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const orig = WebAssembly[name];
    if (!orig) continue;
    WebAssembly[name] = function (...args) {
      let asked = performance.now();
      const fromModule = earlyModules.has(args[0]);
      if (fromModule) asked = earlyModules.get(args[0]);
      const url = Promise.resolve(args[0]).then((r) => (r && typeof r.url === "string" ? r.url : ""), () => "");
      return orig.apply(this, args).then(async (r) => {
        const inst = r instanceof WebAssembly.Instance ? r : r.instance;
        const early = fromModule || (await url).endsWith("/search.wasm");
        const [askedKey, compiledKey] = early ? ["earlyCompileAsked", "earlyCompiled"] : ["compileAsked", "compiled"];
        if (B.startup[askedKey] === undefined) B.startup[askedKey] = asked;
        if (B.startup[compiledKey] === undefined) B.startup[compiledKey] = performance.now();
        if (early) earlyInstances.add(inst);
        else if (inst && inst.exports && inst.exports.mem) B.mem = inst.exports.mem;
        return r;
      });
    };
  }
  // wasm_exec.js defines globalThis.Go after this script: wrap its run as
  // it is set.
  let GoClass;
  Object.defineProperty(globalThis, "Go", {
    configurable: true,
    get: () => GoClass,
    set: (cls) => {
      GoClass = cls;
      const run = cls && cls.prototype && cls.prototype.run;
      if (!run || run.__bench) return;
      cls.prototype.run = function (inst, ...rest) {
        const early = earlyInstances.has(inst);
        B.startup[early ? "earlyGoRun" : "goRun"] = performance.now();
        const p = run.call(this, inst, ...rest); // returns once Go waits for events
        B.startup[early ? "earlyGoReturned" : "goReturned"] = performance.now();
        return p;
      };
      cls.prototype.run.__bench = true;
    },
  });
  // The service worker's registration (app.js's): its install then
  // fetches and stores the whole precache, hundreds of files, on the same
  // cores and network queue as the page. Timed when the browser is
  // actually asked (web/early-search.js holds it until the early search
  // is done).
  const sw = navigator.serviceWorker;
  if (sw && sw.register) {
    const register = sw.register;
    sw.register = function (...args) {
      if (B.startup.workerRegistered === undefined) B.startup.workerRegistered = performance.now();
      return register.apply(this, args);
    };
  }

  // Lecteur writes a key's results in one call from app.wasm
  // (web/keystroke.js, lecteurRows().apply): timed, to split the input
  // event's part between app.wasm's work before its writes and the
  // writes themselves.
  let rowsFactory;
  Object.defineProperty(globalThis, "lecteurRows", {
    configurable: true,
    get: () => rowsFactory,
    set: (f) => {
      rowsFactory = () => {
        const w = f();
        const apply = w.apply;
        w.apply = (batch) => {
          const t0 = performance.now();
          try {
            return apply(batch);
          } finally {
            const p = B.pending;
            if (p) {
              if (p.applyAt === undefined) p.applyAt = t0;
              p.applyMs = (p.applyMs || 0) + performance.now() - t0;
            }
          }
        };
        return w;
      };
    },
  });

  const isBox = (t) => t && t.matches && t.matches("input[type=search]");
  // A key's time is split in three, to see where it goes: waiting for
  // the page (the key event's creation to its keydown's dispatch: the
  // page was busy, e.g. with the style, layout and paint of the previous
  // key), the keydown (its handlers and the browser writing the
  // character into the box, until the input event) and the input event
  // (its handlers, until the results are in the DOM).
  addEventListener("keydown", (e) => { if (isBox(e.target)) { B.keyAt = e.timeStamp; B.downAt = performance.now(); } }, true);
  addEventListener("input", (e) => {
    if (!isBox(e.target)) return;
    B.seq++;
    B.pending = { seq: B.seq, q: e.target.value, t0: B.keyAt ?? e.timeStamp, down: B.downAt, input: performance.now() };
    B.keyAt = B.downAt = null;
  }, true);

  const rendered = (q) => {
    // Lecteur's result list names the query its rows were written for
    // (data-query, written with them, in the same call); its links carry
    // the query only once used. As before, a query counts once it shows
    // results, or says it has none.
    const list = document.querySelector("#results[data-query]");
    const a = document.querySelector("[data-result] a[href]");
    if (list && q !== "") {
      if (list.getAttribute("data-query") !== q) return false;
      if (a) return true;
    } else if (a) return new URL(a.getAttribute("href"), location.href).searchParams.get("q") === q;
    if (q === "") return true;
    const st = document.getElementById("search-status");
    if (!st) return false;
    const text = st.textContent;
    return text.includes("« " + q + " »") || text.includes("“" + q + "”"); // French or English
  };

  const observe = () => {
    const now = performance.now();
    if (B.first === null && document.querySelector("[data-result]")) {
      const nav = performance.getEntriesByType("navigation")[0];
      B.first = {
        at: now,
        resources: [
          { url: location.href, transfer: nav ? nav.transferSize : 0, body: nav ? nav.decodedBodySize : 0, start: 0, end: nav ? nav.responseEnd : 0 },
          ...performance.getEntriesByType("resource").map((r) => ({ url: r.name, transfer: r.transferSize, body: r.decodedBodySize, start: r.startTime, end: r.responseEnd })),
        ],
        startup: Object.assign({}, B.startup),
        marks: performance.getEntriesByType("mark").map((m) => ({ name: m.name, at: m.startTime })),
      };
    }
    if (B.first !== null && B.passageAt === null) {
      // Lecteur shows a result's title first, its passage once its text
      // is loaded.
      const passage = document.querySelector("[data-result] .passage");
      if (passage && passage.textContent !== "") B.passageAt = now;
    }
    const p = B.pending;
    if (p && rendered(p.q)) {
      const first = document.querySelector("[data-result]");
      B.last = { seq: p.seq, q: p.q, ms: now - p.t0, top: first ? first.dataset.articleId || "" : "" };
      if (p.down !== null) Object.assign(B.last, { wait: p.down - p.t0, down: p.input - p.down, input: now - p.input });
      if (p.down !== null && p.applyAt !== undefined) Object.assign(B.last, { app: p.applyAt - p.input, writes: p.applyMs });
      B.pending = null;
      for (const w of B.waiters.splice(0)) w();
    }
  };
  new MutationObserver(observe).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  // wait resolves with the rendering of input event number seq (or a later
  // one), or null after timeout milliseconds.
  B.wait = (seq, timeout) =>
    new Promise((resolve) => {
      const done = () => B.last && B.last.seq >= seq;
      if (done()) return resolve(B.last);
      const timer = setTimeout(() => resolve(null), timeout);
      const check = () => {
        if (done()) { clearTimeout(timer); resolve(B.last); } else B.waiters.push(check);
      };
      B.waiters.push(check);
    });

  // set puts q in the search box as a paste would, one input event.
  B.set = (q) => {
    const box = document.querySelector("input[type=search]");
    box.focus();
    box.value = q;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    observe(); // an empty box may already show no results: no mutation to wait for
    return B.seq;
  };
})();
