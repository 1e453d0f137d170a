package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/compare"
	"lecteur/app/site"
)

// ArticlePicker is the compare view's fuzzy article picker for one side: a
// combobox whose list follows what the reader types; arrows move, Enter
// picks, Escape closes (or clears, on a side without an article). Each
// option is also a plain link to the pair it makes. It takes the focus
// when it opens.
type ArticlePicker struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env
	// Side is the side it fills or replaces: 0 left, 1 right.
	Side int
	// IDs are the pair in the URL; the articles shown are not offered.
	IDs [2]string
	// Catalog and Picker are the articles on offer and their fuzzy
	// matcher (compare.Picker over the catalog's titles).
	Catalog *site.Catalog
	Picker  *compare.Picker
	// Closable is set when the side has an article: Escape then closes
	// the picker rather than clearing it.
	Closable bool

	query   string     // what the box holds
	field   typedField // see typedField
	active  int        // the highlighted option
	options []int      // the catalog articles on offer, best first
	shown   [2]string  // the IDs the options were found for
}

// actionPicker is posted by the picker with a pickerEvent.
const actionPicker = "lecteur.compare.picker"

// pickerEvent tells the ComparePage what the picker did.
type pickerEvent struct {
	Side   int
	Picked bool // an article was chosen (by the keyboard): focus its pane
	Closed bool // Escape closed the picker
}

// maxOptions bounds the picker's list; the reader types to narrow it.
const maxOptions = 50

func (p *ArticlePicker) OnMount(ctx app.Context) {
	p.reset()
	s := p.Side
	ctx.Defer(func(app.Context) {
		if in := app.Window().GetElementByID(pickerID(s)); in.Truthy() {
			in.Call("focus")
		}
	})
}

// OnUpdate starts afresh when the pair changes under an open picker.
func (p *ArticlePicker) OnUpdate(ctx app.Context) {
	if p.IDs != p.shown || p.options == nil {
		p.reset()
	}
}

func (p *ArticlePicker) reset() {
	p.query, p.active = "", 0
	p.filter()
}

// filter finds the articles matching the query, leaving out those already
// on show.
func (p *ArticlePicker) filter() {
	p.options, p.shown = p.options[:0], p.IDs
	if p.Picker == nil || p.Catalog == nil {
		return
	}
	for _, i := range p.Picker.Pick(p.query) {
		id := p.Catalog.Articles[i].ID
		if id == p.IDs[0] || id == p.IDs[1] {
			continue
		}
		p.options = append(p.options, i)
		if len(p.options) == maxOptions {
			break
		}
	}
	if p.active >= len(p.options) {
		p.active = len(p.options) - 1
	}
	if p.active < 0 {
		p.active = 0
	}
}

func pickerID(s int) string    { return "pick-" + sideNames[s] }
func optionID(s, i int) string { return pickerID(s) + "-" + itoa(i) }

// href links to the pair with article id on the picker's side.
func (p *ArticlePicker) href(id string) string {
	ids := p.IDs
	ids[p.Side] = id
	return p.Env.ComparePath(ids[0], ids[1])
}

func (p *ArticlePicker) Render() app.UI {
	env := p.Env
	s := p.Side
	name := sideNames[s]
	list := pickerID(s) + "-list"
	in := app.Input().
		Type("search").
		ID(pickerID(s)).
		Value(p.field.value(pickerID(s), p.query)).
		Placeholder(env.T("compare.pick.ph")).
		AutoComplete(false).
		Attr("spellcheck", "false").
		Attr("role", "combobox").
		Aria("expanded", "true").
		Aria("autocomplete", "list").
		Aria("controls", list).
		OnInput(p.onInput).
		OnKeyDown(p.onKey)
	if len(p.options) > 0 {
		in = in.Aria("activedescendant", optionID(s, p.active))
	}
	return app.Div().Class("picker").DataSet("picker", name).Body(
		app.Label().For(pickerID(s)).Text(env.T("compare.pick."+name)),
		in,
		app.P().Class("picker-hint").ID(pickerID(s)+"-hint").Text(env.T("compare.pick.hint")),
		app.If(len(p.options) == 0, app.P().Class("status").Text(env.T("compare.pick.none"))),
		app.Ul().ID(list).Attr("role", "listbox").Aria("label", env.T("compare.pick."+name)).Body(
			app.Range(p.options).Slice(func(i int) app.UI {
				a := &p.Catalog.Articles[p.options[i]]
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
					Aria("selected", boolAttr(i == p.active)).
					DataSet("option", a.ID).
					Body(app.A().Href(p.href(a.ID)).TabIndex(-1).Body(
						app.Span().Class("option-title").Text(a.Title),
						app.If(meta != "", app.Span().Class("option-meta").Text(meta)),
					))
			}),
		),
	)
}

func (p *ArticlePicker) onInput(ctx app.Context, e app.Event) {
	p.query = ctx.JSSrc().Get("value").String()
	p.active = 0
	p.filter()
}

func (p *ArticlePicker) onKey(ctx app.Context, e app.Event) {
	s := p.Side
	switch e.Get("key").String() {
	case "ArrowDown":
		e.PreventDefault()
		if p.active < len(p.options)-1 {
			p.active++
		}
	case "ArrowUp":
		e.PreventDefault()
		if p.active > 0 {
			p.active--
		}
	case "Enter":
		e.PreventDefault()
		if p.active < len(p.options) {
			ctx.NewActionWithValue(actionPicker, pickerEvent{Side: s, Picked: true})
			ctx.Navigate(p.href(p.Catalog.Articles[p.options[p.active]].ID))
		}
		return
	case "Escape":
		e.PreventDefault()
		if p.Closable {
			// The button is there already; focus it before the box goes.
			if b := app.Window().Get("document").Call("querySelector", `[data-replace="`+sideNames[s]+`"]`); b.Truthy() {
				b.Call("focus")
			}
			ctx.NewActionWithValue(actionPicker, pickerEvent{Side: s, Closed: true})
			return
		}
		ctx.JSSrc().Set("value", "") // focused: rendering leaves it alone
		p.reset()
		return
	default:
		return
	}
	active := p.active
	ctx.Defer(func(app.Context) {
		if o := app.Window().GetElementByID(optionID(s, active)); o.Truthy() {
			o.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	})
}
