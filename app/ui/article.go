package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// ArticleView is the reading view of one article, articles/<id>: the title,
// its metadata, captions and paragraphs with every entity mention marked.
type ArticleView struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env   Env
	id    string
	query string   // the search the reader came from, if any
	terms []string // its matched terms, marked in the text
	sum   *site.Summary
	text  *site.Text
	err   error
	done  bool
	story *site.Story // the story it is a version of, or nil

	counts   map[string]int // mentions of each entity in the text
	types    []typeCount    // mentions of each type, for the legend
	card     entityCard     // the entity card, when one is open
	shutMark app.Value      // a mark whose card Escape closed: its next focus opens nothing
}

func (v *ArticleView) OnPreRender(ctx app.Context) {
	env := v.Env
	v.id = env.ArticleID(ctx.Page().URL())
	v.sum, v.text, v.err = loadArticle(env, v.id)
	v.story = articleStory(env, v.id)
	v.done = true
	v.countMarks()
	v.setTitle(ctx)
}

func (v *ArticleView) OnMount(ctx app.Context) { v.load(ctx) }
func (v *ArticleView) OnNav(ctx app.Context)   { v.load(ctx) }

func (v *ArticleView) load(ctx app.Context) {
	env := v.Env
	u := ctx.Page().URL()
	id, query, fragment := env.ArticleID(u), u.Query().Get("q"), u.Fragment
	if id != v.id {
		v.id, v.done, v.sum, v.text, v.err = id, false, nil, nil, nil
		v.card, v.shutMark = entityCard{}, nil
	}
	v.query = query
	ctx.Async(func() {
		sum, text, err := loadArticle(env, id)
		terms := queryTerms(env, id, query)
		story := articleStory(env, id)
		ctx.Dispatch(func(ctx app.Context) {
			if id != v.id {
				return
			}
			v.sum, v.text, v.err, v.done, v.terms = sum, text, err, true, terms
			v.story = story
			v.countMarks()
			v.setTitle(ctx)
			if fragment != "" {
				ctx.Defer(func(ctx app.Context) { ctx.ScrollTo(fragment) })
			}
		})
	})
}

// queryTerms returns the index terms of query that match article id, to
// mark them in the text.
func queryTerms(env Env, id, query string) []string {
	if query == "" {
		return nil
	}
	r, err := env.Data.Search(query, 0)
	if err != nil {
		return nil
	}
	for _, h := range env.Data.Local().Hits(r, query, 0).Hits {
		if h.ID == id {
			return h.Terms
		}
	}
	return nil
}

// countMarks counts the text's mentions per entity and per type.
func (v *ArticleView) countMarks() {
	v.counts, v.types = nil, nil
	if v.text == nil {
		return
	}
	v.counts = map[string]int{}
	for _, c := range site.Counts(v.text) {
		v.counts[c.Entity] = c.N
	}
	v.types = typeCounts(v.text)
}

func loadArticle(env Env, id string) (*site.Summary, *site.Text, error) {
	sum, err := env.Data.Summary(id)
	if err != nil || sum == nil {
		return nil, nil, err
	}
	text, err := env.Data.Text(id)
	return sum, text, err
}

func (v *ArticleView) setTitle(ctx app.Context) {
	env := v.Env
	if v.sum != nil {
		ctx.Page().SetTitle(v.sum.Title + " — " + env.T("brand"))
	} else if v.done {
		ctx.Page().SetTitle(env.T("notfound.title") + " — " + env.T("brand"))
	}
}

func (v *ArticleView) Render() app.UI {
	env := v.Env
	switch {
	case v.err != nil:
		return failure(env, v.err)
	case !v.done:
		return pageLoading(env)
	case v.sum == nil || v.text == nil:
		return app.Section().Class("notfound").Body(
			app.H1().Text(env.T("notfound.title")),
			app.P().Text(env.Tf("article.missing", v.id)),
			app.P().Body(app.A().Href(env.Path("")).Text(env.T("article.back"))),
		)
	}
	return app.Article().Class("reading").DataSet("article-id", v.sum.ID).
		On("mouseover", v.onPointer).On("mouseleave", v.onLeave).
		On("focusin", v.onFocusIn).On("focusout", v.onFocusOut).On("keydown", v.onKey).Body(
		app.Header().Body(
			app.H1().Body(marked(env, v.text.Title, v.text.MarksOf(0), nil)...),
			metaLine(env, v.sum),
			app.If(len(v.sum.Authors) > 0, app.P().Class("byline").Text(env.Tf("article.by", joinNames(env, v.sum.Authors)))),
			app.P().Class("actions").Body(
				app.A().Href(env.ComparePath(v.sum.ID, "")).Text(env.T("compare.with")),
			),
		),
		&EntityLegend{Env: env, ArticleID: v.sum.ID, Types: v.types},
		articleBody(env, v.text, v.terms),
		versionsSection(env, v.sum.ID, v.story, otherVersions(v.story, v.sum.ID)),
		v.card.render(env, v.sum.ID, func(id string) string { return articleTitle(env, id) }),
	)
}

// articleStory returns the story article id is a version of, or nil
// (also when the catalog does not load: the article reads without it).
func articleStory(env Env, id string) *site.Story {
	cat, err := env.Data.Catalog()
	if err != nil {
		return nil
	}
	return storyOf(cat, id)
}

// versionsSection lists the other versions of the story article id is a
// version of, with how much text each shares with it, each linked to its
// reading view and to the differences with this one; nil without any.
func versionsSection(env Env, id string, st *site.Story, vs []version) app.UI {
	if len(vs) == 0 {
		return nil
	}
	return app.Section().Class("other-versions").Aria("labelledby", "versions-title").Body(
		app.H2().ID("versions-title").Text(env.Tf("story.versions", len(vs))),
		app.P().Class("story-link").Body(app.A().DataSet("story-link", st.ID).Href(env.StoryPath(st.ID)).Text(env.T("story.group"))),
		app.Ul().Body(app.Range(vs).Slice(func(i int) app.UI {
			o := vs[i]
			li := app.Li().DataSet("version", o.ID).DataSet("shared", itoa(o.Shared))
			sum, _ := env.Data.Summary(o.ID)
			if sum == nil {
				return li.Body(app.A().Href(env.ArticlePath(o.ID)).Text(o.ID))
			}
			return li.Body(
				app.A().Href(env.ArticlePath(o.ID)).Text(sum.Title),
				metaLine(env, sum),
				app.P().Class("similarity").Body(
					app.Text(env.Tf("story.similarity", o.Shared, o.Resemblance)+" · "),
					app.A().DataSet("diff-link", o.ID).Href(env.DiffPath(id, o.ID)).Text(env.T("story.diff")),
				),
			)
		})),
	)
}

// articleTitle returns the title of article id, or the id.
func articleTitle(env Env, id string) string {
	if s, _ := env.Data.Summary(id); s != nil {
		return s.Title
	}
	return id
}

// The handlers below run on every pointer crossing and key press in the
// article; go-app renders the view again after each. They do not call
// ctx.PreventUpdate: in go-app v9.8 it also cancels an update another
// event asked for in the same frame, and the card would not close. The
// render is a diff of the article, cheap next to a frame.

// onPointer opens the card of the mention under the pointer, and closes a
// card the pointer opened once it is neither on a mention nor on the card.
func (v *ArticleView) onPointer(ctx app.Context, e app.Event) {
	if inCard(e.Get("target")) {
		return
	}
	if m, ok := cardTarget(e); ok {
		v.openCard(ctx, m, false)
		return
	}
	if v.card.entity != nil && !v.card.byFocus {
		v.card = entityCard{}
	}
}

// onLeave closes a card the pointer opened when it leaves the article.
func (v *ArticleView) onLeave(ctx app.Context, e app.Event) {
	if v.card.entity != nil && !v.card.byFocus {
		v.card = entityCard{}
	}
}

// onFocusIn opens the card of a focused mention (see EntityLegend's explore
// mode) and closes it when the focus goes elsewhere than the card.
func (v *ArticleView) onFocusIn(ctx app.Context, e app.Event) {
	if inCard(e.Get("target")) {
		return
	}
	if m, ok := cardTarget(e); ok {
		if v.shutMark != nil && v.shutMark.Equal(m) {
			v.shutMark = nil
			return
		}
		v.openCard(ctx, m, true)
		return
	}
	if v.card.entity != nil {
		v.card = entityCard{}
	}
}

// onFocusOut closes the card when the focus leaves the article.
func (v *ArticleView) onFocusOut(ctx app.Context, e app.Event) {
	next := e.Get("relatedTarget")
	if v.card.entity != nil && v.card.byFocus && (!next.Truthy() || !next.Call("closest", "article.reading").Truthy()) {
		v.card = entityCard{}
	}
}

// onKey closes the card with Escape, giving the focus back to its mention,
// and moves into the card with Enter on a focused mention.
func (v *ArticleView) onKey(ctx app.Context, e app.Event) {
	if v.card.entity == nil {
		return
	}
	switch e.Get("key").String() {
	case "Escape":
		e.Call("stopPropagation")
		mark := v.card.mark
		v.card = entityCard{}
		if inCard(e.Get("target")) || e.Get("target").Equal(mark) {
			v.shutMark = mark
			mark.Call("focus")
		}
	case "Enter", " ":
		m, ok := cardTarget(e)
		if !ok || !m.Equal(e.Get("target")) {
			return
		}
		e.PreventDefault()
		if a := app.Window().GetElementByID("entity-card").Call("querySelector", "a"); a.Truthy() {
			a.Call("focus")
		}
	}
}

// openCard opens the card of mark m, unless it is already open.
func (v *ArticleView) openCard(ctx app.Context, m app.Value, byFocus bool) {
	env := v.Env
	if v.card.entity != nil && v.card.mark.Equal(m) {
		v.card.byFocus = v.card.byFocus || byFocus
		return
	}
	id := m.Get("dataset").Get("entityId").String()
	ent, _ := env.Data.Entity(id)
	if ent == nil {
		return
	}
	v.card = entityCard{entity: ent, mentions: v.counts[id], mark: m, byFocus: byFocus}
	ctx.Defer(func(app.Context) { placeCard(m) })
}

func joinNames(env Env, names []string) string {
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
	return s + env.T("list.and") + names[len(names)-1]
}
