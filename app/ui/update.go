package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// UpdatePrompt tells the reader quietly that a new version of the site is
// ready and offers to reload.
//
// The service worker (build/worker.go) never replaces itself: a new
// version installs its own cache next to the old one and waits, so the
// open page keeps its pages, app and data from one version. go-app calls
// OnAppUpdate when the new worker has installed while the page is open;
// OnMount also finds one that installed before the app started. "Recharger"
// asks the waiting worker to take over, and every page of the site
// reloads when the worker controlling it changes, because the old cache
// is gone from then on.
type UpdatePrompt struct {
	app.Compo
	// Env is the language, links and data, from the Shell.
	Env       Env
	ready     bool     // a new version waits
	reloading bool     // the reader asked for it
	release   []func() // listeners and JS functions to drop on dismount
}

func (u *UpdatePrompt) OnMount(ctx app.Context) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	// controllerchange also fires when a first visit's worker claims the
	// page, which must not reload.
	controlled := sw.Get("controller").Truthy()
	onChange := app.FuncOf(func(app.Value, []app.Value) any {
		if controlled {
			app.Window().Get("location").Call("reload")
		}
		controlled = true
		return nil
	})
	sw.Call("addEventListener", "controllerchange", onChange)
	u.release = append(u.release, func() {
		sw.Call("removeEventListener", "controllerchange", onChange)
		onChange.Release()
	})

	var onReg app.Func
	onReg = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer onReg.Release()
		if len(args) > 0 && args[0].Truthy() && args[0].Get("waiting").Truthy() && sw.Get("controller").Truthy() {
			ctx.Dispatch(func(app.Context) { u.ready = true })
		}
		return nil
	})
	sw.Call("getRegistration").Call("then", onReg)
}

func (u *UpdatePrompt) OnDismount() {
	for _, r := range u.release {
		r()
	}
	u.release = nil
}

// OnAppUpdate is go-app's hook: a new service worker has installed.
func (u *UpdatePrompt) OnAppUpdate(ctx app.Context) {
	u.ready = true
}

// reload lets the waiting worker take over; the page reloads on
// controllerchange. With no waiting worker (another tab took it), it
// reloads at once.
//
// The browser activates the new worker once the old one has no event in
// flight, and it hurries the old one along (ends it as soon as it is
// idle) only if the old one is running when the new one asks to skip
// waiting. An old worker that the browser had stopped (idle for 30 s: a
// reader who read a while before clicking) and that is still starting
// then is left to end by itself, after an idle time of its own, and never
// while DevTools is attached (the e2e tests: a 5-minute wait,
// TestUpdateReloadAfterWorkersStopped). So the page first has the old
// worker answer a fetch, which proves it running, and only then asks the
// new one to take over. A fetch rather than a reply to a message:
// workers of earlier versions of the site answer it too.
func (u *UpdatePrompt) reload(ctx app.Context, e app.Event) {
	u.reloading = true
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		app.Window().Get("location").Call("reload")
		return
	}
	ping := u.Env.Path("manifest.webmanifest")
	var onReg app.Func
	onReg = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer onReg.Release()
		if len(args) == 0 || !args[0].Truthy() || !args[0].Get("waiting").Truthy() {
			app.Window().Get("location").Call("reload")
			return nil
		}
		reg := args[0]
		// takeOver asks the new worker to take over, or reloads if it
		// is gone (another tab took it).
		takeOver := func() {
			if w := reg.Get("waiting"); w.Truthy() {
				w.Call("postMessage", "skipWaiting")
			} else {
				app.Window().Get("location").Call("reload")
			}
		}
		active := reg.Get("active")
		if !active.Truthy() || !sw.Get("controller").Truthy() {
			takeOver()
			return nil
		}
		// The old worker's background download for offline use is an
		// event in flight: stop it first (build/worker.go).
		active.Call("postMessage", "stopOffline")
		var answered app.Func
		answered = app.FuncOf(func(app.Value, []app.Value) any {
			defer answered.Release()
			takeOver()
			return nil
		})
		app.Window().Call("fetch", ping, map[string]any{"cache": "no-store"}).Call("finally", answered)
		return nil
	})
	sw.Call("getRegistration").Call("then", onReg)
}

func (u *UpdatePrompt) Render() app.UI {
	env := u.Env
	slot := app.Div().Class("update-slot").Attr("role", "status")
	if !u.ready {
		return slot
	}
	label := env.T("update.reload")
	if u.reloading {
		label = env.T("update.reloading")
	}
	return slot.Body(
		app.Div().Class("update").DataSet("update", "ready").Body(
			app.Span().Text(env.T("update.ready")),
			app.Button().Type("button").Class("update-reload").Disabled(u.reloading).Text(label).OnClick(u.reload),
		),
	)
}
