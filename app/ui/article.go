package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// ArticleView is the reading view of one article, articles/<id>: the title,
// its metadata, captions and paragraphs with every entity mention marked.
type ArticleView struct {
	app.Compo
	id    string
	query string   // the search the reader came from, if any
	terms []string // its matched terms, marked in the text
	sum   *site.Summary
	text  *site.Text
	err   error
	done  bool
}

func (v *ArticleView) OnPreRender(ctx app.Context) {
	v.id = articleID(ctx.Page().URL())
	v.sum, v.text, v.err = loadArticle(v.id)
	v.done = true
	v.setTitle(ctx)
}

func (v *ArticleView) OnMount(ctx app.Context) { v.load(ctx) }
func (v *ArticleView) OnNav(ctx app.Context)   { v.load(ctx) }

func (v *ArticleView) load(ctx app.Context) {
	u := ctx.Page().URL()
	id, query, fragment := articleID(u), u.Query().Get("q"), u.Fragment
	if id != v.id {
		v.id, v.done, v.sum, v.text, v.err = id, false, nil, nil, nil
	}
	v.query = query
	ctx.Async(func() {
		sum, text, err := loadArticle(id)
		terms := queryTerms(id, query)
		ctx.Dispatch(func(ctx app.Context) {
			if id != v.id {
				return
			}
			v.sum, v.text, v.err, v.done, v.terms = sum, text, err, true, terms
			v.setTitle(ctx)
			if fragment != "" {
				ctx.Defer(func(ctx app.Context) { ctx.ScrollTo(fragment) })
			}
		})
	})
}

// queryTerms returns the index terms of query that match article id, to
// mark them in the text.
func queryTerms(id, query string) []string {
	if query == "" {
		return nil
	}
	ix, err := store.Index()
	if err != nil {
		return nil
	}
	for _, h := range ix.Search(query, 0).Hits {
		if h.ID == id {
			return h.Terms
		}
	}
	return nil
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
			app.H1().Body(marked(v.text.Title, v.text.MarksOf(0), nil)...),
			metaLine(v.sum),
			app.If(len(v.sum.Authors) > 0, app.P().Class("byline").Text(tf("article.by", joinNames(v.sum.Authors)))),
			app.P().Class("actions").Body(
				app.A().Href(ComparePath(v.sum.ID, "")).Text(t("compare.with")),
			),
		),
		articleBody(v.text, v.terms),
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
