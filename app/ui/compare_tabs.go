package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// PaneTabs are the compare view's tabs: on narrow screens one pane shows
// at a time and the tabs switch them (CSS hides them on wide screens).
type PaneTabs struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env
	// Titles are the titles of the two articles, "" for a side without.
	Titles [2]string
	// Tab is the side shown: 0 left, 1 right.
	Tab int
	// Diff is set in the differences mode, where one element holds both
	// columns.
	Diff bool
}

// actionTab is posted with the side a tab shows.
const actionTab = "lecteur.compare.tab"

func (t *PaneTabs) Render() app.UI {
	return app.Div().Class("pane-tabs").Attr("role", "tablist").Aria("label", t.Env.T("compare.tabs")).Body(
		t.tab(0), t.tab(1),
	)
}

func (t *PaneTabs) tab(s int) app.UI {
	env := t.Env
	controls := paneID(s)
	if t.Diff {
		controls = diffID
	}
	label := env.T("compare." + sideNames[s])
	if t.Titles[s] != "" {
		label = env.Tf("compare.tab", label, t.Titles[s])
	}
	return app.Button().
		Type("button").
		Class("pane-tab").
		Attr("role", "tab").
		DataSet("tab", sideNames[s]).
		Aria("selected", boolAttr(t.Tab == s)).
		Aria("controls", controls).
		OnClick(func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(actionTab, s) }, s).
		Text(label)
}
