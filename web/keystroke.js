// keystroke.js is what runs on every keystroke without a call into
// app.wasm for each step: each call between WebAssembly and JavaScript has
// a cost (Go's scheduler resumes, every string crosses), and a keystroke
// made hundreds.
//
// lecteurKeydown(fn, keys) calls fn, a Go function, with the keydown
// events of the window whose key is one of keys (separated by \x1f): the
// keyboard shortcuts (app/ui/keys.go). Every other key, every letter typed
// in the search box, stays out of app.wasm. It returns a function that
// stops listening.
//
// lecteurRows() returns a writer of the search page's result rows, and of
// the facet, "did you mean", "more" and the status line, that applies all
// of a paint's writes in one call from app.wasm (app/ui/browser/rows_js.go,
// Rows). It has its own table of nodes, numbered by app.wasm (0 is
// "none"). Its apply takes one string of fields separated by \x1f: records
// one after the other, each a name and the fields its name says (one split
// of the whole batch, where a split of each record made an array per
// write: hundreds a keystroke):
//
//	r h id         node h is the element with id id (a list's root)
//	e h tag        node h is a new element
//	t h text       node h is a new text node
//	a h name value set an attribute ("checked" also ticks the box)
//	d h name       remove an attribute ("checked" also unticks it)
//	x h text       set a text node's text
//	i p c b        insert node c into p before b (0: last)
//	m p c          remove node c from p
//	f h            forget node h (app.wasm numbers another node h later)
//	s id text      the text of the element with id id, whose first child
//	               is a text node go-app keeps a handle on (the status)
//
// The links of the result list and of the entity facet carry the query
// only when used (app/ui/resultrows QueryLink): a link with
// data-query-link gets ?q=<the data-query of the element around it> in
// front of its other parameters at the first sign that it is about to be
// followed, copied or dragged (pressed by any button, clicked, Enter on
// it, focused, its menu opened, hovered): a listener on the window,
// capturing, so before go-app's own handling of a click. Writing the
// query into every link on every key cost the browser a style
// recalculation of each before it could take the next key.
//
// Its fresh takes ids separated by \x1f and returns, two bits an id from
// the lowest, 0 when the element with that id is the root app.wasm named
// last for it, 1 when it is another element (mounted anew), 2 when there
// is none.
(() => {
  globalThis.lecteurKeydown = (fn, keys) => {
    const wanted = new Set(keys.split("\x1f"));
    const listener = (e) => { if (wanted.has(e.key)) fn(e); };
    addEventListener("keydown", listener);
    return () => removeEventListener("keydown", listener);
  };

  const withQuery = (e) => {
    const a = e.target instanceof Element ? e.target.closest("a[data-query-link]") : null;
    const q = a && a.closest("[data-query]")?.getAttribute("data-query");
    if (!q) return;
    const u = new URL(a.getAttribute("href"), location.href);
    const p = new URLSearchParams([["q", q]]);
    for (const [k, v] of u.searchParams) if (k !== "q") p.append(k, v);
    u.search = p.toString(); // a space as +, as Go's url.QueryEscape
    if (a.href !== u.href) a.setAttribute("href", u.pathname + u.search + u.hash);
  };
  for (const type of ["pointerdown", "mousedown", "click", "auxclick", "contextmenu", "focusin", "dragstart", "mouseover"]) {
    addEventListener(type, withQuery, true);
  }

  globalThis.lecteurRows = () => {
    const nodes = [null];
    const roots = new Map();
    const at = (h) => nodes[+h];
    const apply = (batch) => {
      const f = batch.split("\x1f");
      for (let i = 0; i < f.length; ) {
        switch (f[i++]) {
          case "r":
            nodes[+f[i]] = document.getElementById(f[i + 1]);
            roots.set(f[i + 1], nodes[+f[i]]);
            i += 2;
            break;
          case "e":
            nodes[+f[i]] = document.createElement(f[i + 1]);
            i += 2;
            break;
          case "t":
            nodes[+f[i]] = document.createTextNode(f[i + 1]);
            i += 2;
            break;
          case "a": {
            const el = at(f[i]);
            el.setAttribute(f[i + 1], f[i + 2]);
            if (f[i + 1] === "checked") el.checked = true;
            i += 3;
            break;
          }
          case "d": {
            const el = at(f[i]);
            el.removeAttribute(f[i + 1]);
            if (f[i + 1] === "checked") el.checked = false;
            i += 2;
            break;
          }
          case "x":
            at(f[i]).nodeValue = f[i + 1];
            i += 2;
            break;
          case "i":
            at(f[i]).insertBefore(at(f[i + 1]), f[i + 2] === "0" ? null : at(f[i + 2]));
            i += 3;
            break;
          case "m":
            at(f[i]).removeChild(at(f[i + 1]));
            i += 2;
            break;
          case "f":
            nodes[+f[i]] = undefined;
            i += 1;
            break;
          case "s": {
            const t = document.getElementById(f[i])?.firstChild;
            if (t && t.nodeType === 3 && t.nodeValue !== f[i + 1]) t.nodeValue = f[i + 1];
            i += 2;
            break;
          }
          default:
            // A write this script does not know: the fields after it
            // cannot be read.
            throw new Error("lecteurRows: unknown write " + f[i - 1]);
        }
      }
    };
    const fresh = (ids) => {
      let bits = 0;
      ids.split("\x1f").forEach((id, i) => {
        const el = document.getElementById(id);
        bits |= (el === null ? 2 : el === roots.get(id) ? 0 : 1) << (2 * i);
      });
      return bits;
    };
    return { apply, fresh };
  };
})();
