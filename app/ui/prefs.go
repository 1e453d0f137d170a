package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/ui/i18n"
)

// The reader's choices are kept in the browser's localStorage under these
// keys, as plain strings: "fr" or "en"; "light" or "dark" (no key: follow
// the system).
const (
	langKey  = "lecteur-lang"
	themeKey = "lecteur-theme"
)

// Preferences holds the reader's interface settings: a button that switches
// the language and a theme menu. Both are remembered in localStorage and
// applied before the first render of the next visit (see init).
type Preferences struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env Env

	theme string // the reader's theme choice: see applyTheme
}

// actionLang is the action the language button posts, with the new
// language as its value; the Shell handles it (shell.go).
const actionLang = "lecteur.lang"

// OnMount reads the theme the reader chose on an earlier visit (the page
// already shows it: see ApplyPrefs).
func (p *Preferences) OnMount(ctx app.Context) { p.theme = getPref(themeKey) }

func (p *Preferences) Render() app.UI {
	env := p.Env
	other := string(env.Lang.Other())
	return app.Div().Class("prefs").Body(
		app.Button().
			Type("button").
			Class("lang-switch").
			ID("lang-switch").
			Lang(other).
			DataSet("lang", other).
			Aria("label", env.T("lang.switch.label")).
			Text(env.T("lang.switch")).
			OnClick(p.onLang),
		app.Label().For("theme").Class("visually-hidden").Text(env.T("theme")),
		app.Select().ID("theme").Class("theme-switch").Title(env.T("theme")).OnChange(p.onTheme).Body(
			app.Option().Value("").Selected(p.theme == "").Text("◐ "+env.T("theme.auto")),
			app.Option().Value("light").Selected(p.theme == "light").Text("☀ "+env.T("theme.light")),
			app.Option().Value("dark").Selected(p.theme == "dark").Text("☾ "+env.T("theme.dark")),
		),
	)
}

func (p *Preferences) onLang(ctx app.Context, e app.Event) {
	next := ctx.JSSrc().Get("dataset").Get("lang").String()
	setPref(langKey, next)
	ctx.NewActionWithValue(actionLang, next)
}

func (p *Preferences) onTheme(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	setPref(themeKey, v)
	p.theme = v
	applyTheme(v)
}

// applyLang sets the page's lang attribute.
func applyLang(l i18n.Lang) {
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Set("lang", string(l))
	}
}

// applyTheme sets the theme choice on <html>; "" removes it, so the
// stylesheet follows the system.
func applyTheme(v string) {
	if v != "light" && v != "dark" {
		v = ""
	}
	if !app.IsClient {
		return
	}
	root := app.Window().Get("document").Get("documentElement")
	if v == "" {
		root.Call("removeAttribute", "data-theme")
	} else {
		root.Call("setAttribute", "data-theme", v)
	}
}

// getPref reads a saved choice; storage can be missing or refused (private
// windows, blocked cookies), which reads as no choice.
func getPref(key string) (v string) {
	defer func() {
		if recover() != nil {
			v = ""
		}
	}()
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return ""
	}
	if s := ls.Call("getItem", key); s.Truthy() {
		return s.String()
	}
	return ""
}

// setPref saves a choice; "" forgets it. Failures are ignored: the choice
// then lasts for this visit only.
func setPref(key, v string) {
	defer func() { recover() }()
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return
	}
	if v == "" {
		ls.Call("removeItem", key)
	} else {
		ls.Call("setItem", key, v)
	}
}

// browserLangs returns navigator.languages.
func browserLangs() []string {
	nav := app.Window().Get("navigator")
	var out []string
	if ls := nav.Get("languages"); ls.Truthy() {
		for i := 0; i < ls.Length(); i++ {
			out = append(out, ls.Index(i).String())
		}
	}
	if l := nav.Get("language"); len(out) == 0 && l.Truthy() {
		out = append(out, l.String())
	}
	return out
}

// ApplyPrefs applies the reader's saved choices to the page before go-app
// renders anything, and returns the interface language: the saved one, or
// the browser's. main calls it as the app starts, so the first render in
// the browser is already in the right language and theme.
func ApplyPrefs() i18n.Lang {
	l := i18n.Pick(getPref(langKey), browserLangs())
	applyLang(l)
	applyTheme(getPref(themeKey))
	return l
}
