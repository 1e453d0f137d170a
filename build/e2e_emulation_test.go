package main

import (
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// emulationNoScript turns JavaScript off in the tab, as for a reader or a
// crawler without it.
func emulationNoScript() chromedp.Action {
	return emulation.SetScriptExecutionDisabled(true)
}
