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
	diffMode    bool   // mode=diff in the URL: the differences mode
	diff        *site.PairDiff
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
	ctx.Handle(actionTab, c.onTab)
	c.load(ctx)
}

func (c *ComparePage) OnNav(ctx app.Context) { c.load(ctx) }

func (c *ComparePage) OnDismount() { c.scroll.stop() }

func (c *ComparePage) load(ctx app.Context) {
	env := c.Env
	ctx.Page().SetTitle(env.T("compare.title") + " — " + env.T("brand"))
	q := ctx.Page().URL().Query()
	left, right := q.Get("left"), q.Get("right")
	diffMode := q.Get("mode") == "diff"
	if left != c.left || right != c.right || diffMode != c.diffMode || !c.done {
		c.selected, c.target, c.picking = "", [2]int{-1, -1}, -1
	}
	c.left, c.right, c.diffMode = left, right, diffMode
	ctx.Async(func() {
		p := loadPair(env, left, right, diffMode)
		ctx.Dispatch(func(ctx app.Context) {
			if left != c.left || right != c.right || diffMode != c.diffMode {
				return
			}
			if p.catalog != c.catalog && p.catalog != nil {
				c.names, c.picker = catalogIndex(p.catalog)
			}
			c.catalog, c.err, c.done = p.catalog, p.err, true
			c.sides, c.ents, c.links = p.sides, p.ents, p.links
			c.diff = p.diff
			c.scroll.links = [2][]int{p.links.Left, p.links.Right}
			l, r := p.sides[0], p.sides[1]
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
	if c.diff != nil {
		return app.Div().Body(
			c.toolbar(),
			c.tabs(),
			&CompareDiff{Env: env, Diff: c.diff, Sums: [2]*site.Summary{c.sides[0].sum, c.sides[1].sum}, Texts: [2]*site.Text{c.sides[0].text, c.sides[1].text}, Tab: c.tab},
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
	key := pairProblem(c.ids(), [2]bool{c.sides[0] != nil, c.sides[1] != nil})
	if key == "" {
		return nil
	}
	return app.P().Class("status compare-problem").Attr("role", "status").DataSet("compare-problem", "yes").Text(c.Env.T(key))
}

func (c *ComparePage) toolbar() app.UI {
	env := c.Env
	if c.sides[0] == nil && c.sides[1] == nil {
		return nil
	}
	swap := env.ComparePath(c.right, c.left)
	if c.diffMode {
		swap = env.DiffPath(c.right, c.left)
	}
	both := c.sides[0] != nil && c.sides[1] != nil
	return app.Div().Class("compare-tools").Body(
		app.A().Class("button").DataSet("swap", "yes").Href(swap).Text(env.T("compare.swap")),
		app.If(both && c.diffMode,
			app.A().Class("button").DataSet("mode", "normal").Href(env.ComparePath(c.left, c.right)).Text(env.T("compare.mode.normal")),
		).ElseIf(both,
			app.A().Class("button").DataSet("mode", "diff").Href(env.DiffPath(c.left, c.right)).Text(env.T("compare.mode.diff")),
		),
		app.If(both && !c.diffMode,
			app.Label().Class("linked-scroll").Body(
				app.Input().Type("checkbox").ID("linked-scroll").Checked(c.scroll.on).OnChange(c.onLinked),
				app.Text(" "+env.T("compare.linked")),
			),
		),
		c.lowToggle(),
	)
}

// lowToggle is the reading view's "uncertain mentions" box for both panes
// (the stylesheet reads it): off by default, nil when neither side has a
// low-confidence mention.
func (c *ComparePage) lowToggle() app.UI {
	if c.diffMode {
		return nil
	}
	n := 0
	for _, s := range c.sides {
		if s != nil && s.text != nil {
			n += lowCount(typeCounts(s.text))
		}
	}
	if n == 0 {
		return nil
	}
	return app.Label().Class("linked-scroll").Body(
		app.Input().Type("checkbox").ID("compare-low"),
		app.Text(" "+c.Env.T("legend.low")),
		app.Span().Class("legend-count").Text(" "+itoa(n)),
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
		if sd != nil {
			c.mention[s] = nextMention(sd.text, id, c.mention[s], id == c.selected)
		}
	}
	c.selected = id
	ctx.Defer(func(app.Context) {
		for s := range c.sides {
			c.scroll.scrollTo(s, mentionID(s))
		}
	})
}

// tabs switch panes on narrow screens, where one pane shows at a time;
// CSS hides them on wide screens.
func (c *ComparePage) tabs() app.UI {
	if c.sides[0] == nil && c.sides[1] == nil {
		return nil
	}
	var titles [2]string
	for s, sd := range c.sides {
		if sd != nil {
			titles[s] = sd.sum.Title
		}
	}
	return &PaneTabs{Env: c.Env, Titles: titles, Tab: c.tab, Diff: c.diff != nil}
}

// onTab shows the pane a PaneTabs tab names.
func (c *ComparePage) onTab(ctx app.Context, a app.Action) {
	if s, ok := a.Value.(int); ok {
		c.tab = s
	}
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
