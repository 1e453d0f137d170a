// The benchmark page for MiniSearch, Fuse.js and Pagefind (engine.html?engine=NAME).
// MiniSearch and Fuse.js index /_bench/data/corpus.json in the page; Pagefind
// loads the bundle the bench built with its CLI. Each shows the top ten
// results with the same markup as the site's search page, so the harness
// (harness.js) measures all engines the same way. Configured the way a
// developer would for French readers: accents folded, typos allowed.
const params = new URLSearchParams(location.search);
const engine = params.get("engine");
const box = document.getElementById("q");
const status = document.getElementById("search-status");
const list = document.querySelector("ol.results");
const info = { engine };
const top = 10;

const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const snippet = (s) => (s.length > 200 ? s.slice(0, 200) + "…" : s);

async function corpus() {
  const t0 = performance.now();
  const docs = await (await fetch("/_bench/data/corpus.json")).json();
  info.fetchMs = performance.now() - t0;
  return docs;
}

async function minisearch() {
  const { default: MiniSearch } = await import("/_bench/lib/minisearch/dist/es/index.js");
  const docs = await corpus();
  const t0 = performance.now();
  const ms = new MiniSearch({
    fields: ["title", "text"],
    storeFields: ["title"],
    processTerm: (t) => fold(t),
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2 } },
  });
  ms.addAll(docs);
  info.indexMs = performance.now() - t0;
  const text = new Map(docs.map((d) => [d.id, d.text]));
  return (q) => {
    const r = ms.search(q);
    return { total: r.length, hits: r.slice(0, top).map((h) => ({ id: h.id, title: h.title, text: snippet(text.get(h.id)) })) };
  };
}

async function fuse() {
  const { default: Fuse } = await import("/_bench/lib/fuse.js/dist/fuse.mjs");
  const docs = await corpus();
  const t0 = performance.now();
  const keys = [{ name: "title", weight: 2 }, { name: "text", weight: 1 }];
  const index = Fuse.createIndex(keys, docs);
  const f = new Fuse(docs, { keys, ignoreLocation: true, ignoreDiacritics: true, threshold: 0.4, useExtendedSearch: true }, index);
  info.indexMs = performance.now() - t0;
  return (q) => {
    const r = f.search(q);
    return { total: r.length, hits: r.slice(0, top).map((h) => ({ id: h.item.id, title: h.item.title, text: snippet(h.item.text) })) };
  };
}

async function pagefind() {
  const t0 = performance.now();
  const pf = await import("/_bench/data/pagefind/pagefind.js");
  await pf.options({ baseUrl: "/" });
  await pf.init();
  info.indexMs = performance.now() - t0;
  return async (q) => {
    const s = await pf.search(q);
    const data = await Promise.all(s.results.slice(0, top).map((r) => r.data()));
    return {
      total: s.results.length,
      hits: data.map((d) => ({ id: d.meta.id, title: d.meta.title, text: d.excerpt.replace(/<[^>]*>/g, "") })),
    };
  };
}

function render(q, res) {
  list.replaceChildren(
    ...res.hits.map((h, i) => {
      const li = document.createElement("li");
      li.dataset.result = String(i + 1);
      li.dataset.articleId = h.id;
      const a = document.createElement("a");
      a.href = "/articles/" + h.id + "?q=" + encodeURIComponent(q);
      a.textContent = h.title;
      const h2 = document.createElement("h2");
      h2.append(a);
      const p = document.createElement("p");
      p.textContent = h.text;
      li.append(h2, p);
      return li;
    }),
  );
  status.textContent = q === "" ? "" : res.total > 0 ? res.total + " articles" : "Aucun article ne correspond à « " + q + " ».";
}

async function main() {
  const t0 = performance.now();
  const search = await { minisearch, fuse, pagefind }[engine]();
  info.readyMs = performance.now() - t0;
  let seq = 0;
  const run = async (q) => {
    const mine = ++seq;
    const res = q.trim() === "" ? { total: 0, hits: [] } : await search(q);
    if (mine === seq) render(q, res);
  };
  box.addEventListener("input", () => run(box.value));
  status.textContent = "";
  window.__benchReady = info;
  const q = params.get("q");
  if (q) {
    box.value = q;
    run(q);
  }
}

main().catch((err) => {
  status.textContent = "Erreur : " + err;
  window.__benchReady = { engine, error: String(err) };
});
