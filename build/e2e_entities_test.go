package main

// End-to-end tests of entities in the interface (issue 6): marks in the
// prerendered reading view, the legend's toggles, the entity card, the
// entities page and the search facet.

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

const (
	article000 = "000_0e8d66ae8489baff"
	article001 = "001_2973584841e0011d"
	article002 = "002_fab8e3d9eb0b6293"
)

// knownTypes are the entity types a mark may carry.
var knownTypes = map[string]bool{"PER": true, "ORG": true, "LOC": true, "DATE": true, "EVENT": true, "MISC": true}

// pageMark is an entity mark as the page shows it.
type pageMark struct {
	Text string `json:"text"`
	Type string `json:"type"`
	ID   string `json:"id"`
}

// readMarks returns the entity marks inside the elements matching sel.
func readMarks(t *testing.T, b *browser, sel string) []pageMark {
	t.Helper()
	var marks []pageMark
	b.run(t, chromedp.Evaluate(fmt.Sprintf(`[...document.querySelectorAll(%q)].map(m => ({text: m.textContent, type: m.dataset.entity || "", id: m.dataset.entityId || ""}))`, sel+" mark[data-entity], "+sel+" mark[data-entity-id]"), &marks))
	return marks
}

// hover moves the mouse to the middle of the first element matching sel.
func hover(sel string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var box []float64
		if err := chromedp.Evaluate(fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.scrollIntoView({block: "center"}); const r = e.getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]; })()`, sel), &box).Do(ctx); err != nil {
			return err
		}
		if err := chromedp.MouseEvent(input.MouseMoved, 1, 1).Do(ctx); err != nil {
			return err
		}
		return chromedp.MouseEvent(input.MouseMoved, box[0], box[1]).Do(ctx)
	})
}

func TestEntityMarksWithoutJavaScript(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, false)
	tests := []struct {
		article string
		want    []pageMark // marks that must be there, written from the seed texts
	}{
		// Without JavaScript a mark has its type, not its entity's id,
		// which only the app's entity card reads (canonicalHTML).
		{article000, []pageMark{
			{"Steven Mnuchin", "PER", ""},
			{"Banque de France", "ORG", ""},
			{"Bari", "LOC", ""},
			{"G7", "ORG", ""},
		}},
		{article002, []pageMark{
			{"Jean-Yves Le Drian", "PER", ""},
			{"ONU", "ORG", ""},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.article, func(t *testing.T) {
			b.run(t, chromedp.Navigate(page("articles/"+tt.article)), chromedp.WaitVisible(`article.reading`))
			marks := readMarks(t, b, "article.reading")
			if len(marks) < 10 {
				t.Fatalf("article %s has %d entity marks, want at least 10", tt.article, len(marks))
			}
			for _, m := range marks {
				if !knownTypes[m.Type] {
					t.Errorf("mark %q has type %q, want a known type", m.Text, m.Type)
				}
			}
			for _, w := range tt.want {
				found := false
				for _, m := range marks {
					found = found || m == w
				}
				if !found {
					t.Errorf("article %s lacks mark %+v", tt.article, w)
				}
			}
		})
	}
}

// markStyle is what a reader sees of a mark: its text and highlighting.
type markStyle struct {
	Text       string `json:"text"`
	Background string `json:"bg"`
	Color      string `json:"color"`
	Decoration string `json:"deco"`
	Body       string `json:"body"` // the text of the whole article body
}

func readStyle(t *testing.T, b *browser, sel string) markStyle {
	t.Helper()
	var s markStyle
	b.run(t, chromedp.Evaluate(fmt.Sprintf(`(() => { const m = document.querySelector(%q); const c = getComputedStyle(m); return {text: m.textContent, bg: c.backgroundColor, color: c.color, deco: c.textDecorationLine, body: document.querySelector("article.reading .body").textContent}; })()`, sel), &s))
	return s
}

const transparent = "rgba(0, 0, 0, 0)"

// TestLegendToggles turns person highlighting off and on, without
// JavaScript (the stylesheet reads the checkbox) and with it (the choice is
// remembered across articles and visits).
func TestLegendToggles(t *testing.T) {
	builtSite(t)
	// The first sure PER and ORG marks of the article (the prerendered
	// page has no entity ids).
	per := `article.reading .body mark[data-entity="PER"]:not([data-low])`
	org := `article.reading .body mark[data-entity="ORG"]:not([data-low])`
	for _, js := range []bool{false, true} {
		t.Run(fmt.Sprintf("js=%v", js), func(t *testing.T) {
			b := newBrowser(t, js)
			actions := []chromedp.Action{chromedp.Navigate(page("articles/" + article000))}
			if js {
				actions = append(actions, waitApp())
			}
			b.run(t, append(actions, chromedp.WaitVisible(`#legend-PER`))...)
			before := readStyle(t, b, per)
			if before.Background == transparent || before.Decoration != "underline" {
				t.Fatalf("PER mark before the toggle: background %s, decoration %q; want highlighted and underlined", before.Background, before.Decoration)
			}
			b.run(t, chromedp.Click(`label:has(#legend-PER)`, chromedp.ByQuery))
			after := readStyle(t, b, per)
			if after.Background != transparent || after.Decoration != "none" {
				t.Errorf("PER mark after turning PER off: background %s, decoration %q; want %s, none", after.Background, after.Decoration, transparent)
			}
			if after.Text != before.Text || after.Body != before.Body {
				t.Errorf("turning PER off changed the text: mark %q (want %q), body changed %v", after.Text, before.Text, after.Body != before.Body)
			}
			if o := readStyle(t, b, org); o.Background == transparent {
				t.Errorf("ORG mark lost its highlighting when PER was turned off")
			}
			if !js {
				return
			}
			// The choice holds on the next article, and on the next visit.
			b.run(t,
				chromedp.Navigate(page("articles/"+article002)),
				waitApp(),
				chromedp.WaitVisible(`#legend-PER`),
			)
			var checked bool
			b.run(t, chromedp.Evaluate(`document.getElementById("legend-PER").checked`, &checked))
			if s := readStyle(t, b, `article.reading mark[data-entity="PER"]`); checked || s.Background != transparent {
				t.Errorf("on the next visit PER is checked %v, background %s; want unchecked, %s", checked, s.Background, transparent)
			}
			b.run(t, chromedp.Click(`label:has(#legend-PER)`, chromedp.ByQuery))
			if s := readStyle(t, b, `article.reading mark[data-entity="PER"]`); s.Background == transparent {
				t.Errorf("PER turned on again is still plain")
			}
		})
	}
}

// TestTypeLabels shows the type after each name, as text that is not part
// of the article's text.
func TestTypeLabels(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	var label, text string
	b.run(t,
		chromedp.Navigate(page("articles/"+article000)),
		waitApp(),
		chromedp.WaitVisible(`#legend-labels`),
		chromedp.Click(`label:has(#legend-labels)`, chromedp.ByQuery),
		chromedp.Evaluate(`getComputedStyle(document.querySelector('mark[data-entity-id="per-steven-mnuchin"]'), "::after").content`, &label),
		chromedp.Evaluate(`document.querySelector('mark[data-entity-id="per-steven-mnuchin"]').textContent`, &text),
	)
	if label != `"Personne"` || text != "Steven Mnuchin" {
		t.Errorf("with labels on, the PER mark shows label %s and text %q; want %q, %q", label, text, `"Personne"`, "Steven Mnuchin")
	}
	// Without JavaScript the legend is the key and its type boxes only:
	// the options (labels among them) come with the app, which keeps
	// 100,000 article pages under GitHub Pages' 1 GB (issue 16).
	off := newBrowser(t, false)
	var boxes []string
	off.run(t,
		chromedp.Navigate(page("articles/"+article000)),
		chromedp.WaitVisible(`#legend-PER`),
		chromedp.Evaluate(`[...document.querySelectorAll(".legend input")].map(i => i.id)`, &boxes),
	)
	if want := []string{"legend-PER", "legend-ORG", "legend-LOC"}; !slices.Equal(boxes[:min(3, len(boxes))], want) || slices.Contains(boxes, "legend-labels") {
		t.Errorf("without JavaScript the legend has the boxes %q; want %q first and no legend-labels", boxes, want)
	}
}

// card is what the entity card shows.
type card struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Mentions string   `json:"mentions"`
	Links    []string `json:"links"`
	Titles   []string `json:"titles"`
	Focus    string   `json:"focus"`
}

func readCard(t *testing.T, b *browser) card {
	t.Helper()
	var c card
	b.run(t, chromedp.Evaluate(`(() => { const c = document.getElementById("entity-card"); if (!c) return {focus: document.activeElement.outerHTML.slice(0, 120)};
		return {id: c.dataset.card, name: c.querySelector(".card-name").textContent, type: c.querySelector("[data-card-type]").textContent,
			mentions: c.querySelector(".card-mentions").textContent,
			links: [...c.querySelectorAll(".card-articles a")].map(a => a.getAttribute("href")),
			titles: [...c.querySelectorAll(".card-articles a")].map(a => a.textContent),
			focus: document.activeElement.outerHTML.slice(0, 120)}; })()`, &c))
	return c
}

func TestEntityCard(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page("articles/"+article000)),
		waitApp(),
		// The explore checkbox is rendered by the app only: the article
		// on screen is the app's, not the prerendered one.
		chromedp.WaitVisible(`#legend-explore`),
	)
	t.Run("hover", func(t *testing.T) {
		b.run(t,
			hover(`article.reading .body mark[data-entity-id="loc-allemagne"]`),
			waitFor(`document.getElementById("entity-card") !== null`, 10*time.Second),
		)
		got := readCard(t, b)
		want := card{ID: "loc-allemagne", Name: "Allemagne", Type: "Lieu", Mentions: "2 mentions dans cet article",
			Links: []string{e2eBase + "articles/" + article001}, Titles: []string{seedTitles[article001]}}
		got.Focus, want.Focus = "", ""
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("card on hover = %+v\nwant %+v", got, want)
		}
		// Another mention: the card follows; plain text: it closes.
		b.run(t, hover(`article.reading .body mark[data-entity-id="per-steven-mnuchin"]`),
			waitFor(`document.getElementById("entity-card")?.dataset.card === "per-steven-mnuchin"`, 10*time.Second))
		if c := readCard(t, b); c.Mentions != "2 mentions dans cet article" || len(c.Links) != 0 {
			t.Errorf("card of Mnuchin = %+v, want 2 mentions and no other article", c)
		}
		b.run(t, hover(`article.reading .meta`),
			waitFor(`document.getElementById("entity-card") === null`, 10*time.Second))
	})
	t.Run("keyboard", func(t *testing.T) {
		var tabbable int
		b.run(t, chromedp.Evaluate(`document.querySelectorAll("article.reading mark[tabindex]").length`, &tabbable))
		if tabbable != 0 {
			t.Errorf("%d marks are in the tab order before explore mode, want 0", tabbable)
		}
		var marks int
		b.run(t,
			chromedp.Click(`label[for="legend-explore"]`, chromedp.ByQuery),
			waitFor(`document.querySelectorAll("article.reading mark[tabindex='0']").length > 0`, 10*time.Second),
			chromedp.Evaluate(`document.querySelectorAll("article.reading mark[tabindex='0']").length`, &tabbable),
			chromedp.Evaluate(`document.querySelectorAll("article.reading mark[data-entity-id]").length`, &marks),
		)
		if tabbable != marks {
			t.Errorf("in explore mode %d of %d marks are tabbable, want all", tabbable, marks)
		}
		// From the checkbox, Tab reaches the first mention of the body
		// (the caption's Michel Sapin) and opens its card.
		b.run(t,
			chromedp.Focus(`#legend-explore`, chromedp.ByQuery),
			chromedp.KeyEvent(kb.Tab),
			waitFor(`document.getElementById("entity-card")?.dataset.card === "per-michel-sapin"`, 10*time.Second),
		)
		c := readCard(t, b)
		if c.Name != "Michel Sapin" || c.Type != "Personne" || !strings.Contains(c.Focus, `data-entity-id="per-michel-sapin"`) {
			t.Errorf("after Tab: card %+v; want Michel Sapin's, focus on his mark", c)
		}
		// Tab again: the next mention.
		b.run(t, chromedp.KeyEvent(kb.Tab),
			waitFor(`document.getElementById("entity-card")?.dataset.card === "loc-france"`, 10*time.Second))
		// Enter moves into the card, Escape closes it and gives the focus back.
		var focus string
		b.run(t,
			chromedp.KeyEvent(kb.Enter),
			chromedp.Evaluate(`document.activeElement.closest("#entity-card") !== null ? document.activeElement.getAttribute("href") : ""`, &focus),
		)
		// France is also in 001 and 002: the first link of its card.
		if want := e2eBase + "articles/" + article001; focus != want {
			t.Errorf("Enter on a mention focuses %q, want the card's first link %q", focus, want)
		}
		b.run(t,
			chromedp.KeyEvent(kb.Escape),
			waitFor(`document.getElementById("entity-card") === null`, 10*time.Second),
			chromedp.Evaluate(`document.activeElement.dataset.entityId || document.activeElement.tagName`, &focus),
		)
		if focus != "loc-france" {
			t.Errorf("after Escape the focus is on %q, want the mention of loc-france", focus)
		}
		if errs := b.consoleErrors(); len(errs) > 0 {
			t.Errorf("console errors: %q", errs)
		}
	})
}

// contrast is the WCAG contrast ratio of two CSS colours "rgb(r, g, b)".
func contrast(t *testing.T, a, b string) float64 {
	t.Helper()
	lum := func(s string) float64 {
		var r, g, bl float64
		if _, err := fmt.Sscanf(strings.ReplaceAll(s, ",", ""), "rgb(%f %f %f)", &r, &g, &bl); err != nil {
			t.Fatalf("colour %q: %v", s, err)
		}
		lin := func(c float64) float64 {
			c /= 255
			if c <= 0.03928 {
				return c / 12.92
			}
			return math.Pow((c+0.055)/1.055, 2.4)
		}
		return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(bl)
	}
	x, y := lum(a), lum(b)
	if x < y {
		x, y = y, x
	}
	return (x + 0.05) / (y + 0.05)
}

// TestMarkContrast checks that the text of every type of mark passes WCAG
// AA (4.5:1) on its highlight, in the light and the dark theme, and that
// the underline (the type's signal without colour) stands out from the
// page at 3:1.
func TestMarkContrast(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, false)
	for _, scheme := range []string{"light", "dark"} {
		t.Run(scheme, func(t *testing.T) {
			b.run(t,
				emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}),
				chromedp.Navigate(page("articles/"+article000)),
				chromedp.WaitVisible(`article.reading`),
			)
			var styles []struct {
				Type, Color, Bg, Page string
			}
			b.run(t, chromedp.Evaluate(`[...new Set([...document.querySelectorAll("mark[data-entity]")].map(m => m.dataset.entity))].map(type => {
				const c = getComputedStyle(document.querySelector('mark[data-entity="' + type + '"]'));
				return {Type: type, Color: c.color, Bg: c.backgroundColor, Page: getComputedStyle(document.body).backgroundColor}; })`, &styles))
			if len(styles) < 4 {
				t.Fatalf("article shows %d types of marks, want PER, ORG, LOC and DATE", len(styles))
			}
			for _, s := range styles {
				if c := contrast(t, s.Color, s.Bg); c < 4.5 {
					t.Errorf("%s %s: text %s on %s has contrast %.2f, want at least 4.5", scheme, s.Type, s.Color, s.Bg, c)
				}
				if c := contrast(t, s.Color, s.Page); c < 3 {
					t.Errorf("%s %s: underline %s on the page %s has contrast %.2f, want at least 3", scheme, s.Type, s.Color, s.Page, c)
				}
			}
		})
	}
}

// catalogEntities reads the entities of the built site.
func catalogEntities(t *testing.T) []struct{ ID, Name, Type string } {
	t.Helper()
	dir := filepath.Join(siteDir, "site")
	packed, err := os.ReadFile(filepath.Join(dir, "web", "data", dataVersion(t, dir), "catalog.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := gunzipBytes("catalog.json.gz", packed)
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Entities []struct{ ID, Name, Type string } `json:"entities"`
	}
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	return c.Entities
}

// rows returns the ids and types of the rows the entities page lists.
func rows(t *testing.T, b *browser) (ids, types []string) {
	t.Helper()
	b.run(t,
		chromedp.Evaluate(`[...document.querySelectorAll("[data-entity-row]")].map(e => e.dataset.entityRow)`, &ids),
		chromedp.Evaluate(`[...document.querySelectorAll("[data-entity-row]")].map(e => e.dataset.entity)`, &types),
	)
	return ids, types
}

func TestEntitiesPageWithoutJavaScript(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, false)
	b.run(t, chromedp.Navigate(page("entities")), chromedp.WaitVisible(`[data-entity-row]`))
	ids, _ := rows(t, b)
	all := catalogEntities(t)
	if len(ids) != len(all) || len(all) < 40 {
		t.Errorf("the prerendered page lists %d entities, want every one of the %d in the catalog", len(ids), len(all))
	}
	listed := map[string]bool{}
	for _, id := range ids {
		listed[id] = true
	}
	for _, id := range []string{"per-steven-mnuchin", "org-banque-de-france", "loc-bari", "per-jean-yves-le-drian", "date-2017-05-11"} {
		if !listed[id] {
			t.Errorf("the prerendered page lacks %s", id)
		}
	}
	var href string
	b.run(t, chromedp.AttributeValue(`[data-entity-row="loc-bari"] a[href*="articles/"]`, "href", &href, nil))
	if want := e2eBase + "articles/" + article000; href != want {
		t.Errorf("Bari links to %q, want %q", href, want)
	}
}

func TestEntitiesPageFilters(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	t.Run("text", func(t *testing.T) {
		var path string
		b.run(t,
			chromedp.Navigate(page("entities")),
			waitApp(),
			chromedp.WaitVisible(`#entity-q`),
			chromedp.SendKeys(`#entity-q`, "drian"),
			waitFor(`document.querySelectorAll("[data-entity-row]").length === 1`, 10*time.Second),
			chromedp.Evaluate(`location.pathname + location.search`, &path),
		)
		if ids, _ := rows(t, b); len(ids) != 1 || ids[0] != "per-jean-yves-le-drian" {
			t.Errorf("filter drian lists %v, want [per-jean-yves-le-drian]", ids)
		}
		if want := e2eBase + "entities?q=drian"; path != want {
			t.Errorf("URL while filtering = %q, want %q", path, want)
		}
	})
	tests := []struct {
		name, path string
		want       []string // ids that must be listed
		not        []string // ids that must not
		onlyType   string
	}{
		{"accents and case", "entities?q=ETATS", []string{"loc-etats-unis"}, []string{"loc-france"}, ""},
		{"a typo", "entities?q=mnuchn", []string{"per-steven-mnuchin"}, []string{"per-michel-sapin"}, ""},
		{"an alias", "entities?q=le+drian", []string{"per-jean-yves-le-drian"}, nil, ""},
		{"type", "entities?type=LOC", []string{"loc-bari", "loc-france", "loc-paris"}, []string{"per-steven-mnuchin", "org-g7"}, "LOC"},
		{"type and text", "entities?type=ORG&q=forum", []string{"org-forum-de-paris-sur-la-paix", "org-forum-sur-la-paix"}, []string{"loc-paris"}, "ORG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b.run(t,
				chromedp.Navigate(page(tt.path)),
				waitApp(),
				chromedp.WaitVisible(`[data-entity-row]`),
			)
			ids, types := rows(t, b)
			listed := map[string]bool{}
			for i, id := range ids {
				listed[id] = true
				if tt.onlyType != "" && types[i] != tt.onlyType {
					t.Errorf("%s lists %s of type %s, want only %s", tt.path, id, types[i], tt.onlyType)
				}
			}
			for _, id := range tt.want {
				if !listed[id] {
					t.Errorf("%s does not list %s (lists %v)", tt.path, id, ids)
				}
			}
			for _, id := range tt.not {
				if listed[id] {
					t.Errorf("%s lists %s, want it filtered out", tt.path, id)
				}
			}
		})
	}
	t.Run("type link keeps the text", func(t *testing.T) {
		var path string
		b.run(t,
			chromedp.Navigate(page("entities?q=paris")),
			waitApp(),
			chromedp.WaitVisible(`[data-type-filter="ORG"]`),
			chromedp.Click(`[data-type-filter="ORG"]`, chromedp.ByQuery),
			waitFor(`location.search.includes("type=ORG")`, 10*time.Second),
			waitFor(`[...document.querySelectorAll("[data-entity-row]")].every(e => e.dataset.entity === "ORG")`, 10*time.Second),
			chromedp.Evaluate(`location.pathname + location.search`, &path),
		)
		if want := e2eBase + "entities?q=paris&type=ORG"; path != want {
			t.Errorf("after the ORG link the URL is %q, want %q", path, want)
		}
		if ids, _ := rows(t, b); len(ids) != 1 || ids[0] != "org-forum-de-paris-sur-la-paix" {
			t.Errorf("ORG and paris list %v, want [org-forum-de-paris-sur-la-paix]", ids)
		}
	})
}

func TestEntityDetail(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	t.Run("cooccurring", func(t *testing.T) {
		var with, shared []string
		b.run(t,
			chromedp.Navigate(page("entities?e=loc-france")),
			waitApp(),
			chromedp.WaitVisible(`[data-entity-detail="loc-france"] [data-with]`),
			chromedp.Evaluate(`[...document.querySelectorAll("[data-with]")].map(e => e.dataset.with)`, &with),
			chromedp.Evaluate(`[...document.querySelectorAll("[data-with] .entity-count")].map(e => e.textContent.trim())`, &shared),
		)
		// France is in 000, 001 and 002. Allemagne shares 000 and 001;
		// Canada, Japon and Royaume-Uni share 000 and 002; then come the
		// entities sharing one article, most mentioned first.
		want := []string{"loc-allemagne", "loc-canada", "loc-japon", "loc-royaume-uni"}
		if len(with) < 5 || strings.Join(with[:4], " ") != strings.Join(want, " ") {
			t.Errorf("found with France: %v, want %v first", with, want)
		}
		if len(shared) < 5 || shared[0] != "2 articles en commun" || shared[4] != "1 article en commun" {
			t.Errorf("shared counts %v, want 2 for the first four, then 1", shared)
		}
	})
	t.Run("passages", func(t *testing.T) {
		var title, h2 string
		b.run(t,
			chromedp.Navigate(page("entities?q=drian")),
			waitApp(),
			chromedp.WaitVisible(`[data-entity-row="per-jean-yves-le-drian"] a.ent-name`),
			chromedp.Click(`[data-entity-row="per-jean-yves-le-drian"] a.ent-name`, chromedp.ByQuery),
			chromedp.WaitVisible(`[data-entity-detail="per-jean-yves-le-drian"] .passage`),
			chromedp.Text(`#entity-detail-name`, &h2),
			chromedp.Title(&title),
		)
		if strings.TrimSpace(h2) != "Jean-Yves Le Drian" || !strings.HasPrefix(title, "Jean-Yves Le Drian") {
			t.Errorf("detail heading %q, title %q; want Jean-Yves Le Drian", h2, title)
		}
		var articles []string
		b.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".passage-article")].map(e => e.dataset.articleId)`, &articles))
		if len(articles) != 1 || articles[0] != article002 {
			t.Errorf("passages come from %v, want [%s]", articles, article002)
		}
		marks := readMarks(t, b, ".passages")
		if len(marks) < 3 {
			t.Errorf("passages mark %d mentions, want at least 3", len(marks))
		}
		for _, m := range marks {
			if m.ID != "per-jean-yves-le-drian" {
				t.Errorf("passages mark %+v, want only Le Drian's mentions", m)
			}
		}
		var links []string
		b.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".passage .passage-link a")].map(a => a.getAttribute("href"))`, &links))
		paras := 0
		for _, l := range links {
			if !strings.HasPrefix(l, e2eBase+"articles/"+article002) {
				t.Errorf("passage link %q, want a link to %s", l, article002)
			}
			if strings.Contains(l, "#p") {
				paras++
			}
		}
		if paras < 2 {
			t.Errorf("passage links %v, want at least 2 to paragraphs (#pN)", links)
		}
	})
}

func TestSearchEntityFacet(t *testing.T) {
	builtSite(t)
	b := newBrowser(t, true)
	b.run(t,
		chromedp.Navigate(page("search?q=cybersecurite")),
		waitApp(),
		chromedp.WaitVisible(`[data-facet="loc-france"]`),
	)
	all, _ := searchResults(b, t)
	var count string
	b.run(t, chromedp.Text(`[data-facet="loc-france"] .facet-count`, &count))
	// France is in 000, 001 and 002: its count is how many of those match.
	wantFrance := 0
	for _, id := range all {
		if id == article000 || id == article001 || id == article002 {
			wantFrance++
		}
	}
	if strings.TrimSpace(count) != fmt.Sprint(wantFrance) || wantFrance < 2 {
		t.Fatalf("facet count of France = %q for results %v, want %d (at least 2)", count, all, wantFrance)
	}
	var path string
	b.run(t,
		chromedp.Click(`[data-facet="loc-france"]`, chromedp.ByQuery),
		waitFor(`location.search.includes("e=loc-france")`, 10*time.Second),
		waitFor(fmt.Sprintf(`document.querySelectorAll("[data-result]").length === %d`, wantFrance), 10*time.Second),
		chromedp.Evaluate(`location.pathname + location.search`, &path),
	)
	if want := e2eBase + "search?q=cybersecurite&e=loc-france"; path != want {
		t.Errorf("URL with the facet = %q, want %q", path, want)
	}
	ids, _ := searchResults(b, t)
	for _, id := range ids {
		if id == "003_dd828f76c7486ed3" {
			t.Errorf("filtered to France, the results still hold %s, which does not mention it", id)
		}
	}
	var current string
	b.run(t, chromedp.Evaluate(`document.querySelector('[data-facet][aria-current="true"]').dataset.facet`, &current))
	if current != "loc-france" {
		t.Errorf("current facet = %q, want loc-france", current)
	}
	// Back to every result.
	b.run(t,
		chromedp.Click(`[data-facet=""]`, chromedp.ByQuery),
		waitFor(fmt.Sprintf(`document.querySelectorAll("[data-result]").length === %d`, len(all)), 10*time.Second),
	)
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// TestLowConfidenceMarks checks issue 15's confidence in the interface, on
// a site of its own: a mention found with low confidence ("Dernières
// Infos", two capitalised words no evidence makes a person) is in the page
// as a mark but not highlighted until the legend's "uncertain mentions"
// box is checked, without JavaScript too, likewise in compare with its
// toolbar's box, and its entity is not among the home page's most
// frequent.
func TestLowConfidenceMarks(t *testing.T) {
	corpus := t.TempDir()
	text := "Rapport sur les crues\n\nLes Dernières Infos du jour ont été publiées mardi par la préfecture.\n\nJean Dupont, maire de Lyon, a salué le travail des secours à Lyon.\n"
	if err := os.WriteFile(filepath.Join(corpus, "crues.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	other := "Bilan des secours\n\nJean Dupont a remercié mercredi les pompiers de Lyon.\n"
	if err := os.WriteFile(filepath.Join(corpus, "bilan.txt"), []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	if _, err := buildSite(options{corpus: corpus, out: out, base: e2eBase}); err != nil {
		t.Fatal(err)
	}
	serveSwitchable(t, out)
	low := `article.reading mark[data-low]`
	for _, js := range []bool{false, true} {
		t.Run(fmt.Sprintf("js=%v", js), func(t *testing.T) {
			b := newBrowser(t, js)
			actions := []chromedp.Action{chromedp.Navigate(page("articles/crues"))}
			if js {
				actions = append(actions, waitApp())
			}
			b.run(t, append(actions, chromedp.WaitVisible(`#legend-PER`))...)
			var n int
			b.run(t, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll(%q).length`, low), &n))
			if n == 0 {
				t.Fatalf("no low-confidence mark in the article; want one on 'Dernières Infos'")
			}
			before := readStyle(t, b, low)
			var shadow string
			b.run(t, chromedp.Evaluate(fmt.Sprintf(`getComputedStyle(document.querySelector(%q)).boxShadow`, low), &shadow))
			if before.Background != transparent || before.Decoration != "none" || shadow != "none" {
				t.Errorf("low-confidence mark %q by default: background %s, decoration %q, box-shadow %q; want plain", before.Text, before.Background, before.Decoration, shadow)
			}
			if !js {
				// The box that shows them comes with the app.
				return
			}
			b.run(t, chromedp.Click(`label:has(#legend-low)`, chromedp.ByQuery))
			if after := readStyle(t, b, low); after.Background == transparent {
				t.Errorf("low-confidence mark %q after checking the box is still plain", after.Text)
			}
			if sure := readStyle(t, b, `article.reading mark[data-entity="PER"]:not([data-low])`); sure.Background == transparent || sure.Text != "Jean Dupont" {
				t.Errorf("sure mark %q: background %s; want Jean Dupont highlighted", sure.Text, sure.Background)
			}
		})
	}
	t.Run("compare", func(t *testing.T) {
		b := newBrowser(t, true)
		low := `[data-pane] mark[data-low]`
		b.run(t,
			chromedp.Navigate(page("compare?left=crues&right=bilan")),
			waitApp(),
			waitFor(`document.querySelector('[data-pane] mark[data-low]') !== null && document.getElementById("compare-low") !== null`, 30*time.Second),
		)
		if before := readStyle(t, b, low); before.Background != transparent || before.Decoration != "none" {
			t.Errorf("low-confidence mark %q in compare by default: background %s, decoration %q; want plain", before.Text, before.Background, before.Decoration)
		}
		b.run(t, chromedp.Click(`#compare-low`, chromedp.ByQuery))
		if after := readStyle(t, b, low); after.Background == transparent {
			t.Errorf("low-confidence mark %q in compare after checking the box is still plain", after.Text)
		}
	})
	t.Run("home", func(t *testing.T) {
		b := newBrowser(t, false)
		var top []string
		b.run(t,
			chromedp.Navigate(page("")),
			chromedp.WaitVisible(`.top-entities`),
			chromedp.Evaluate(`[...document.querySelectorAll(".top-entities a")].map(a => a.textContent)`, &top),
		)
		joined := strings.Join(top, " | ")
		if strings.Contains(joined, "Dernières Infos") || !strings.Contains(joined, "Jean Dupont") {
			t.Errorf("most frequent entities = %q; want Jean Dupont and not the low-confidence Dernières Infos", joined)
		}
	})
}
