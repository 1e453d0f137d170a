package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
	"lecteur/app/ui/resultrows"
)

// cardVersions returns the articles of card c of a list of catalog
// indexes shown: the one shown first, then the folded versions.
func cardVersions(arts []site.Summary, shown []int, c card) []*site.Summary {
	out := []*site.Summary{&arts[shown[c.First]]}
	for _, o := range c.Others {
		out = append(out, &arts[shown[o]])
	}
	return out
}

// storyCard is one card of the home list: vs[0], and when other versions
// of its story are listed (vs[1:]), "also in N other versions (sources)"
// as a <details> that opens without JavaScript onto them. Every version
// carries data-story; the card carries data-versions, the number of
// versions it holds.
func storyCard(env Env, vs []*site.Summary) app.UI {
	a := vs[0]
	li := app.Li().Class("card").DataSet("article-id", a.ID)
	if a.Story != "" {
		li = li.DataSet("story", a.Story)
	}
	if len(vs) > 1 {
		li = li.DataSet("versions", itoa(len(vs)))
	}
	return li.Body(
		app.H2().Body(app.A().Href(env.ArticlePath(a.ID)).Text(a.Title)),
		metaLine(env, a),
		app.If(a.Lede != "", app.P().Class("lede").Text(a.Lede)),
		versionsList(env, a, vs[1:]),
	)
}

// versionsList is the other versions of a's story folded into its card
// (home or search), each linked to its reading view and to the
// differences with a; nil without any.
func versionsList(env Env, a *site.Summary, others []*site.Summary) app.UI {
	if len(others) == 0 {
		return nil
	}
	return app.Details().Class("versions").Body(
		app.Summary().Text(resultrows.VersionsLabel(env.Lang, others)),
		app.P().Class("story-link").Body(app.A().DataSet("story-link", a.Story).Href(env.StoryPath(a.Story)).Text(env.T("story.group"))),
		app.Ul().Body(app.Range(others).Slice(func(i int) app.UI {
			o := others[i]
			return app.Li().DataSet("article-id", o.ID).DataSet("story", o.Story).Body(
				app.A().Href(env.ArticlePath(o.ID)).Text(o.Title),
				metaLine(env, o),
				app.A().Class("diff-link").DataSet("diff-link", o.ID).Href(env.DiffPath(a.ID, o.ID)).Text(env.T("story.diff")),
			)
		})),
	)
}

// versionsToggle switches the home list between one card per story and
// one per version; it shows only when the corpus has stories.
func (h *Home) versionsToggle() app.UI {
	env := h.Env
	if len(h.ov.cat.Stories) == 0 {
		return nil
	}
	f := h.filter
	key := "story.showall"
	if f.Versions == "all" {
		f.Versions, key = "", "story.fold"
	} else {
		f.Versions = "all"
	}
	return app.P().Class("control versions-toggle").Body(
		app.A().DataSet("versions-toggle", "yes").Href(f.path(env)).Text(env.T(key)),
	)
}
