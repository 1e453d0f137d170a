package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// legendPrefix starts the id of a type's checkbox: legend-PER. The
// stylesheet reads the boxes by these ids (:has(#legend-PER:not(:checked))).
const legendPrefix = "legend-"

// legendKey is where the legend's choices are kept in localStorage.
const legendKey = "lecteur-entities"

// legendPrefs are the reader's choices in the legend, kept across articles
// and visits.
type legendPrefs struct {
	Hidden  []string `json:"hidden,omitempty"` // types not highlighted
	Labels  bool     `json:"labels,omitempty"` // a small type label after each mention
	Explore bool     `json:"explore,omitempty"`
}

// typeCount is how many mentions of one type an article has.
type typeCount struct {
	Type string
	N    int
}

// lowType is the typeCount of the mentions found with low confidence.
const lowType = "low"

// typeCounts counts the mentions of each type in x, in entityTypes
// order, then the low-confidence ones (not counted in their type) as
// lowType.
func typeCounts(x *site.Text) []typeCount {
	n := map[string]int{}
	for _, marks := range x.Marks {
		for _, m := range marks {
			if m.Low {
				n[lowType]++
			} else {
				n[m.Type]++
			}
		}
	}
	var out []typeCount
	for _, typ := range append(entityTypes[:len(entityTypes):len(entityTypes)], lowType) {
		if n[typ] > 0 {
			out = append(out, typeCount{typ, n[typ]})
		}
	}
	return out
}

// lowCount is the number of low-confidence mentions in types.
func lowCount(types []typeCount) int {
	for _, tc := range types {
		if tc.Type == lowType {
			return tc.N
		}
	}
	return 0
}

// EntityLegend is the key to the marks of the reading view: one checkbox
// per type present, which turns its highlighting off and on, one for small
// type labels after each mention, and one for exploring the mentions with
// the keyboard.
//
// The type boxes work without JavaScript: the stylesheet reads the
// checkboxes with :has(), so the prerendered page has working toggles; the
// other options come with the app (and work through the stylesheet too).
// The explore mode puts every mark in the tab order (tabindex="0"), so the
// entity card can be opened from the keyboard; it is off by default because
// a long article has hundreds of mentions, and Tab would have to walk
// through all of them to reach the links after the text.
type EntityLegend struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env
	// ArticleID is the article whose marks the legend describes.
	ArticleID string
	// Types are the types present in the article and their mentions.
	Types []typeCount

	prefs legendPrefs
}

func (l *EntityLegend) OnMount(ctx app.Context) {
	ctx.LocalStorage().Get(legendKey, &l.prefs)
	l.applyExplore(ctx)
}

// OnUpdate follows a new article: its marks need the explore mode too.
func (l *EntityLegend) OnUpdate(ctx app.Context) { l.applyExplore(ctx) }

func (l *EntityLegend) hidden(typ string) bool {
	for _, h := range l.prefs.Hidden {
		if h == typ {
			return true
		}
	}
	return false
}

func (l *EntityLegend) onType(ctx app.Context, e app.Event) {
	typ := strings.TrimPrefix(ctx.JSSrc().Get("id").String(), legendPrefix)
	on := ctx.JSSrc().Get("checked").Bool()
	var hidden []string
	for _, h := range l.prefs.Hidden {
		if h != typ {
			hidden = append(hidden, h)
		}
	}
	if !on {
		hidden = append(hidden, typ)
	}
	l.prefs.Hidden = hidden
	l.save(ctx)
}

func (l *EntityLegend) onLabels(ctx app.Context, e app.Event) {
	l.prefs.Labels = ctx.JSSrc().Get("checked").Bool()
	l.save(ctx)
}

func (l *EntityLegend) onExplore(ctx app.Context, e app.Event) {
	l.prefs.Explore = ctx.JSSrc().Get("checked").Bool()
	l.save(ctx)
	l.applyExplore(ctx)
}

func (l *EntityLegend) save(ctx app.Context) {
	ctx.LocalStorage().Set(legendKey, l.prefs)
}

// applyExplore puts the article's marks in the tab order, or takes them
// out, once the article is rendered. The marks are rendered by marked(env),
// shared with other views, so the attribute is set on the DOM here; go-app
// leaves attributes it did not set alone.
func (l *EntityLegend) applyExplore(ctx app.Context) {
	explore := l.prefs.Explore
	ctx.Defer(func(ctx app.Context) {
		marks := app.Window().Get("document").Call("querySelectorAll", "article.reading mark[data-entity-id]")
		for i, n := 0, marks.Length(); i < n; i++ {
			m := marks.Index(i)
			if explore {
				m.Call("setAttribute", "tabindex", "0")
			} else {
				m.Call("removeAttribute", "tabindex")
			}
		}
	})
}

func (l *EntityLegend) Render() app.UI {
	env := l.Env
	if len(l.Types) == 0 {
		return app.Div().Class("legend-empty")
	}
	return app.FieldSet().Class("legend").Body(
		app.Legend().Text(env.T("legend.title")),
		// Each box sits in its label (which so needs no "for"), the type's
		// name styled as its marks are and its count in a <small>: no
		// list, classes or attributes the page can do without. Every article page
		// has this legend prerendered, so each byte here is 100 KB of
		// the site at 100,000 articles.
		app.P().Class("legend-types").Body(
			app.Range(l.Types).Slice(func(i int) app.UI {
				tc := l.Types[i]
				if tc.Type == lowType {
					return app.Text("")
				}
				id := legendPrefix + tc.Type
				return app.Label().Body(
					checkbox(id, !l.hidden(tc.Type)).OnChange(l.onType),
					app.Span().DataSet("entity", tc.Type).Text(env.T("types."+tc.Type)),
					app.Small().Text(" "+itoa(tc.N)),
				)
			}),
		),
		// The options need the app: the prerendered page has the key and
		// the type boxes only (at 100,000 article pages the options were
		// 20 MB of the site, over GitHub Pages' 1 GB), and the app renders
		// them when it starts.
		app.If(app.IsClient, app.P().Class("legend-options").Body(
			app.Label().Body(
				checkbox("legend-labels", l.prefs.Labels).OnChange(l.onLabels),
				app.Text(env.T("legend.labels")),
			),
			// Low-confidence mentions: off by default, not kept across
			// articles, so a reader always starts from the sure ones.
			app.If(lowCount(l.Types) > 0, app.Label().Body(
				checkbox("legend-low", false),
				app.Text(env.T("legend.low")),
				app.Small().Text(" "+itoa(lowCount(l.Types))),
			)),
			app.Span().Body(
				checkbox("legend-explore", l.prefs.Explore).OnChange(l.onExplore).Aria("describedby", "legend-explore-hint"),
				app.Label().For("legend-explore").Text(env.T("legend.explore")),
				app.Span().Class("legend-hint").ID("legend-explore-hint").Text(env.T("legend.explore.hint")),
			),
		)),
	)
}

// checkbox is a checkbox input. Prerendered, go-app writes Checked(false)
// as checked="false", which HTML reads as checked, so the page only gets
// the attribute when the box is checked; in the browser go-app sets the
// property either way.
func checkbox(id string, on bool) app.HTMLInput {
	in := app.Input().Type("checkbox").ID(id)
	if on || app.IsClient {
		in = in.Checked(on)
	}
	return in
}
