package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// CompareDiff is the compare view's differences mode (mode=diff): the two
// versions aligned sentence by sentence, one row per unit with the left
// and right sentence side by side, so that a sentence and its rewrite sit
// on one line whatever their lengths. Each row carries data-diff (same,
// changed, left, right); changed words are in <del> and <ins> with a
// visually hidden "removed"/"added" so a screen reader hears what colour
// shows. On narrow screens the tabs show one column at a time.
type CompareDiff struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env
	// Diff is the two versions aligned (by the build or the ingestion
	// worker: Store.Diff), as runs of Texts.
	Diff *site.PairDiff
	// Sums are the two articles, named above their columns; Texts their
	// texts.
	Sums  [2]*site.Summary
	Texts [2]*site.Text
	// Tab is the column shown on narrow screens: 0 left, 1 right.
	Tab int
}

func (d *CompareDiff) Render() app.UI {
	env := d.Env
	a := d.Diff
	s := a.Summary()
	return app.Section().ID(diffID).Class("diff").DataSet("tab", sideNames[d.Tab]).Aria("label", env.T("compare.diff.title")).Body(
		app.P().Class("diff-summary").DataSet("diff-summary", "yes").Text(
			env.Tf("compare.diff.summary", s.Same, s.Changed, s.LeftOnly, s.RightOnly)),
		app.Div().Class("diff-row diff-heads").Body(d.head(0), d.head(1)),
		app.Div().Class("diff-row diff-headline").DataSet("headline", a.Headline.Diff).Body(
			d.cell(0, a.Headline.Left, true),
			d.cell(1, a.Headline.Right, true),
		),
		app.If(a.Headline.Diff == "changed",
			app.P().Class("diff-note").Text(env.T("compare.diff.headline")),
		),
		app.Range(a.Units).Slice(func(i int) app.UI {
			u := a.Units[i]
			row := app.Div().Class("diff-row").DataSet("diff", u.Diff)
			if u.Moved {
				row = row.DataSet("moved", "yes").Title(env.T("compare.diff.moved"))
			}
			return row.Body(
				d.cell(0, u.Left, false),
				d.cell(1, u.Right, false),
			)
		}),
	)
}

// cell is one side of a row: its pieces, changed ones in <del> on the
// left and <ins> on the right; a side without the sentence says so to a
// screen reader and stays empty on screen.
func (d *CompareDiff) cell(s int, runs []site.TextRun, head bool) app.UI {
	env := d.Env
	hidden := "no"
	if d.Tab != s {
		hidden = "yes"
	}
	var c app.HTMLDiv
	if head {
		c = app.Div().Class("diff-cell diff-title").Attr("role", "heading").Attr("aria-level", "2")
	} else {
		c = app.Div().Class("diff-cell")
	}
	c = c.DataSet("side", sideNames[s]).DataSet("narrow-hidden", hidden)
	if runs == nil {
		key := "compare.diff.absent.left"
		if s == 1 {
			key = "compare.diff.absent.right"
		}
		return c.DataSet("absent", "yes").Body(
			app.Span().Class("visually-hidden").Text(env.T(key)),
		)
	}
	var out []app.UI
	for _, r := range runs {
		text := d.Texts[s].Run(r)
		if !r.Changed {
			out = append(out, app.Text(text))
			continue
		}
		// The spaces around a changed run stay outside its mark, so
		// that the underline or strike covers words only.
		lead, word, trail := splitSpaces(text)
		if lead != "" {
			out = append(out, app.Text(lead))
		}
		if s == 0 {
			out = append(out, app.Del().Body(
				app.Span().Class("visually-hidden").Text(env.T("compare.diff.removed")+" "),
				app.Text(word),
			))
		} else {
			out = append(out, app.Ins().Body(
				app.Span().Class("visually-hidden").Text(env.T("compare.diff.added")+" "),
				app.Text(word),
			))
		}
		if trail != "" {
			out = append(out, app.Text(trail))
		}
	}
	return c.Body(out...)
}

// diffID is the differences mode's element, which the tabs control.
const diffID = "diff"

// splitSpaces cuts s into its leading spaces, the rest up to its
// trailing spaces, and those.
func splitSpaces(s string) (lead, mid, trail string) {
	mid = strings.TrimLeft(s, " \t\n\u00a0\u202f")
	lead = s[:len(s)-len(mid)]
	t := strings.TrimRight(mid, " \t\n\u00a0\u202f")
	return lead, t, mid[len(t):]
}

// head names side s's article above its column: which side, its source
// and date, and a link to read it. It carries the compare view's
// contract, data-pane and data-article-id, as the panes of the normal
// mode do.
func (d *CompareDiff) head(s int) app.UI {
	env := d.Env
	hidden := "no"
	if d.Tab != s {
		hidden = "yes"
	}
	a := d.Sums[s]
	return app.Div().Class("diff-cell diff-head").DataSet("side", sideNames[s]).DataSet("pane", sideNames[s]).DataSet("article-id", a.ID).DataSet("narrow-hidden", hidden).Body(
		app.Span().Class("pane-side").Text(env.T("compare."+sideNames[s])),
		metaLine(env, a),
		app.A().Href(env.ArticlePath(a.ID)).Text(env.T("compare.open")),
	)
}
