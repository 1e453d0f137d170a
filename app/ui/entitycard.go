package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// cardArticles is how many other articles the entity card links to.
const cardArticles = 5

// entityCard is the small card the reading view shows for the mention the
// pointer is on or the focus is in: the entity's canonical name and type,
// its mentions in this article and the other articles that mention it.
type entityCard struct {
	entity   *site.Entity
	mentions int       // in the article shown
	mark     app.Value // the <mark> it describes
	byFocus  bool      // opened by keyboard focus rather than the pointer
}

// cardTarget returns the entity mark an event happened in, if any.
func cardTarget(e app.Event) (app.Value, bool) {
	target := e.Get("target")
	if !target.Truthy() || target.Get("closest").IsUndefined() {
		return nil, false
	}
	m := target.Call("closest", "mark[data-entity-id]")
	if !m.Truthy() {
		return nil, false
	}
	return m, true
}

// inCard reports whether an event's node (target or relatedTarget) is in
// the card.
func inCard(node app.Value) bool {
	if !node.Truthy() || node.Get("closest").IsUndefined() {
		return false
	}
	return node.Call("closest", "#entity-card").Truthy()
}

// placeCard puts the card right under its mark, inside the article, and
// keeps it within the article's width. It sets the CSSOM directly: the
// page's Content-Security-Policy forbids style attributes.
func placeCard(mark app.Value) {
	card := app.Window().GetElementByID("entity-card")
	if !card.Truthy() || !mark.Truthy() {
		return
	}
	parent := card.Get("offsetParent")
	if !parent.Truthy() {
		return
	}
	mr := mark.Call("getBoundingClientRect")
	pr := parent.Call("getBoundingClientRect")
	top := mr.Get("bottom").Float() - pr.Get("top").Float()
	left := mr.Get("left").Float() - pr.Get("left").Float()
	if max := pr.Get("width").Float() - card.Get("offsetWidth").Float(); left > max {
		left = max
	}
	if left < 0 {
		left = 0
	}
	style := card.Get("style")
	style.Call("setProperty", "top", strconv.FormatFloat(top, 'f', 1, 64)+"px")
	style.Call("setProperty", "left", strconv.FormatFloat(left, 'f', 1, 64)+"px")
}

// render draws the card; titles gives an article's title.
func (c *entityCard) render(env Env, articleID string, titles func(id string) string) app.UI {
	e := c.entity
	if e == nil {
		return nil
	}
	var others []string
	for _, a := range e.Articles {
		if a != articleID {
			others = append(others, a)
		}
	}
	more := 0
	if len(others) > cardArticles {
		others, more = others[:cardArticles], len(others)-cardArticles
	}
	mentions := env.T("card.mentions.one")
	if c.mentions != 1 {
		mentions = env.Tf("card.mentions", c.mentions)
	}
	return app.Aside().ID("entity-card").Class("entity-card").DataSet("card", e.ID).
		Attr("role", "region").Aria("label", env.Tf("card.label", e.Name)).Aria("live", "polite").Body(
		app.P().Class("card-head").Body(
			app.Strong().Class("card-name").Text(e.Name),
			app.Text(" "),
			app.Span().Class("chip chip-type ent-"+e.Type).DataSet("card-type", e.Type).Text(env.T("type."+e.Type)),
		),
		app.P().Class("card-mentions").Text(mentions),
		app.If(len(others) == 0, app.P().Class("card-only").Text(env.T("card.only"))),
		app.If(len(others) > 0, app.Div().Body(
			app.P().Class("card-also").Text(env.T("card.also")),
			app.Ul().Class("card-articles").Body(
				app.Range(others).Slice(func(i int) app.UI {
					return app.Li().Body(app.A().Href(env.ArticlePath(others[i])).Text(titles(others[i])))
				}),
				app.If(more > 0, app.Li().Text(env.Tf("entities.more", more))),
			),
		)),
		app.P().Class("card-foot").Body(
			app.A().Href(env.EntityPath(e.ID)).Text(env.T("card.open")),
		),
	)
}
