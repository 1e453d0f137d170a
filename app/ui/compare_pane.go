package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/compare"
	"lecteur/app/site"
)

// ComparePane is one side of the compare view: its article, with the
// reading view's entity marks (the followed entity's mentions flagged) and
// a button on each paragraph linked to a passage of the other side; or,
// for a side without an article, why, and the picker to choose one.
type ComparePane struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env
	// Side is 0 for the left pane, 1 for the right.
	Side int
	// IDs are the pair in the URL.
	IDs [2]string
	// Sum and Text are the side's article, nil when there is none.
	Sum  *site.Summary
	Text *site.Text
	// Alone is set when the other side has no article.
	Alone bool
	// Links and Scores are, for each paragraph, the paragraph of the other
	// side it is linked to (or -1) and how alike they are.
	Links  []int
	Scores []float64
	// Following is the entity the reader follows and its current mention
	// on this side.
	Following string
	Mention   position
	// Target is the paragraph a passage link brought into view, or -1.
	Target int
	// Hidden is set on narrow screens when the other pane is shown.
	Hidden bool
	// Picking is set while the side's picker is open; Catalog and Picker
	// are what it offers.
	Picking bool
	Catalog *site.Catalog
	Picker  *compare.Picker
}

// position is a mention: block b of the text, mark m of that block.
type position struct{ b, m int }

// actionPane is posted by a pane with a paneEvent.
const actionPane = "lecteur.compare.pane"

// paneEvent tells the ComparePage what the reader asked of a pane.
type paneEvent struct {
	Side   int
	Picker bool // open or close the side's picker
	Jump   int  // go to this paragraph of Side (a passage link), when Picker is false
}

var sideNames = [2]string{"left", "right"}

func paneID(s int) string        { return "pane-" + sideNames[s] }
func sideParaID(s, i int) string { return sideNames[s] + "-p" + itoa(i+1) }
func mentionID(s int) string     { return sideNames[s] + "-mention" }

func (p *ComparePane) Render() app.UI {
	env := p.Env
	s := p.Side
	name := sideNames[s]
	hidden := "no"
	if p.Hidden {
		hidden = "yes"
	}
	sec := app.Section().ID(paneID(s)).DataSet("pane", name).DataSet("narrow-hidden", hidden).Attr("role", "tabpanel")
	if p.Text == nil {
		id := p.IDs[s]
		msg := env.T("compare.choose")
		switch {
		case id != "" && s == 1 && id == p.IDs[0]:
			msg = env.T("compare.same.side")
		case id != "":
			msg = env.Tf("article.missing", id)
		}
		return sec.Class("pane empty").Aria("label", env.T("compare."+name)).Body(
			app.P().Class("pane-message").Text(msg),
			p.picker(),
		)
	}
	closeHref := env.Path("")
	if other := p.IDs[1-s]; other != "" && !p.Alone {
		closeHref = env.ArticlePath(other)
	}
	return sec.Class("pane").
		DataSet("article-id", p.Sum.ID).
		Aria("label", env.T("compare."+name)+env.T("colon")+p.Sum.Title).
		TabIndex(0).
		Body(
			app.Div().Class("pane-head").Body(
				app.Span().Class("pane-side").Text(env.T("compare."+name)),
				app.Button().Type("button").DataSet("replace", name).
					Aria("expanded", boolAttr(p.Picking)).
					OnClick(p.onPicker).
					Text(env.T("compare.replace")),
				app.A().DataSet("close", name).Href(closeHref).
					Title(env.T("compare.close.title")).Text(env.T("compare.close")),
				app.A().Href(env.ArticlePath(p.Sum.ID)).Text(env.T("compare.open")),
			),
			app.If(p.Picking, p.picker()),
			app.Article().Class("reading").Body(
				app.H2().Class("pane-title").Body(p.block(0, p.Text.Title)...),
				metaLine(env, p.Sum),
				p.body(),
			),
		)
}

// picker is the side's article picker when open, else, on a side without
// an article, the button that opens it.
func (p *ComparePane) picker() app.UI {
	if !p.Picking {
		if p.Text != nil {
			return nil
		}
		return app.Button().Type("button").DataSet("choose", sideNames[p.Side]).
			OnClick(p.onPicker).
			Text(p.Env.T("compare.choose.button"))
	}
	return &ArticlePicker{Env: p.Env, Side: p.Side, IDs: p.IDs, Catalog: p.Catalog, Picker: p.Picker, Closable: p.Text != nil}
}

func (p *ComparePane) onPicker(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionPane, paneEvent{Side: p.Side, Picker: true})
}

// body renders the captions and paragraphs with their entity marks and
// passage links. Paragraph ids carry the side (left-p3), since both
// articles share the page.
func (p *ComparePane) body() app.UI {
	env := p.Env
	s, x := p.Side, p.Text
	nc := len(x.Captions)
	return app.Div().Class("body").Body(
		app.If(nc > 0, app.Figure().Class("captions").Body(
			app.Range(x.Captions).Slice(func(i int) app.UI {
				return app.FigCaption().Body(p.block(1+i, x.Captions[i])...)
			}),
		)),
		app.Range(x.Paragraphs).Slice(func(i int) app.UI {
			para := app.P().ID(sideParaID(s, i)).Body(p.block(1+nc+i, x.Paragraphs[i])...)
			if p.Target == i {
				para = para.DataSet("target", "yes").TabIndex(-1)
			}
			if i >= len(p.Links) || p.Links[i] < 0 {
				return para
			}
			j := p.Links[i]
			label := env.Tf("compare.jump.label", j+1, int(p.Scores[i]*100+0.5))
			return para.Class("linked").DataSet("link", sideParaID(1-s, j)).Body(
				append(p.block(1+nc+i, x.Paragraphs[i]),
					app.Text(" "),
					app.Button().
						Type("button").
						Class("link-jump").
						DataSet("jump", sideParaID(1-s, j)).
						Aria("label", label).
						Title(label).
						OnClick(func(ctx app.Context, e app.Event) {
							ctx.NewActionWithValue(actionPane, paneEvent{Side: 1 - s, Jump: j})
						}, s, i).
						Text("↔ §"+itoa(j+1)),
				)...,
			)
		}),
	)
}

// block renders block b of the text with the reading view's marks, the
// followed entity's mentions flagged and its current one given an id to
// scroll to.
func (p *ComparePane) block(b int, text string) []app.UI {
	f := following{entity: p.Following, current: -1, id: mentionID(p.Side)}
	if p.Mention.b == b {
		f.current = p.Mention.m
	}
	return markedWith(p.Env, text, p.Text.MarksOf(b), nil, f)
}

// boolAttr writes an aria state; canonical.go keeps "true" as a value.
func boolAttr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
