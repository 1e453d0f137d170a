package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

const (
	seedG7    = "000_0e8d66ae8489baff"
	seedLille = "001_2973584841e0011d"
	seedONU   = "002_fab8e3d9eb0b6293"
	seedChine = "003_dd828f76c7486ed3"
)

// comparePath is the compare view of two seed articles.
func comparePath(left, right string) string {
	return "compare?left=" + left + "&right=" + right
}

// panesShown waits until both panes show an article and returns their ids
// and titles, left then right.
func panesShown(b *browser, t *testing.T) (ids, titles []string) {
	t.Helper()
	b.run(t,
		waitFor(`document.querySelectorAll("[data-pane][data-article-id] .pane-title").length === 2`, 20*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-pane][data-article-id]")].map(e => e.dataset.pane + ":" + e.dataset.articleId)`, &ids),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-pane][data-article-id] .pane-title")].map(e => e.textContent)`, &titles),
	)
	return ids, titles
}

func TestCompareColdLoad(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	b.run(t, chromedp.Navigate(page(comparePath(seedG7, seedChine))), waitApp())
	ids, titles := panesShown(b, t)
	if want := []string{"left:" + seedG7, "right:" + seedChine}; fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Errorf("panes = %v, want %v", ids, want)
	}
	if want := []string{seedTitles[seedG7], seedTitles[seedChine]}; fmt.Sprint(titles) != fmt.Sprint(want) {
		t.Errorf("pane titles = %q, want %q", titles, want)
	}
	// Each pane is a full reading view with its entity marks.
	var marks []int
	var problem bool
	b.run(t,
		chromedp.Evaluate(`["left", "right"].map(s => document.querySelectorAll("[data-pane=" + s + "] .body mark[data-entity-id]").length)`, &marks),
		chromedp.Evaluate(`document.querySelector("[data-compare-problem]") !== null`, &problem),
	)
	// Counted by hand in the seed texts, captions included, title excluded.
	if fmt.Sprint(marks) != "[35 15]" {
		t.Errorf("entity marks in the panes' bodies = %v, want [35 15]", marks)
	}
	if problem {
		t.Errorf("a valid pair shows a problem message")
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

func TestCompareSharedEntities(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	b.run(t, chromedp.Navigate(page(comparePath(seedG7, seedLille))), waitApp())
	panesShown(b, t)
	var shared []string
	b.run(t, chromedp.Evaluate(`[...document.querySelectorAll("[data-shared-entity]")].map(e => e.closest("[data-type]").dataset.type + ":" + e.dataset.sharedEntity + ":" + e.querySelector(".chip-count").textContent)`, &shared))
	// Both articles name France (2 and 3 times) and Germany (2 and 2).
	if want := []string{"LOC:loc-france:2 · 3", "LOC:loc-allemagne:2 · 2"}; fmt.Sprint(shared) != fmt.Sprint(want) {
		t.Fatalf("shared entities = %q, want %q", shared, want)
	}
	var only []string
	b.run(t, chromedp.Evaluate(`[...document.querySelectorAll("[data-only]")].map(e => e.dataset.only + ":" + e.querySelectorAll("[data-only-entity]").length)`, &only))
	if want := []string{"left:20", "right:9"}; fmt.Sprint(only) != fmt.Sprint(want) {
		t.Errorf("entities on one side only = %v, want %v", only, want)
	}

	// selection reads, per pane, how many mentions are marked selected,
	// which entity they are, and the index of the current one among them.
	const selection = `["left", "right"].map(s => {
		const sel = [...document.querySelectorAll("[data-pane=" + s + "] mark[data-selected]")];
		const ids = new Set(sel.map(m => m.dataset.entityId));
		return sel.length + ":" + [...ids].join(",") + ":" + sel.findIndex(m => m.dataset.current === "yes");
	})`
	var got []string
	var pressed string
	b.run(t,
		chromedp.Click(`[data-shared-entity="loc-france"]`, chromedp.ByQuery),
		waitFor(`document.querySelectorAll("mark[data-current]").length === 2`, 10*time.Second),
		chromedp.Evaluate(selection, &got),
		chromedp.AttributeValue(`[data-shared-entity="loc-france"]`, "aria-pressed", &pressed, nil),
	)
	if want := []string{"2:loc-france:0", "3:loc-france:0"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after selecting France: %v, want %v", got, want)
	}
	if pressed != "true" {
		t.Errorf("France chip aria-pressed = %q, want true", pressed)
	}
	// Selecting it again goes to the next mention on each side.
	b.run(t,
		chromedp.Click(`[data-shared-entity="loc-france"]`, chromedp.ByQuery),
		waitFor(`document.querySelector("[data-pane=right] mark[data-current]") === document.querySelectorAll("[data-pane=right] mark[data-selected]")[1]`, 10*time.Second),
		chromedp.Evaluate(selection, &got),
	)
	if want := []string{"2:loc-france:1", "3:loc-france:1"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after selecting France again: %v, want %v", got, want)
	}
	// The current mention is scrolled into its pane's view.
	var inView []bool
	b.run(t, chromedp.Evaluate(`["left", "right"].map(s => {
		const p = document.querySelector("[data-pane=" + s + "]").getBoundingClientRect();
		const m = document.querySelector("[data-pane=" + s + "] mark[data-current]").getBoundingClientRect();
		return m.top >= p.top && m.bottom <= p.bottom;
	})`, &inView))
	if fmt.Sprint(inView) != "[true true]" {
		t.Errorf("current mention in view of its pane (left, right) = %v, want both", inView)
	}
	// Another entity replaces the selection.
	b.run(t,
		chromedp.Click(`[data-shared-entity="loc-allemagne"]`, chromedp.ByQuery),
		waitFor(`document.querySelector("mark[data-current]").dataset.entityId === "loc-allemagne"`, 10*time.Second),
		chromedp.Evaluate(selection, &got),
	)
	if want := []string{"2:loc-allemagne:0", "2:loc-allemagne:0"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after selecting Allemagne: %v, want %v", got, want)
	}
}

func TestComparePicker(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	// From an article, "Compare with…" opens the picker of the other side.
	var options []string
	b.run(t,
		chromedp.Navigate(page("articles/"+seedG7)),
		waitApp(),
		chromedp.Evaluate(`window.__notReloaded = true`, nil),
		chromedp.Click(`a[href*="compare?left=`+seedG7+`"]`, chromedp.ByQuery),
		waitFor(`document.activeElement && document.activeElement.id === "pick-right"`, 20*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-picker=right] [data-option]")].map(e => e.dataset.option)`, &options),
	)
	// Every other article is on offer, the left one is not.
	if want := []string{seedLille, seedONU, seedChine}; fmt.Sprint(options) != fmt.Sprint(want) {
		t.Errorf("picker options = %v, want %v", options, want)
	}
	// Typing narrows the list, accents and case forgiven; Enter picks.
	b.run(t,
		chromedp.SendKeys(`#pick-right`, "onu"),
		waitFor(`document.querySelector("[data-picker=right] [data-option]").dataset.option === "`+seedONU+`"`, 10*time.Second),
		chromedp.SendKeys(`#pick-right`, kb.Enter),
		chromedp.Poll(`location.search === "?left=`+seedG7+`&right=`+seedONU+`"`, nil),
	)
	ids, _ := panesShown(b, t)
	if want := []string{"left:" + seedG7, "right:" + seedONU}; fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Errorf("after picking: panes %v, want %v", ids, want)
	}
	// Replace the left side with the arrows: "securite" matches the G7
	// and the China articles; the G7 is on show, so China comes first and
	// ArrowDown goes past the end of the list to stay on it.
	var selected []string
	b.run(t,
		chromedp.Click(`[data-replace=left]`, chromedp.ByQuery),
		waitFor(`document.activeElement && document.activeElement.id === "pick-left"`, 10*time.Second),
		chromedp.SendKeys(`#pick-left`, "securite"),
		waitFor(`document.querySelectorAll("[data-picker=left] [data-option]").length === 1`, 10*time.Second),
		chromedp.SendKeys(`#pick-left`, kb.ArrowDown),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-picker=left] [aria-selected=true]")].map(e => e.dataset.option)`, &selected),
	)
	if want := []string{seedChine}; fmt.Sprint(selected) != fmt.Sprint(want) {
		t.Errorf("selected option = %v, want %v", selected, want)
	}
	// Escape closes the picker and gives the focus back.
	var active string
	b.run(t,
		chromedp.SendKeys(`#pick-left`, kb.Escape),
		waitFor(`document.querySelector("[data-picker=left]") === null`, 10*time.Second),
		chromedp.Evaluate(`document.activeElement.dataset.replace || ""`, &active),
	)
	if active != "left" {
		t.Errorf("after Escape the focus is on %q, want the left Replace button", active)
	}
	// Open it again and pick with the arrow keys: the list is Lille then
	// China (the G7 and ONU articles are on show); down, down (staying on
	// the last) and up land on Lille.
	b.run(t,
		chromedp.Click(`[data-replace=left]`, chromedp.ByQuery),
		waitFor(`document.activeElement && document.activeElement.id === "pick-left"`, 10*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-picker=left] [data-option]")].map(e => e.dataset.option)`, &options),
		chromedp.SendKeys(`#pick-left`, kb.ArrowDown+kb.ArrowDown+kb.ArrowUp),
		waitFor(`document.querySelector("[data-picker=left] [aria-selected=true]").dataset.option === "`+seedLille+`"`, 10*time.Second),
		chromedp.SendKeys(`#pick-left`, kb.Enter),
		chromedp.Poll(`location.search === "?left=`+seedLille+`&right=`+seedONU+`"`, nil),
	)
	if want := []string{seedLille, seedChine}; fmt.Sprint(options) != fmt.Sprint(want) {
		t.Errorf("left picker options = %v, want %v", options, want)
	}
	ids, _ = panesShown(b, t)
	if want := []string{"left:" + seedLille, "right:" + seedONU}; fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Errorf("after replacing the left side: panes %v, want %v", ids, want)
	}
	// The focus moves to the pane just filled.
	var focus string
	b.run(t, chromedp.Evaluate(`document.activeElement.dataset.pane || ""`, &focus))
	if focus != "left" {
		t.Errorf("after picking, the focus is on pane %q, want left", focus)
	}
	var inPlace bool
	b.run(t, chromedp.Evaluate(`window.__notReloaded === true`, &inPlace))
	if !inPlace {
		t.Errorf("the picker reloaded the page; want navigation in place")
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

func TestCompareSwapAndClose(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page(comparePath(seedLille, seedONU))),
		waitApp(),
		chromedp.Evaluate(`window.__notReloaded = true`, nil),
	)
	panesShown(b, t)
	b.run(t,
		chromedp.Click(`[data-swap]`, chromedp.ByQuery),
		chromedp.Poll(`location.search === "?left=`+seedONU+`&right=`+seedLille+`"`, nil),
		waitFor(`document.querySelector("[data-pane=left]").dataset.articleId === "`+seedONU+`"`, 10*time.Second),
	)
	ids, titles := panesShown(b, t)
	if want := []string{"left:" + seedONU, "right:" + seedLille}; fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Errorf("after swap: panes %v, want %v", ids, want)
	}
	if titles[0] != seedTitles[seedONU] {
		t.Errorf("after swap: left title %q, want %q", titles[0], seedTitles[seedONU])
	}
	// Closing the left side leaves the right article alone.
	var path, h1 string
	var inPlace bool
	b.run(t,
		chromedp.Click(`[data-close=left]`, chromedp.ByQuery),
		chromedp.Poll(`location.pathname === "`+e2eBase+`articles/`+seedLille+`"`, nil),
		chromedp.WaitVisible(`article.reading h1`),
		chromedp.Text(`article.reading h1`, &h1),
		chromedp.Evaluate(`location.pathname`, &path),
		chromedp.Evaluate(`window.__notReloaded === true`, &inPlace),
	)
	if strings.TrimSpace(h1) != seedTitles[seedLille] || !inPlace {
		t.Errorf("after closing the left side: h1 %q, in place %v; want %q, true", h1, inPlace, seedTitles[seedLille])
	}
}

func TestCompareBadInput(t *testing.T) {
	builtSite(t)
	tests := []struct {
		name    string
		path    string
		problem string   // words of the message
		panes   []string // panes with an article
		picker  string   // the side whose picker is open
		pane    string   // words of that pane's message
	}{
		{"unknown id", comparePath(seedG7, "no-such-article"), "aucun article", []string{"left:" + seedG7}, "right", "« no-such-article »"},
		{"unknown left", comparePath("nope", seedONU), "aucun article", []string{"right:" + seedONU}, "left", "« nope »"},
		{"same id twice", comparePath(seedG7, seedG7), "même article", []string{"left:" + seedG7}, "right", "déjà l'article de gauche"},
		{"missing side", "compare?left=" + seedONU, "Choisissez l'article", []string{"left:" + seedONU}, "right", "Choisissez un article"},
		{"nothing", "compare", "Choisissez deux articles", nil, "left", "Choisissez un article"},
	}
	b := newBrowser(t, true)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var problem, paneMsg string
			var panes []string
			var options int
			b.run(t,
				chromedp.Navigate(page(tt.path)),
				waitApp(),
				waitFor(`document.querySelector("[data-picker=`+tt.picker+`] [data-option]") !== null`, 20*time.Second),
				chromedp.Text(`[data-compare-problem]`, &problem),
				chromedp.Text(`[data-pane=`+tt.picker+`] .pane-message`, &paneMsg),
				chromedp.Evaluate(`[...document.querySelectorAll("[data-pane][data-article-id]")].map(e => e.dataset.pane + ":" + e.dataset.articleId)`, &panes),
				chromedp.Evaluate(`document.querySelectorAll("[data-picker=`+tt.picker+`] [data-option]").length`, &options),
			)
			if !strings.Contains(strings.ToLower(problem), strings.ToLower(tt.problem)) {
				t.Errorf("%s: message %q, want it to say %q", tt.path, problem, tt.problem)
			}
			if !strings.Contains(paneMsg, tt.pane) {
				t.Errorf("%s: %s pane says %q, want %q in it", tt.path, tt.picker, paneMsg, tt.pane)
			}
			if fmt.Sprint(panes) != fmt.Sprint(tt.panes) {
				t.Errorf("%s: panes %v, want %v", tt.path, panes, tt.panes)
			}
			if want := len(seedTitles) - len(tt.panes); options != want {
				t.Errorf("%s: picker offers %d articles, want %d", tt.path, options, want)
			}
		})
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

func TestCompareNarrowLayout(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	// layout reads what the reader sees: tabs shown, each pane's display
	// and left edge, and whether the shared bar is shown.
	const layout = `[
		getComputedStyle(document.querySelector(".pane-tabs")).display !== "none",
		...["left", "right"].map(s => {
			const p = document.querySelector("[data-pane=" + s + "]");
			return getComputedStyle(p).display === "none" ? "hidden" : "x" + Math.round(p.getBoundingClientRect().left / 100);
		}),
		document.querySelector("[data-shared-entity]").getBoundingClientRect().height > 0,
	].map(String)`
	var wide, narrow, tabbed []string
	b.run(t,
		chromedp.Navigate(page(comparePath(seedG7, seedONU))),
		waitApp(),
	)
	panesShown(b, t)
	b.run(t, chromedp.Evaluate(layout, &wide))
	// 1200 px: no tabs, two columns side by side.
	if want := []string{"false", "x0", "x6", "true"}; fmt.Sprint(wide) != fmt.Sprint(want) {
		t.Errorf("wide layout = %v, want %v", wide, want)
	}
	b.run(t,
		emulation.SetDeviceMetricsOverride(600, 900, 1, false),
		waitFor(`getComputedStyle(document.querySelector(".pane-tabs")).display !== "none"`, 10*time.Second),
		chromedp.Evaluate(layout, &narrow),
	)
	// 600 px: tabs, one pane, the shared bar kept.
	if want := []string{"true", "x0", "hidden", "true"}; fmt.Sprint(narrow) != fmt.Sprint(want) {
		t.Errorf("narrow layout = %v, want %v", narrow, want)
	}
	var selectedTab string
	b.run(t,
		chromedp.Click(`[data-tab=right]`, chromedp.ByQuery),
		waitFor(`getComputedStyle(document.querySelector("[data-pane=left]")).display === "none"`, 10*time.Second),
		chromedp.Evaluate(layout, &tabbed),
		chromedp.AttributeValue(`[data-tab=right]`, "aria-selected", &selectedTab, nil),
	)
	if want := []string{"true", "hidden", "x0", "true"}; fmt.Sprint(tabbed) != fmt.Sprint(want) {
		t.Errorf("narrow layout, right tab = %v, want %v", tabbed, want)
	}
	if selectedTab != "true" {
		t.Errorf("right tab aria-selected = %q, want true", selectedTab)
	}
	// Selecting a shared entity still marks both panes.
	var marked int
	b.run(t,
		chromedp.Click(`[data-shared-entity="loc-france"]`, chromedp.ByQuery),
		waitFor(`document.querySelectorAll("mark[data-current]").length === 2`, 10*time.Second),
		chromedp.Evaluate(`document.querySelectorAll("mark[data-selected]").length`, &marked),
	)
	if marked != 5 {
		t.Errorf("France marked %d times in the two panes, want 5 (2 + 3)", marked)
	}
}

func TestCompareWithoutJavaScript(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, false)
	var text, href string
	b.run(t,
		chromedp.Navigate(page(comparePath(seedG7, seedONU))),
		chromedp.WaitReady(`body`),
		chromedp.Evaluate(`document.querySelector("main").innerText`, &text),
		chromedp.AttributeValue(`main a`, "href", &href, nil),
	)
	if !strings.Contains(text, "besoin de JavaScript") {
		t.Errorf("compare without JavaScript says %q, want it to say it needs JavaScript", text)
	}
	if href != e2eBase {
		t.Errorf("compare without JavaScript links to %q, want the article list %q", href, e2eBase)
	}
}
