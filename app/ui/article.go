package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// ArticleView is the reading view of one article, articles/<id>: the title,
// its metadata, captions and paragraphs with every entity mention marked.
type ArticleView struct {
	app.Compo
	id   string
	sum  *site.Summary
	text *site.Text
	err  error
	done bool
}

func (v *ArticleView) OnPreRender(ctx app.Context) {
	v.id = articleID(ctx.Page().URL())
	v.sum, v.text, v.err = loadArticle(v.id)
	v.done = true
	v.setTitle(ctx)
}

func (v *ArticleView) OnNav(ctx app.Context) {
	id := articleID(ctx.Page().URL())
	if id != v.id {
		v.id, v.done, v.sum, v.text, v.err = id, false, nil, nil, nil
	}
	ctx.Async(func() {
		sum, text, err := loadArticle(id)
		ctx.Dispatch(func(ctx app.Context) {
			if id != v.id {
				return
			}
			v.sum, v.text, v.err, v.done = sum, text, err, true
			v.setTitle(ctx)
		})
	})
}

func loadArticle(id string) (*site.Summary, *site.Text, error) {
	sum, err := store.Summary(id)
	if err != nil || sum == nil {
		return nil, nil, err
	}
	text, err := store.Text(id)
	return sum, text, err
}

func (v *ArticleView) setTitle(ctx app.Context) {
	if v.sum != nil {
		ctx.Page().SetTitle(v.sum.Title + " — " + t("brand"))
	} else if v.done {
		ctx.Page().SetTitle(t("notfound.title") + " — " + t("brand"))
	}
}

func (v *ArticleView) Render() app.UI {
	return page("", v.content())
}

func (v *ArticleView) content() app.UI {
	switch {
	case v.err != nil:
		return failure(v.err)
	case !v.done:
		return loading()
	case v.sum == nil || v.text == nil:
		return app.Section().Class("notfound").Body(
			app.H1().Text(t("notfound.title")),
			app.P().Text(tf("article.missing", v.id)),
			app.P().Body(app.A().Href(Path("")).Text(t("article.back"))),
		)
	}
	return app.Article().Class("reading").DataSet("article-id", v.sum.ID).Body(
		app.Header().Body(
			app.H1().Body(marked(v.text.Title, v.text.MarksOf(0))...),
			metaLine(v.sum),
			app.If(len(v.sum.Authors) > 0, app.P().Class("byline").Text(tf("article.by", joinNames(v.sum.Authors)))),
			app.P().Class("actions").Body(
				app.A().Href(ComparePath(v.sum.ID, "")).Text(t("compare.with")),
			),
		),
		articleBody(v.text),
	)
}

func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	s := names[0]
	for _, n := range names[1 : len(names)-1] {
		s += ", " + n
	}
	return s + " et " + names[len(names)-1]
}
