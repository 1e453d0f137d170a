package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/compare"
	"lecteur/app/site"
)

// ComparePage shows two articles side by side, compare?left=<id>&right=<id>:
// the entities they share (SharedEntities: selecting one marks it in both
// panes and brings each pane to its next mention), the passage links
// between their paragraphs, and a fuzzy picker to fill or replace a side
// (ComparePane, ArticlePicker). It is one prerendered page; the app fills
// it from the query, and the URL always names the pair. It owns the state
// the parts share and hears them through go-app actions.
type ComparePage struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env         Env
	left, right string // the ids in the URL
	sides       [2]*side
	catalog     *site.Catalog
	names       map[string]string // entity id → its name in the catalog
	ents        compare.Entities
	links       compare.Links
	err         error
	done        bool

	selected string      // the shared entity being followed
	mention  [2]position // its current mention on each side
	target   [2]int      // paragraph of each side reached by a passage link, or -1
	tab      int         // the pane shown on narrow screens: 0 left, 1 right
	picking  int         // the side whose picker is open, or -1
	picker   *compare.Picker
	refocus  string // the pane to focus once the picked article shows
	scroll   linkedScroll
}

// side is one pane's article.
type side struct {
	sum  *site.Summary
	text *site.Text
}

func (c *ComparePage) OnPreRender(ctx app.Context) {
	env := c.Env
	ctx.Page().SetTitle(env.T("compare.title") + " — " + env.T("brand"))
	c.done = false
}

func (c *ComparePage) OnMount(ctx app.Context) {
	c.scroll.listen()
	ctx.Handle(actionFollow, c.onFollow)
	ctx.Handle(actionPane, c.onPane)
	ctx.Handle(actionPicker, c.onPicker)
	c.load(ctx)
}

func (c *ComparePage) OnNav(ctx app.Context) { c.load(ctx) }

func (c *ComparePage) OnDismount() { c.scroll.stop() }

func (c *ComparePage) load(ctx app.Context) {
	env := c.Env
	ctx.Page().SetTitle(env.T("compare.title") + " — " + env.T("brand"))
	q := ctx.Page().URL().Query()
	left, right := q.Get("left"), q.Get("right")
	if left != c.left || right != c.right || !c.done {
		c.selected, c.target, c.picking = "", [2]int{-1, -1}, -1
	}
	c.left, c.right = left, right
	ctx.Async(func() {
		cat, err := env.Data.Catalog()
		var l, r *side
		if err == nil {
			l, err = loadSide(env, left)
		}
		if err == nil && right != left {
			r, err = loadSide(env, right)
		}
		var ents compare.Entities
		var links compare.Links
		if l != nil && r != nil {
			ents = compare.SharedEntities(l.text, r.text)
			links = compare.Passages(l.text, r.text)
		}
		ctx.Dispatch(func(ctx app.Context) {
			if left != c.left || right != c.right {
				return
			}
			if cat != c.catalog && cat != nil {
				c.names = make(map[string]string, len(cat.Entities))
				for _, e := range cat.Entities {
					c.names[e.ID] = e.Name
				}
				titles := make([]string, len(cat.Articles))
				for i, a := range cat.Articles {
					titles[i] = a.Title
				}
				c.picker = compare.NewPicker(titles)
			}
			c.catalog, c.err, c.done = cat, err, true
			c.sides = [2]*side{l, r}
			c.ents, c.links = ents, links
			c.scroll.links = [2][]int{links.Left, links.Right}
			if c.tab == 1 && r == nil || c.tab == 0 && l == nil && r != nil {
				c.tab = 1 - c.tab
			}
			if open := c.emptySide(); open >= 0 {
				c.picking = open
			} else if c.refocus != "" {
				id := c.refocus
				ctx.Defer(func(app.Context) {
					if p := app.Window().GetElementByID(id); p.Truthy() {
						p.Call("focus", map[string]any{"preventScroll": true})
					}
				})
			}
			c.refocus = ""
		})
	})
}

func loadSide(env Env, id string) (*side, error) {
	if id == "" {
		return nil, nil
	}
	sum, text, err := loadArticle(env, id)
	if err != nil || sum == nil || text == nil {
		return nil, err
	}
	return &side{sum: sum, text: text}, nil
}

// ids returns the article ids of the URL, left then right.
func (c *ComparePage) ids() [2]string { return [2]string{c.left, c.right} }

// emptySide returns the first side without an article, or -1.
func (c *ComparePage) emptySide() int {
	for s := range c.sides {
		if c.sides[s] == nil {
			return s
		}
	}
	return -1
}

func (c *ComparePage) Render() app.UI {
	env := c.Env
	return app.Section().Class("compare").Body(
		app.H1().Class("visually-hidden").Text(env.T("compare.title")),
		c.content(),
	)
}

func (c *ComparePage) content() app.UI {
	env := c.Env
	switch {
	case c.err != nil:
		return failure(env, c.err)
	case !c.done:
		// The prerendered page: the app fills it from the query.
		return app.Div().Class("compare-static").Body(
			app.H2().Text(env.T("compare.title")),
			app.NoScript().Body(
				app.P().Class("noscript").Text(env.T("noscript.compare")),
				app.P().Body(app.A().Href(env.Path("")).Text(env.T("compare.articles"))),
			),
		)
	}
	var shared app.UI
	if c.sides[0] != nil && c.sides[1] != nil {
		shared = &SharedEntities{Env: env, Entities: c.ents, Names: c.names, Selected: c.selected}
	}
	return app.Div().Body(
		c.problem(),
		c.toolbar(),
		shared,
		c.tabs(),
		app.Div().Class("panes").Body(c.pane(0), c.pane(1)),
	)
}

// problem explains what is wrong with the URL's pair, if anything; the
// pickers in the panes are the way forward.
func (c *ComparePage) problem() app.UI {
	env := c.Env
	var msg string
	switch {
	case c.left == "" && c.right == "":
		msg = env.T("compare.none")
	case c.left != "" && c.left == c.right:
		msg = env.T("compare.same")
	case c.left != "" && c.sides[0] == nil || c.right != "" && c.sides[1] == nil:
		msg = env.T("compare.unknown")
	case c.left == "" || c.right == "":
		msg = env.T("compare.one")
	default:
		return nil
	}
	return app.P().Class("status compare-problem").Attr("role", "status").DataSet("compare-problem", "yes").Text(msg)
}

func (c *ComparePage) toolbar() app.UI {
	env := c.Env
	if c.sides[0] == nil && c.sides[1] == nil {
		return nil
	}
	return app.Div().Class("compare-tools").Body(
		app.A().Class("button").DataSet("swap", "yes").Href(env.ComparePath(c.right, c.left)).Text(env.T("compare.swap")),
		app.If(c.sides[0] != nil && c.sides[1] != nil,
			app.Label().Class("linked-scroll").Body(
				app.Input().Type("checkbox").ID("linked-scroll").Checked(c.scroll.on).OnChange(c.onLinked),
				app.Text(" "+env.T("compare.linked")),
			),
		),
	)
}

func (c *ComparePage) onLinked(ctx app.Context, e app.Event) {
	c.scroll.on = ctx.JSSrc().Get("checked").Bool()
}

// onFollow follows the entity a chip of the SharedEntities bar names.
func (c *ComparePage) onFollow(ctx app.Context, a app.Action) {
	if id, ok := a.Value.(string); ok {
		c.follow(ctx, id)
	}
}

// onPane opens or closes a side's picker, or follows a passage link.
func (c *ComparePage) onPane(ctx app.Context, a app.Action) {
	ev, ok := a.Value.(paneEvent)
	if !ok {
		return
	}
	if !ev.Picker {
		c.jump(ctx, ev.Side, ev.Jump)
		return
	}
	if c.picking == ev.Side {
		c.picking = -1
	} else {
		c.picking = ev.Side
	}
}

// onPicker hears the picker: closed, or an article picked whose pane gets
// the focus once it shows.
func (c *ComparePage) onPicker(ctx app.Context, a app.Action) {
	ev, ok := a.Value.(pickerEvent)
	switch {
	case !ok:
	case ev.Closed:
		c.picking = -1
	case ev.Picked:
		c.refocus = paneID(ev.Side)
	}
}

// follow selects entity id, or moves to its next mention on each side when
// it is already selected, and scrolls both panes there.
func (c *ComparePage) follow(ctx app.Context, id string) {
	for s, sd := range c.sides {
		if sd == nil {
			continue
		}
		ms := mentions(sd.text, id)
		if len(ms) == 0 {
			continue
		}
		next := 0
		if id == c.selected {
			for k, p := range ms {
				if p == c.mention[s] {
					next = (k + 1) % len(ms)
				}
			}
		}
		c.mention[s] = ms[next]
	}
	c.selected = id
	ctx.Defer(func(app.Context) {
		for s := range c.sides {
			c.scroll.scrollTo(s, mentionID(s))
		}
	})
}

// mentions returns where t mentions entity id, in reading order.
func mentions(t *site.Text, id string) []position {
	var out []position
	for b, marks := range t.Marks {
		for m, mk := range marks {
			if mk.Entity == id {
				out = append(out, position{b, m})
			}
		}
	}
	return out
}

// tabs switch panes on narrow screens, where one pane shows at a time;
// CSS hides them on wide screens.
func (c *ComparePage) tabs() app.UI {
	env := c.Env
	if c.sides[0] == nil && c.sides[1] == nil {
		return nil
	}
	return app.Div().Class("pane-tabs").Attr("role", "tablist").Aria("label", env.T("compare.tabs")).Body(
		c.tabButton(0), c.tabButton(1),
	)
}

func (c *ComparePage) tabButton(s int) app.UI {
	env := c.Env
	label := env.T("compare." + sideNames[s])
	if sd := c.sides[s]; sd != nil {
		label = env.Tf("compare.tab", label, sd.sum.Title)
	}
	selected := "false"
	if c.tab == s {
		selected = "true"
	}
	return app.Button().
		Type("button").
		Class("pane-tab").
		Attr("role", "tab").
		DataSet("tab", sideNames[s]).
		Aria("selected", selected).
		Aria("controls", paneID(s)).
		OnClick(func(ctx app.Context, e app.Event) { c.tab = s }, s).
		Text(label)
}

// pane is side s's ComparePane.
func (c *ComparePage) pane(s int) app.UI {
	p := &ComparePane{
		Env:       c.Env,
		Side:      s,
		IDs:       c.ids(),
		Alone:     c.sides[1-s] == nil,
		Target:    c.target[s],
		Hidden:    c.tab != s,
		Picking:   c.picking == s,
		Catalog:   c.catalog,
		Picker:    c.picker,
		Following: c.selected,
		Mention:   c.mention[s],
	}
	if sd := c.sides[s]; sd != nil {
		p.Sum, p.Text = sd.sum, sd.text
		p.Links, p.Scores = c.links.Left, c.links.LeftScore
		if s == 1 {
			p.Links, p.Scores = c.links.Right, c.links.RightScore
		}
	}
	return p
}

// jump brings paragraph i of side s into view: the other end of a passage
// link.
func (c *ComparePage) jump(ctx app.Context, s, i int) {
	c.target[s] = i
	c.tab = s
	ctx.Defer(func(app.Context) {
		c.scroll.scrollTo(s, sideParaID(s, i))
		if el := app.Window().GetElementByID(sideParaID(s, i)); el.Truthy() {
			el.Call("focus", map[string]any{"preventScroll": true})
		}
	})
}
