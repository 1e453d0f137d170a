package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// ComparePage shows two articles side by side, compare?left=<id>&right=<id>,
// with the entities they share. It is one prerendered page; the app fills
// it from the query.
type ComparePage struct {
	app.Compo
	left, right string
	l, r        *side
	both        []site.Shared
	onlyL       []site.Count
	onlyR       []site.Count
	catalog     *site.Catalog
	err         error
	done        bool
	selected    string
}

// side is one pane's article.
type side struct {
	sum  *site.Summary
	text *site.Text
}

func (c *ComparePage) OnPreRender(ctx app.Context) {
	ctx.Page().SetTitle(t("compare.title") + " — " + t("brand"))
	c.catalog, c.err = store.Catalog()
	c.done = false
}

func (c *ComparePage) OnMount(ctx app.Context) { c.load(ctx) }
func (c *ComparePage) OnNav(ctx app.Context)   { c.load(ctx) }

func (c *ComparePage) load(ctx app.Context) {
	ctx.Page().SetTitle(t("compare.title") + " — " + t("brand"))
	q := ctx.Page().URL().Query()
	left, right := q.Get("left"), q.Get("right")
	c.left, c.right = left, right
	ctx.Async(func() {
		cat, err := store.Catalog()
		var l, r *side
		if err == nil {
			l, err = loadSide(left)
		}
		if err == nil {
			r, err = loadSide(right)
		}
		ctx.Dispatch(func(ctx app.Context) {
			if left != c.left || right != c.right {
				return
			}
			c.catalog, c.l, c.r, c.err, c.done = cat, l, r, err, true
			c.both, c.onlyL, c.onlyR = nil, nil, nil
			if l != nil && r != nil {
				c.both, c.onlyL, c.onlyR = site.Compare(l.text, r.text)
			}
		})
	})
}

func loadSide(id string) (*side, error) {
	if id == "" {
		return nil, nil
	}
	sum, text, err := loadArticle(id)
	if err != nil || sum == nil || text == nil {
		return nil, err
	}
	return &side{sum: sum, text: text}, nil
}

func (c *ComparePage) Render() app.UI {
	return app.Section().Class("compare").Body(
		app.H1().Class("visually-hidden").Text(t("compare.title")),
		c.content(),
	)
}

func (c *ComparePage) content() app.UI {
	switch {
	case c.err != nil:
		return failure(c.err)
	case !c.done:
		return app.Div().Body(
			app.H2().Text(t("compare.title")),
			app.P().Class("noscript").Text(t("noscript.compare")),
			app.P().Body(app.A().Href(Path("")).Text(t("article.back"))),
		)
	}
	return app.Div().Body(
		c.sharedBar(),
		app.Div().Class("panes").Body(
			c.pane("left", c.left, c.l),
			c.pane("right", c.right, c.r),
		),
	)
}

func (c *ComparePage) sharedBar() app.UI {
	if c.l == nil || c.r == nil {
		return nil
	}
	return app.Aside().Class("shared").Aria("label", "Entités communes").Body(
		app.H2().Text("Entités communes"),
		app.If(len(c.both) == 0, app.P().Text("Aucune entité commune.")),
		app.Ul().Body(
			app.Range(c.both).Slice(func(i int) app.UI {
				s := c.both[i]
				return app.Li().
					Class("chip ent-"+s.Type).
					DataSet("shared-entity", s.Entity).
					DataSet("entity", s.Type).
					Body(
						app.Span().Class("chip-type").Text(t("type."+s.Type)),
						app.Text(" "+s.Name+" "),
						app.Span().Class("chip-count").Text("("+itoa(s.Left)+" · "+itoa(s.Right)+")"),
					)
			}),
		),
	)
}

func (c *ComparePage) pane(name, id string, s *side) app.UI {
	if s == nil {
		msg := "Choisissez un article pour ce côté."
		if id != "" {
			msg = tf("article.missing", id)
		}
		return app.Section().Class("pane empty").DataSet("pane", name).Body(
			app.P().Text(msg),
			c.picker(name),
		)
	}
	return app.Section().Class("pane").DataSet("pane", name).DataSet("article-id", s.sum.ID).Body(
		app.Article().Class("reading").Body(
			app.H2().Class("pane-title").Body(marked(s.text.Title, s.text.MarksOf(0), nil)...),
			metaLine(s.sum),
			articleBody(s.text, nil),
		),
	)
}

// picker lists the articles that can fill side name.
func (c *ComparePage) picker(name string) app.UI {
	if c.catalog == nil {
		return nil
	}
	arts := c.catalog.Articles
	return app.Ul().Class("picker").Body(
		app.Range(arts).Slice(func(i int) app.UI {
			a := arts[i]
			l, r := c.left, c.right
			if name == "left" {
				l = a.ID
			} else {
				r = a.ID
			}
			return app.Li().Body(app.A().Href(ComparePath(l, r)).Text(a.Title))
		}),
	)
}
