package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// StoryPage is the group view of one story, stories/<id>: every version
// (title, source, date, link), the earliest by date marked, a link to the
// differences of each other version against the earliest, and which
// sentences each version has, as a table with headers (a mark and a word
// in each cell, never colour alone). The build works the matrix out
// (site.StoryDiffs) and prerenders the page, so it reads with JavaScript
// off.
type StoryPage struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env  Env
	id   string
	view storyView
}

// storyView is what the page shows, loaded by loadStory.
type storyView struct {
	story *site.Story
	sums  []*site.Summary // one per version, nil when missing
	texts []*site.Text    // one per version, nil when missing
	diffs *site.StoryDiffs
	err   error
	done  bool
}

// loadStory loads story id, its versions and their texts, and the
// build's matrix of it. It blocks: call it from ctx.Async.
func loadStory(env Env, id string) storyView {
	var v storyView
	v.done = true
	v.story, v.err = env.Data.Story(id)
	if v.err != nil || v.story == nil {
		return v
	}
	n := len(v.story.Articles)
	v.sums, v.texts = make([]*site.Summary, n), make([]*site.Text, n)
	for i, a := range v.story.Articles {
		if v.sums[i], v.err = env.Data.Summary(a); v.err != nil {
			return v
		}
	}
	if v.err = env.Data.LoadTexts(v.story.Articles); v.err != nil {
		return v
	}
	for i, a := range v.story.Articles {
		if v.texts[i], v.err = env.Data.Text(a); v.err != nil {
			return v
		}
	}
	v.diffs, v.err = env.Data.StoryDiffs(v.story)
	return v
}

func (p *StoryPage) OnPreRender(ctx app.Context) {
	p.id = p.Env.StoryID(ctx.Page().URL())
	p.view = loadStory(p.Env, p.id)
	p.setTitle(ctx)
}

func (p *StoryPage) OnMount(ctx app.Context) { p.load(ctx) }
func (p *StoryPage) OnNav(ctx app.Context)   { p.load(ctx) }

func (p *StoryPage) load(ctx app.Context) {
	env := p.Env
	id := env.StoryID(ctx.Page().URL())
	if id != p.id {
		p.id, p.view = id, storyView{}
	}
	ctx.Async(func() {
		v := loadStory(env, id)
		ctx.Dispatch(func(ctx app.Context) {
			if id == p.id {
				p.view = v
				p.setTitle(ctx)
			}
		})
	})
}

func (p *StoryPage) setTitle(ctx app.Context) {
	env := p.Env
	if t := p.title(); t != "" {
		ctx.Page().SetTitle(env.T("story.page.title") + " : " + t + " — " + env.T("brand"))
	} else if p.view.done {
		ctx.Page().SetTitle(env.T("notfound.title") + " — " + env.T("brand"))
	}
}

// title is the earliest version's title, or "".
func (p *StoryPage) title() string {
	if len(p.view.sums) > 0 && p.view.sums[0] != nil {
		return p.view.sums[0].Title
	}
	return ""
}

func (p *StoryPage) Render() app.UI {
	env := p.Env
	v := p.view
	switch {
	case v.err != nil:
		return failure(env, v.err)
	case !v.done:
		return pageLoading(env)
	case v.story == nil:
		return app.Div().Class("notfound").Body(
			app.H1().Text(env.T("notfound.title")),
			app.P().Body(app.A().Href(env.Path("")).Text(env.T("compare.articles"))),
		)
	}
	return app.Article().Class("story-page").DataSet("story", v.story.ID).Body(
		app.P().Class("kicker").Text(env.T("story.page.title")),
		app.H1().Text(p.title()),
		app.P().Text(env.Tf("story.page.count", len(v.story.Articles))),
		p.versions(),
		p.matrix(),
	)
}

// earliest reports whether version i is among the first published. When
// every version shares the first date (dates without a time often do),
// none is marked: "earliest" on each row would tell the reader nothing.
func (p *StoryPage) earliest(i int) bool {
	if d := p.view.diffs; d != nil && len(d.Earliest) < len(p.view.story.Articles) {
		return slices.Contains(d.Earliest, i)
	}
	return false
}

// versions is the table of the story's versions, earliest first.
func (p *StoryPage) versions() app.UI {
	env := p.Env
	v := p.view
	first := v.story.Articles[0]
	return app.Section().Aria("labelledby", "story-versions").Body(
		app.H2().ID("story-versions").Text(env.T("story.page.versions")),
		app.Div().Class("table-scroll").Body(el("table").Class("story-versions").Body(
			el("thead").Body(el("tr").Body(
				el("th").Attr("scope", "col").Text("#"),
				el("th").Attr("scope", "col").Text(env.T("story.page.col.title")),
				el("th").Attr("scope", "col").Text(env.T("story.page.col.source")),
				el("th").Attr("scope", "col").Text(env.T("story.page.col.date")),
				el("th").Attr("scope", "col").Text(env.T("story.page.col.diff")),
			)),
			el("tbody").Body(app.Range(v.story.Articles).Slice(func(i int) app.UI {
				id := v.story.Articles[i]
				s := v.sums[i]
				title, source, date := id, "", ""
				if s != nil {
					title, source = s.Title, s.Source
					if s.Date != "" {
						date = env.Date(s.Date)
					}
				}
				tr := el("tr").DataSet("version", id)
				var mark app.UI
				if p.earliest(i) {
					tr = tr.DataSet("earliest", "yes")
					mark = el("span").Class("earliest").Text(" " + env.T("story.page.earliest"))
				}
				var diff app.UI = app.Text("—")
				if id != first {
					diff = app.A().DataSet("diff-link", id).Href(env.DiffPath(first, id)).Text(env.T("story.page.diff"))
				} else {
					diff = app.Text(env.T("story.page.reference"))
				}
				return tr.Body(
					el("td").Text(itoa(i+1)),
					el("th").Attr("scope", "row").Body(app.A().Href(env.ArticlePath(id)).Text(title)),
					el("td").Text(source),
					el("td").Body(app.Text(date), mark),
					el("td").Body(diff),
				)
			})),
		)),
	)
}

// matrix is the table of which sentences each version has: a row per
// sentence (its text as a row header), a column per version.
func (p *StoryPage) matrix() app.UI {
	env := p.Env
	v := p.view
	d := v.diffs
	if d == nil {
		return nil
	}
	return app.Section().Aria("labelledby", "story-matrix").Body(
		app.H2().ID("story-matrix").Text(env.T("story.page.matrix")),
		app.P().Class("story-legend").Text(env.T("story.page.legend")),
		app.Div().Class("table-scroll").Body(el("table").Class("story-matrix").Body(
			el("caption").Class("visually-hidden").Text(env.T("story.page.matrix")),
			el("thead").Body(el("tr").Body(
				el("th").Attr("scope", "col").Text(env.T("story.page.col.sentence")),
				app.Range(d.Articles).Slice(func(i int) app.UI {
					label := d.Articles[i]
					if i < len(v.sums) && v.sums[i] != nil && v.sums[i].Source != "" {
						label = v.sums[i].Source
					}
					return el("th").Attr("scope", "col").Attr("title", label).Body(
						app.Text(itoa(i+1)),
						app.Span().Class("visually-hidden").Text(" "+label),
					)
				}),
			)),
			el("tbody").Body(app.Range(d.Rows).Slice(func(r int) app.UI {
				row := d.Rows[r]
				text := ""
				if row.Version < len(v.texts) && v.texts[row.Version] != nil {
					text = v.texts[row.Version].Run(row.Text)
				}
				return el("tr").DataSet("row", itoa(r)).Body(
					el("th").Attr("scope", "row").Class("sentence").Text(text),
					app.Range(row.Cells).Slice(func(c int) app.UI {
						return matrixCell(env, row.Cells[c])
					}),
				)
			})),
		)),
	)
}

// matrixCell says whether a version has a row's sentence: a sign for the
// eye and a word for a screen reader.
func matrixCell(env Env, diff string) app.UI {
	sign, key := "–", "story.page.cell.absent"
	switch diff {
	case "same":
		sign, key = "●", "story.page.cell.same"
	case "changed":
		sign, key = "◐", "story.page.cell.changed"
	}
	if diff == "" {
		diff = "absent"
	}
	return el("td").DataSet("cell", diff).Body(
		app.Span().Aria("hidden", "true").Text(sign),
		app.Span().Class("visually-hidden").Text(env.T(key)),
	)
}

// el is an element of the tables by its tag: go-app's typed table
// elements (Table, Tr, Td…) would each link a type with hundreds of
// methods into app.wasm, about 30 KB gzip for the seven of them; the
// generic element is linked already.
func el(tag string) app.HTMLElem { return app.Elem(tag) }
