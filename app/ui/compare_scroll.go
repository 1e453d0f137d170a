package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// linkedScroll is the compare view's linked scrolling: when it is on, the
// reader's scrolling of one pane brings the other to the passage linked to
// the first linked paragraph in view. It listens outside go-app, since a
// scroll event must not re-render the page, and it scrolls the panes for
// the rest of the view too (a followed entity, a passage jump), counting
// the scroll events its own scrolling causes so they are not echoed back.
type linkedScroll struct {
	on           bool
	links        [2][]int // per side, the linked paragraph of the other side, or -1
	programmatic [2]int   // scroll events still to come from our own scrolling
	unlisten     func()
}

// listen starts following the reader's scrolling of the panes.
func (l *linkedScroll) listen() {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 || !l.on {
			return nil
		}
		id := args[0].Get("target").Get("id").String()
		for s := range sideNames {
			if id != paneID(s) {
				continue
			}
			if l.programmatic[s] > 0 {
				l.programmatic[s]--
				return nil
			}
			l.syncFrom(s)
		}
		return nil
	})
	doc.Call("addEventListener", "scroll", fn, true)
	l.unlisten = func() {
		doc.Call("removeEventListener", "scroll", fn, true)
		fn.Release()
	}
}

// stop stops listening.
func (l *linkedScroll) stop() {
	if l.unlisten != nil {
		l.unlisten()
		l.unlisten = nil
	}
}

// syncFrom scrolls the other pane to match side s's first linked
// paragraph in view.
func (l *linkedScroll) syncFrom(s int) {
	pane := app.Window().GetElementByID(paneID(s))
	other := app.Window().GetElementByID(paneID(1 - s))
	if !pane.Truthy() || !other.Truthy() {
		return
	}
	paneTop := pane.Call("getBoundingClientRect").Get("top").Float()
	for i, j := range l.links[s] {
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
		l.setScroll(1-s, other, top)
		return
	}
}

// scrollTo scrolls side s's pane so element id sits in its upper third.
// A pane scrolls by itself on wide screens; on narrow ones the page does.
func (l *linkedScroll) scrollTo(s int, id string) {
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
	l.setScroll(s, pane, top)
}

func (l *linkedScroll) setScroll(s int, pane app.Value, top float64) {
	if top < 0 {
		top = 0
	}
	if d := pane.Get("scrollTop").Float() - top; d < 1 && d > -1 {
		return
	}
	l.programmatic[s]++
	pane.Set("scrollTop", top)
}
