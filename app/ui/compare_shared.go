package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/compare"
	"lecteur/app/site"
)

// SharedEntities is the compare view's bar of entities: those both
// articles name, by type, each a toggle that marks it in both panes (the
// ComparePage follows it: actionFollow), then those of one side only,
// folded away.
type SharedEntities struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env
	// Entities are the two articles' entities, split by compare.
	Entities compare.Entities
	// Names are the catalog's names of the entities, by id.
	Names map[string]string
	// Selected is the entity followed, or "".
	Selected string
}

// actionFollow is posted with an entity id when the reader picks a shared
// entity: the ComparePage selects it, or moves to its next mentions.
const actionFollow = "lecteur.compare.follow"

func (b *SharedEntities) Render() app.UI {
	env := b.Env
	return app.Aside().Class("shared").Aria("labelledby", "shared-title").Body(
		app.H2().ID("shared-title").Text(env.T("compare.shared")),
		app.If(len(b.Entities.Both) == 0, app.P().Class("status").Text(env.T("compare.noshared"))),
		app.Range(b.Entities.Both).Slice(func(i int) app.UI {
			g := b.Entities.Both[i]
			return app.Div().Class("shared-group").DataSet("type", g.Type).Body(
				app.H3().Text(env.T("type."+g.Type)),
				app.Ul().Body(app.Range(g.Entities).Slice(func(j int) app.UI {
					return b.chip(g.Entities[j])
				})),
			)
		}),
		b.onlyOne(0, b.Entities.OnlyLeft),
		b.onlyOne(1, b.Entities.OnlyRight),
	)
}

// chip is one shared entity: a toggle that marks it in both panes.
func (b *SharedEntities) chip(s site.Shared) app.UI {
	env := b.Env
	id := s.Entity
	return app.Li().Body(
		app.Button().
			Type("button").
			Class("chip ent-"+s.Type).
			DataSet("shared-entity", id).
			Aria("pressed", boolAttr(id == b.Selected)).
			Title(env.Tf("compare.chip.title", s.Left, s.Right)).
			OnClick(func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(actionFollow, id) }, id).
			Body(
				app.Text(b.nameOf(id, s.Name)+" "),
				app.Span().Class("chip-count").Text(itoa(s.Left)+" · "+itoa(s.Right)),
			),
	)
}

// onlyOne lists the entities found on side s only, folded away.
func (b *SharedEntities) onlyOne(s int, groups []compare.Group[site.Count]) app.UI {
	env := b.Env
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
					return app.Span().DataSet("only-entity", e.Entity).Text(sep + b.nameOf(e.Entity, e.Name) + " (" + itoa(e.N) + ")")
				}),
			)
		}),
	)
}

func (b *SharedEntities) nameOf(id, fallback string) string {
	if n, ok := b.Names[id]; ok && n != "" {
		return n
	}
	return fallback
}
