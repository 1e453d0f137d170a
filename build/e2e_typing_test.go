package main

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// typedState is what the page shows right after one input event was
// dispatched, read in the same script: the results written in the event's
// own handler (app/ui/resultsdom), before go-app's next frame.
type typedState struct {
	Q      string   // the box
	IDs    []string // data-article-id of the results, in rank order
	Marks  []string
	LinkQ  []string // the q of each result's link, once pressed
	FacetQ []string // the q of each link of the entity facet, once pressed
	// FacetBusy is the facet marked busy: while the reader types it keeps
	// the counts of the last pause (facetState.search).
	FacetBusy bool
	Didyou    []string // the queries "did you mean" offers
	Status    string
	Same      bool // the result element kept from the previous event is the same node
}

// typeNow sets the box to each of qs in turn, one input event each, in one
// script (as fast as a reader can type: no frame in between), and returns
// what the page showed right after each event. keep names the article
// whose result element must be the same node from one event to the next
// while it is shown (keyed rows are reused, not rebuilt).
//
// A result's or the facet's link takes the query when it is used
// (resultrows.QueryLink): its q is read after a pointerdown on it, as a
// press of any button would.
const typeNow = `((qs, keep) => {
	const used = (a) => {
		a.dispatchEvent(new PointerEvent("pointerdown", {bubbles: true}));
		return new URL(a.href).searchParams.get("q");
	};
	const q = document.getElementById("q");
	q.focus();
	const out = [];
	let prev = null;
	for (const v of qs) {
		q.value = v;
		q.dispatchEvent(new Event("input", {bubbles: true}));
		const rows = [...document.querySelectorAll("[data-result]")];
		const kept = document.querySelector('[data-result][data-article-id="' + keep + '"]');
		out.push({
			Q: v,
			IDs: rows.map(e => e.dataset.articleId),
			Marks: [...document.querySelectorAll("[data-result] mark")].map(e => e.textContent),
			LinkQ: rows.map(e => used(e.querySelector("h2 a"))),
			FacetQ: [...document.querySelectorAll("nav.facet a[href]")].map(used),
			FacetBusy: document.querySelector("nav.facet[aria-busy]") !== null,
			Didyou: [...document.querySelectorAll(".didyoumean a[href]")].map(a => new URL(a.href).searchParams.get("q")),
			Status: document.getElementById("search-status").textContent,
			Same: prev === null || kept === null || kept === prev,
		});
		prev = kept;
	}
	return out;
})`

// TestSearchTypingPatchesResultsInPlace types faster than go-app renders:
// every input event must show its own results in the page by the time the
// event returns, with rows kept across keys, no result for a query that
// matches nothing, nothing for an empty box, and the entity facet of the
// last pause marked busy (its links taking the box's query); then real
// keys (backspace to empty, a new query) and the facet counted again once
// the reader pauses, and a click on a result, once go-app has rendered the
// rest of the page around the list it does not own.
func TestSearchTypingPatchesResultsInPlace(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page("search?q=mnuchin")),
		waitApp(),
		waitFor(`document.querySelector('[data-result="1"]').dataset.articleId === "000_0e8d66ae8489baff"`, 20*time.Second),
		// The catalog and the texts of the first results are there once
		// the facet and a passage are shown.
		waitFor(`document.querySelector("nav.facet:not([aria-busy])") !== null && document.querySelector("[data-result] .passage mark") !== null`, 20*time.Second),
	)

	var states []typedState
	qs := []string{"m", "ma", "mai", "maiz", "maizi", "maizie", "maizier", "maiziere", "maizierezqx", "", "mnuchxyz", "cazneuve"}
	b.run(t, chromedp.Evaluate(typeNow+`(`+jsStrings(qs)+`, "001_2973584841e0011d")`, &states))
	if len(states) != len(qs) {
		t.Fatalf("typed %d queries, read %d states", len(qs), len(states))
	}
	byQ := map[string]typedState{}
	for _, st := range states {
		byQ[st.Q] = st
		for i, lq := range st.LinkQ {
			if lq != st.Q {
				t.Errorf("right after %q: result %d links with q=%q, want the box's query", st.Q, i+1, lq)
			}
		}
		// The facet is in the page with the results (no go-app frame).
		if len(st.IDs) > 0 && len(st.FacetQ) == 0 {
			t.Errorf("right after %q: results but no entity facet", st.Q)
		}
		if len(st.IDs) == 0 && len(st.FacetQ) > 0 {
			t.Errorf("right after %q: no results but an entity facet", st.Q)
		}
		for _, fq := range st.FacetQ {
			if fq != st.Q {
				t.Errorf("right after %q: a facet link has q=%q, want the box's query", st.Q, fq)
				break
			}
		}
		if !st.Same {
			t.Errorf("right after %q: the result of 001_2973584841e0011d is a new element, want the one shown for the key before", st.Q)
		}
	}
	// "mai" has other results than "mnuchin", whose facet was counted at
	// the pause: while typing, the facet waits for the next one.
	if st := byQ["mai"]; len(st.IDs) == 0 || !st.FacetBusy {
		t.Errorf("right after mai: results %v, facet busy %v; want results and the facet marked busy until a pause", st.IDs, st.FacetBusy)
	}
	if st := byQ["maiziere"]; len(st.IDs) == 0 || st.IDs[0] != "001_2973584841e0011d" || !containsString(st.Marks, "Maizière") {
		t.Errorf("right after maiziere: results %v, marks %q; want 001_2973584841e0011d first, Maizière marked", st.IDs, st.Marks)
	}
	if st := byQ["maizierezqx"]; len(st.IDs) != 0 || !strings.Contains(st.Status, "maizierezqx") {
		t.Errorf("right after maizierezqx: results %v, status %q; want none, and the status naming the query", st.IDs, st.Status)
	}
	if st := byQ["mnuchxyz"]; len(st.Didyou) == 0 || st.Didyou[0] != "mnuchin" {
		t.Errorf("right after mnuchxyz: did you mean %q, want mnuchin first", st.Didyou)
	}
	if st := byQ["cazneuve"]; len(st.Didyou) != 0 {
		t.Errorf("right after cazneuve: did you mean %q, want nothing (it has results)", st.Didyou)
	}
	if st := byQ[""]; len(st.IDs) != 0 {
		t.Errorf("right after emptying the box: results %v, want none", st.IDs)
	}
	if st := byQ["cazneuve"]; len(st.IDs) == 0 || st.IDs[0] != "001_2973584841e0011d" {
		t.Errorf("right after cazneuve: results %v, want 001_2973584841e0011d first", st.IDs)
	}

	// Real keys: backspace to an empty box, then a new query.
	var status string
	var ids []string
	actions := []chromedp.Action{
		waitFor(`document.querySelector("nav.facet:not([aria-busy])") !== null`, 10*time.Second),
		chromedp.Focus(`#q`, chromedp.ByQuery),
	}
	for range "cazneuve" {
		actions = append(actions, chromedp.KeyEvent(kb.Backspace))
	}
	actions = append(actions,
		waitFor(`document.getElementById("q").value === "" && document.querySelectorAll("[data-result]").length === 0 && document.querySelector("nav.facet") === null`, 10*time.Second),
		chromedp.Text(`#search-status`, &status),
	)
	b.run(t, actions...)
	if status == "" || strings.Contains(status, "article") {
		t.Errorf("empty box: status %q, want the invitation to type", status)
	}
	b.run(t,
		chromedp.SendKeys(`#q`, "securite", chromedp.ByQuery),
		// The facet is counted again once the reader pauses.
		waitFor(`document.getElementById("q").value === "securite" && document.querySelectorAll("[data-result]").length > 1 && document.querySelector("nav.facet:not([aria-busy]) a[data-facet]") !== null`, 10*time.Second),
		// The passages of the results come once typing pauses.
		waitFor(`[...document.querySelectorAll("[data-result]")].every(r => r.querySelector(".passage").textContent.trim() !== "")`, 10*time.Second),
		// The URL follows the box once the reader pauses (searchURL).
		waitFor(`location.pathname + location.search === "`+e2eBase+`search?q=securite"`, 10*time.Second),
	)
	ids, _ = searchResults(b, t)
	for i, id := range ids {
		var n int
		b.run(t, chromedp.Evaluate(`document.querySelectorAll('[data-article-id="`+id+`"][data-result]').length`, &n))
		if n != 1 {
			t.Errorf("result %d (%s) shown %d times, want once", i+1, id, n)
		}
	}

	// Switch the language: go-app renders the page around the list, the
	// search page writes the list again in the new language, same results.
	var lang string
	var idsAfter []string
	b.run(t, chromedp.Evaluate(`document.documentElement.lang`, &lang))
	wantPick, other := "Comparer", "fr"
	if lang == "fr" {
		wantPick, other = "Compare", "en"
	}
	b.run(t,
		chromedp.Click(`#lang-switch`, chromedp.ByQuery),
		waitFor(`document.documentElement.lang === "`+other+`" && document.querySelector("[data-result] label.pick").textContent.trim() === "`+wantPick+`"`, 10*time.Second),
	)
	idsAfter, _ = searchResults(b, t)
	if strings.Join(idsAfter, " ") != strings.Join(ids, " ") {
		t.Errorf("after the language switch the results are %v, want %v", idsAfter, ids)
	}

	// Click the first result: go-app navigates to the article, with the
	// query its link took when clicked.
	var h1, first string
	b.run(t,
		chromedp.Evaluate(`document.querySelector('[data-result="1"]').dataset.articleId`, &first),
		chromedp.Click(`[data-result="1"] h2 a`, chromedp.ByQuery),
		waitFor(`location.pathname.includes("/articles/") && new URLSearchParams(location.search).get("q") === "securite"`, 10*time.Second),
		chromedp.WaitVisible(`article.reading h1`),
		chromedp.Text(`article.reading h1`, &h1),
	)
	if h1 != seedTitles[first] {
		t.Errorf("clicked the result of %s, opened %q, want %q", first, h1, seedTitles[first])
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// jsStrings is qs as a JavaScript array literal.
func jsStrings(qs []string) string {
	var b strings.Builder
	b.WriteString("[")
	for i, q := range qs {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`"` + q + `"`)
	}
	b.WriteString("]")
	return b.String()
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
