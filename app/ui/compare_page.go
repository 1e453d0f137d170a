package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/compare"
	"lecteur/app/site"
)

// ComparePage shows two articles side by side, compare?left=<id>&right=<id>:
// the entities they share (selecting one marks it in both panes and brings
// each pane to its next mention), the passage links between their
// paragraphs, and a fuzzy picker to fill or replace a side. It is one
// prerendered page; the app fills it from the query, and the URL always
// names the pair.
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
	linked   bool        // linked scrolling

	picking   int        // the side the picker fills or replaces, or -1
	query     string     // what the picker's box holds
	pickField typedField // see typedField
	active    int        // the highlighted option
	options   []int      // the catalog articles the picker offers, best first
	picker    *compare.Picker
	refocus   string // the pane to focus once the picked article shows

	unlisten func()
}

// side is one pane's article.
type side struct {
	sum  *site.Summary
	text *site.Text
}

// position is a mention: block b of the text, mark m of that block.
type position struct{ b, m int }

var sideNames = [2]string{"left", "right"}

// maxOptions bounds the picker's list; the reader types to narrow it.
const maxOptions = 50

func (c *ComparePage) OnPreRender(ctx app.Context) {
	env := c.Env
	ctx.Page().SetTitle(env.T("compare.title") + " — " + env.T("brand"))
	c.done = false
}

func (c *ComparePage) OnMount(ctx app.Context) {
	c.listenScroll()
	c.load(ctx)
}

func (c *ComparePage) OnNav(ctx app.Context) { c.load(ctx) }

func (c *ComparePage) OnDismount() {
	if c.unlisten != nil {
		c.unlisten()
	}
}

func (c *ComparePage) load(ctx app.Context) {
	env := c.Env
	ctx.Page().SetTitle(env.T("compare.title") + " — " + env.T("brand"))
	q := ctx.Page().URL().Query()
	left, right := q.Get("left"), q.Get("right")
	if left != c.left || right != c.right || !c.done {
		c.selected, c.target, c.picking, c.query, c.active = "", [2]int{-1, -1}, -1, "", 0
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
			if c.tab == 1 && r == nil || c.tab == 0 && l == nil && r != nil {
				c.tab = 1 - c.tab
			}
			if open := c.emptySide(); open >= 0 {
				c.openPicker(ctx, open, true)
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
	return app.Div().Body(
		c.problem(),
		c.toolbar(),
		c.sharedBar(),
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
				app.Input().Type("checkbox").ID("linked-scroll").Checked(c.linked).OnChange(c.onLinked),
				app.Text(" "+env.T("compare.linked")),
			),
		),
	)
}

func (c *ComparePage) onLinked(ctx app.Context, e app.Event) {
	c.linked = ctx.JSSrc().Get("checked").Bool()
}

// sharedBar lists the entities of both articles, by type, then those of
// one side only.
func (c *ComparePage) sharedBar() app.UI {
	env := c.Env
	if c.sides[0] == nil || c.sides[1] == nil {
		return nil
	}
	return app.Aside().Class("shared").Aria("labelledby", "shared-title").Body(
		app.H2().ID("shared-title").Text(env.T("compare.shared")),
		app.If(len(c.ents.Both) == 0, app.P().Class("status").Text(env.T("compare.noshared"))),
		app.Range(c.ents.Both).Slice(func(i int) app.UI {
			g := c.ents.Both[i]
			return app.Div().Class("shared-group").DataSet("type", g.Type).Body(
				app.H3().Text(env.T("type."+g.Type)),
				app.Ul().Body(app.Range(g.Entities).Slice(func(j int) app.UI {
					return c.chip(g.Entities[j])
				})),
			)
		}),
		c.onlyOne(0, c.ents.OnlyLeft),
		c.onlyOne(1, c.ents.OnlyRight),
	)
}

// chip is one shared entity: a toggle that marks it in both panes.
func (c *ComparePage) chip(s site.Shared) app.UI {
	env := c.Env
	id := s.Entity
	pressed := "false"
	if id == c.selected {
		pressed = "true"
	}
	return app.Li().Body(
		app.Button().
			Type("button").
			Class("chip ent-"+s.Type).
			DataSet("shared-entity", id).
			Aria("pressed", pressed).
			Title(env.Tf("compare.chip.title", s.Left, s.Right)).
			OnClick(func(ctx app.Context, e app.Event) { c.follow(ctx, id) }, id).
			Body(
				app.Text(c.nameOf(id, s.Name)+" "),
				app.Span().Class("chip-count").Text(itoa(s.Left)+" · "+itoa(s.Right)),
			),
	)
}

// onlyOne lists the entities found on side s only, folded away.
func (c *ComparePage) onlyOne(s int, groups []compare.Group[site.Count]) app.UI {
	env := c.Env
	n := 0
	for _, g := range groups {
		n += len(g.Entities)
	}
	if n == 0 {
		return nil
	}
	return app.Details().Class("only").DataSet("only", sideNames[s]).Body(
		app.Summary().Text(env.Tf("compare.only."+sideNames[s], n)),
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			return app.P().Body(
				app.Span().Class("only-type").Text(env.T("type."+g.Type)+env.T("colon")),
				app.Range(g.Entities).Slice(func(j int) app.UI {
					e := g.Entities[j]
					sep := ""
					if j > 0 {
						sep = ", "
					}
					return app.Span().DataSet("only-entity", e.Entity).Text(sep + c.nameOf(e.Entity, e.Name) + " (" + itoa(e.N) + ")")
				}),
			)
		}),
	)
}

func (c *ComparePage) nameOf(id, fallback string) string {
	if n, ok := c.names[id]; ok && n != "" {
		return n
	}
	return fallback
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
			scrollPane(s, mentionID(s))
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

func mentionID(s int) string { return sideNames[s] + "-mention" }

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

func paneID(s int) string { return "pane-" + sideNames[s] }

func (c *ComparePage) pane(s int) app.UI {
	env := c.Env
	name := sideNames[s]
	sd := c.sides[s]
	hidden := "no"
	if c.tab != s {
		hidden = "yes"
	}
	sec := app.Section().ID(paneID(s)).DataSet("pane", name).DataSet("narrow-hidden", hidden).Attr("role", "tabpanel")
	if sd == nil {
		id := c.ids()[s]
		msg := env.T("compare.choose")
		switch {
		case id != "" && s == 1 && id == c.left:
			msg = env.T("compare.same.side")
		case id != "":
			msg = env.Tf("article.missing", id)
		}
		return sec.Class("pane empty").Aria("label", env.T("compare."+name)).Body(
			app.P().Class("pane-message").Text(msg),
			c.pickerUI(s),
		)
	}
	other := c.ids()[1-s]
	if c.sides[1-s] == nil {
		other = ""
	}
	closeHref := env.Path("")
	if other != "" {
		closeHref = env.ArticlePath(other)
	}
	return sec.Class("pane").
		DataSet("article-id", sd.sum.ID).
		Aria("label", env.T("compare."+name)+env.T("colon")+sd.sum.Title).
		TabIndex(0).
		Body(
			app.Div().Class("pane-head").Body(
				app.Span().Class("pane-side").Text(env.T("compare."+name)),
				app.Button().Type("button").DataSet("replace", name).
					Aria("expanded", boolAttr(c.picking == s)).
					OnClick(func(ctx app.Context, e app.Event) { c.togglePicker(ctx, s) }, s).
					Text(env.T("compare.replace")),
				app.A().DataSet("close", name).Href(closeHref).
					Title(env.T("compare.close.title")).Text(env.T("compare.close")),
				app.A().Href(env.ArticlePath(sd.sum.ID)).Text(env.T("compare.open")),
			),
			app.If(c.picking == s, c.pickerUI(s)),
			app.Article().Class("reading").Body(
				app.H2().Class("pane-title").Body(c.block(s, 0, sd.text.Title)...),
				metaLine(env, sd.sum),
				c.paneBody(s),
			),
		)
}

// boolAttr writes an aria state; canonical.go keeps "true" as a value.
func boolAttr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// paneBody renders side s's captions and paragraphs with their entity
// marks and passage links. Paragraph ids carry the side (left-p3), since
// both articles share the page.
func (c *ComparePage) paneBody(s int) app.UI {
	env := c.Env
	x := c.sides[s].text
	nc := len(x.Captions)
	link, score := c.links.Left, c.links.LeftScore
	if s == 1 {
		link, score = c.links.Right, c.links.RightScore
	}
	return app.Div().Class("body").Body(
		app.If(nc > 0, app.Figure().Class("captions").Body(
			app.Range(x.Captions).Slice(func(i int) app.UI {
				return app.FigCaption().Body(c.block(s, 1+i, x.Captions[i])...)
			}),
		)),
		app.Range(x.Paragraphs).Slice(func(i int) app.UI {
			p := app.P().ID(sideParaID(s, i)).Body(c.block(s, 1+nc+i, x.Paragraphs[i])...)
			if c.target[s] == i {
				p = p.DataSet("target", "yes").TabIndex(-1)
			}
			if i >= len(link) || link[i] < 0 {
				return p
			}
			j := link[i]
			return p.Class("linked").DataSet("link", sideParaID(1-s, j)).Body(
				append(c.block(s, 1+nc+i, x.Paragraphs[i]),
					app.Text(" "),
					app.Button().
						Type("button").
						Class("link-jump").
						DataSet("jump", sideParaID(1-s, j)).
						Aria("label", env.Tf("compare.jump.label", j+1, int(score[i]*100+0.5))).
						Title(env.Tf("compare.jump.label", j+1, int(score[i]*100+0.5))).
						OnClick(func(ctx app.Context, e app.Event) { c.jump(ctx, 1-s, j) }, s, i).
						Text("↔ §"+itoa(j+1)),
				)...,
			)
		}),
	)
}

func sideParaID(s, i int) string { return sideNames[s] + "-p" + itoa(i+1) }

// jump brings paragraph i of side s into view: the other end of a passage
// link.
func (c *ComparePage) jump(ctx app.Context, s, i int) {
	c.target[s] = i
	c.tab = s
	ctx.Defer(func(app.Context) {
		scrollPane(s, sideParaID(s, i))
		if el := app.Window().GetElementByID(sideParaID(s, i)); el.Truthy() {
			el.Call("focus", map[string]any{"preventScroll": true})
		}
	})
}

// block renders one block of side s's text with its entity marks, the
// same markup as marked, plus the selected entity's mentions flagged
// (data-selected) and its current one given an id to scroll to.
func (c *ComparePage) block(s, b int, text string) []app.UI {
	env := c.Env
	marks := c.sides[s].text.MarksOf(b)
	spans := site.Spans(text, marks)
	out := make([]app.UI, 0, len(spans))
	for _, sp := range spans {
		if sp.Mark == nil {
			out = append(out, app.Text(sp.Text))
			continue
		}
		m := app.Mark().
			Class("ent").
			DataSet("entity", sp.Mark.Type).
			DataSet("entity-id", sp.Mark.Entity).
			Title(env.T("type." + sp.Mark.Type))
		if c.selected != "" && sp.Mark.Entity == c.selected {
			m = m.DataSet("selected", "yes")
			if k := markIndex(marks, sp.Mark); (position{b, k}) == c.mention[s] {
				m = m.ID(mentionID(s)).DataSet("current", "yes")
			}
		}
		out = append(out, m.Text(sp.Text))
	}
	return out
}

// scrollPane scrolls side s's pane so element id sits in its upper third.
// A pane scrolls by itself on wide screens; on narrow ones the page does.
func scrollPane(s int, id string) {
	pane := app.Window().GetElementByID(paneID(s))
	el := app.Window().GetElementByID(id)
	if !pane.Truthy() || !el.Truthy() || pane.Get("clientHeight").Int() == 0 {
		return
	}
	overflow := app.Window().Call("getComputedStyle", pane).Get("overflowY").String()
	if overflow != "auto" && overflow != "scroll" {
		el.Call("scrollIntoView", map[string]any{"block": "center"})
		return
	}
	top := pane.Get("scrollTop").Float() + el.Call("getBoundingClientRect").Get("top").Float() -
		pane.Call("getBoundingClientRect").Get("top").Float() - pane.Get("clientHeight").Float()/3
	setScroll(s, pane, top)
}

// programmatic counts the scroll events our own scrolling of each pane
// will cause, so linked scrolling does not echo them back.
var programmatic [2]int

func setScroll(s int, pane app.Value, top float64) {
	if top < 0 {
		top = 0
	}
	if d := pane.Get("scrollTop").Float() - top; d < 1 && d > -1 {
		return
	}
	programmatic[s]++
	pane.Set("scrollTop", top)
}

// listenScroll follows the reader's scrolling of a pane when linked
// scrolling is on: the other pane shows the passage linked to the first
// linked paragraph in view. It listens outside go-app, since a scroll
// event must not re-render the page.
func (c *ComparePage) listenScroll() {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 || !c.linked {
			return nil
		}
		id := args[0].Get("target").Get("id").String()
		for s := range sideNames {
			if id != paneID(s) {
				continue
			}
			if programmatic[s] > 0 {
				programmatic[s]--
				return nil
			}
			c.syncFrom(s)
		}
		return nil
	})
	doc.Call("addEventListener", "scroll", fn, true)
	c.unlisten = func() {
		doc.Call("removeEventListener", "scroll", fn, true)
		fn.Release()
	}
}

// syncFrom scrolls the other pane to match side s's first linked
// paragraph in view.
func (c *ComparePage) syncFrom(s int) {
	link := c.links.Left
	if s == 1 {
		link = c.links.Right
	}
	pane := app.Window().GetElementByID(paneID(s))
	other := app.Window().GetElementByID(paneID(1 - s))
	if !pane.Truthy() || !other.Truthy() {
		return
	}
	paneTop := pane.Call("getBoundingClientRect").Get("top").Float()
	for i, j := range link {
		if j < 0 {
			continue
		}
		el := app.Window().GetElementByID(sideParaID(s, i))
		if !el.Truthy() {
			continue
		}
		r := el.Call("getBoundingClientRect")
		if r.Get("bottom").Float() < paneTop {
			continue
		}
		to := app.Window().GetElementByID(sideParaID(1-s, j))
		if !to.Truthy() {
			return
		}
		offset := r.Get("top").Float() - paneTop
		otherTop := other.Call("getBoundingClientRect").Get("top").Float()
		top := other.Get("scrollTop").Float() + to.Call("getBoundingClientRect").Get("top").Float() - otherTop - offset
		setScroll(1-s, other, top)
		return
	}
}

// togglePicker opens or closes the picker that replaces side s.
func (c *ComparePage) togglePicker(ctx app.Context, s int) {
	if c.picking == s {
		c.picking = -1
		return
	}
	c.openPicker(ctx, s, true)
}

// openPicker shows the picker on side s, with every other article on
// offer, and puts the caret in its box when focus is set.
func (c *ComparePage) openPicker(ctx app.Context, s int, focus bool) {
	c.picking, c.query, c.active = s, "", 0
	c.filter()
	if focus {
		ctx.Defer(func(app.Context) {
			if in := app.Window().GetElementByID(pickerID(s)); in.Truthy() {
				in.Call("focus")
			}
		})
	}
}

// filter finds the articles matching the picker's query, leaving out
// those already on show.
func (c *ComparePage) filter() {
	c.options = c.options[:0]
	if c.picker == nil || c.catalog == nil || c.picking < 0 {
		return
	}
	ids := c.ids()
	for _, i := range c.picker.Pick(c.query) {
		id := c.catalog.Articles[i].ID
		if id == ids[0] || id == ids[1] {
			continue
		}
		c.options = append(c.options, i)
		if len(c.options) == maxOptions {
			break
		}
	}
	if c.active >= len(c.options) {
		c.active = len(c.options) - 1
	}
	if c.active < 0 {
		c.active = 0
	}
}

func pickerID(s int) string    { return "pick-" + sideNames[s] }
func optionID(s, i int) string { return pickerID(s) + "-" + itoa(i) }
func (c *ComparePage) pickHref(s int, id string) string {
	env := c.Env
	ids := c.ids()
	ids[s] = id
	return env.ComparePath(ids[0], ids[1])
}

// pickerUI is the fuzzy article picker of side s: a combobox whose list
// follows what the reader types; arrows move, Enter picks, Escape closes.
// Each option is also a plain link to the pair it makes.
func (c *ComparePage) pickerUI(s int) app.UI {
	env := c.Env
	name := sideNames[s]
	if c.picking != s {
		if c.sides[s] != nil {
			return nil
		}
		return app.Button().Type("button").DataSet("choose", name).
			OnClick(func(ctx app.Context, e app.Event) { c.openPicker(ctx, s, true) }, s).
			Text(env.T("compare.choose.button"))
	}
	list := pickerID(s) + "-list"
	in := app.Input().
		Type("search").
		ID(pickerID(s)).
		Value(c.pickField.value(pickerID(s), c.query)).
		Placeholder(env.T("compare.pick.ph")).
		AutoComplete(false).
		Attr("spellcheck", "false").
		Attr("role", "combobox").
		Aria("expanded", "true").
		Aria("autocomplete", "list").
		Aria("controls", list).
		OnInput(c.onPickInput).
		OnKeyDown(c.onPickKey)
	if len(c.options) > 0 {
		in = in.Aria("activedescendant", optionID(s, c.active))
	}
	return app.Div().Class("picker").DataSet("picker", name).Body(
		app.Label().For(pickerID(s)).Text(env.T("compare.pick."+name)),
		in,
		app.P().Class("picker-hint").ID(pickerID(s)+"-hint").Text(env.T("compare.pick.hint")),
		app.If(len(c.options) == 0, app.P().Class("status").Text(env.T("compare.pick.none"))),
		app.Ul().ID(list).Attr("role", "listbox").Aria("label", env.T("compare.pick."+name)).Body(
			app.Range(c.options).Slice(func(i int) app.UI {
				a := &c.catalog.Articles[c.options[i]]
				meta := a.Source
				if a.Date != "" {
					if meta != "" {
						meta += " · "
					}
					meta += env.Date(a.Date)
				}
				return app.Li().
					ID(optionID(s, i)).
					Attr("role", "option").
					Aria("selected", boolAttr(i == c.active)).
					DataSet("option", a.ID).
					Body(app.A().Href(c.pickHref(s, a.ID)).TabIndex(-1).Body(
						app.Span().Class("option-title").Text(a.Title),
						app.If(meta != "", app.Span().Class("option-meta").Text(meta)),
					))
			}),
		),
	)
}

func (c *ComparePage) onPickInput(ctx app.Context, e app.Event) {
	c.query = ctx.JSSrc().Get("value").String()
	c.active = 0
	c.filter()
}

func (c *ComparePage) onPickKey(ctx app.Context, e app.Event) {
	s := c.picking
	if s < 0 {
		return
	}
	switch e.Get("key").String() {
	case "ArrowDown":
		e.PreventDefault()
		if c.active < len(c.options)-1 {
			c.active++
		}
	case "ArrowUp":
		e.PreventDefault()
		if c.active > 0 {
			c.active--
		}
	case "Enter":
		e.PreventDefault()
		if c.active < len(c.options) {
			c.refocus = paneID(s)
			ctx.Navigate(c.pickHref(s, c.catalog.Articles[c.options[c.active]].ID))
		}
		return
	case "Escape":
		e.PreventDefault()
		if c.sides[s] != nil {
			c.picking = -1
			// The button is there already; focus it before the box goes.
			if b := app.Window().Get("document").Call("querySelector", `[data-replace="`+sideNames[s]+`"]`); b.Truthy() {
				b.Call("focus")
			}
			return
		}
		c.query, c.active = "", 0
		ctx.JSSrc().Set("value", "") // focused: rendering leaves it alone
		c.filter()
		return
	default:
		return
	}
	ctx.Defer(func(app.Context) {
		if o := app.Window().GetElementByID(optionID(s, c.active)); o.Truthy() {
			o.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	})
}
