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
func (u *UpdatePrompt) reload(ctx app.Context, e app.Event) {
	u.reloading = true
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		app.Window().Get("location").Call("reload")
		return
	}
	var onReg app.Func
	onReg = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer onReg.Release()
		if len(args) > 0 && args[0].Truthy() && args[0].Get("waiting").Truthy() {
			// The browser activates the new worker only once the old
			// one has no event in flight, and its background download
			// for offline use is one: stop it first (build/worker.go).
			if active := args[0].Get("active"); active.Truthy() {
				active.Call("postMessage", "stopOffline")
			}
			args[0].Get("waiting").Call("postMessage", "skipWaiting")
			return nil
		}
		app.Window().Get("location").Call("reload")
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
