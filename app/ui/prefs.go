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

// theme is the reader's theme choice: "" follows prefers-color-scheme,
// "light" and "dark" force one. It shows as <html data-theme="…">, which the
// stylesheet reads.
var theme = ""

// Preferences holds the reader's interface settings: a button that switches
// the language and a theme menu. Both are remembered in localStorage and
// applied before the first render of the next visit (see init).
type Preferences struct {
	app.Compo
	// Lang is the interface language, passed by the Shell so that the
	// buttons re-render when it changes.
	Lang string
}

func (p *Preferences) Render() app.UI {
	other := string(lang.Other())
	return app.Div().Class("prefs").Body(
		app.Button().
			Type("button").
			Class("lang-switch").
			ID("lang-switch").
			Lang(other).
			DataSet("lang", other).
			Aria("label", t("lang.switch.label")).
			Text(t("lang.switch")).
			OnClick(p.onLang),
		app.Label().For("theme").Class("visually-hidden").Text(t("theme")),
		app.Select().ID("theme").Class("theme-switch").Title(t("theme")).OnChange(p.onTheme).Body(
			app.Option().Value("").Selected(theme == "").Text("◐ "+t("theme.auto")),
			app.Option().Value("light").Selected(theme == "light").Text("☀ "+t("theme.light")),
			app.Option().Value("dark").Selected(theme == "dark").Text("☾ "+t("theme.dark")),
		),
	)
}

func (p *Preferences) onLang(ctx app.Context, e app.Event) {
	next := ctx.JSSrc().Get("dataset").Get("lang").String()
	setPref(langKey, next)
	relabel(ctx, next)
}

func (p *Preferences) onTheme(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	setPref(themeKey, v)
	applyTheme(v)
}

// relabel switches the interface to language l and renders every view
// again: a navigation to the same URL makes each view reload its data
// (from the store, already in memory) and render in the new language.
func relabel(ctx app.Context, l string) {
	applyLang(l)
	if d, ok := ctx.Dispatcher().(app.ClientDispatcher); ok {
		d.Nav(app.Window().URL())
	}
}

// applyLang sets the interface language and the page's lang attribute.
func applyLang(l string) {
	lang = i18n.Of(l)
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Set("lang", string(lang))
	}
}

// applyTheme sets the theme choice on <html>; "" removes it, so the
// stylesheet follows the system.
func applyTheme(v string) {
	if v != "light" && v != "dark" {
		v = ""
	}
	theme = v
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

// init applies the reader's choices before go-app renders anything, so the
// first render in the browser is already in the right language.
func init() {
	if !app.IsClient {
		return
	}
	applyLang(string(i18n.Pick(getPref(langKey), browserLangs())))
	applyTheme(getPref(themeKey))
}
