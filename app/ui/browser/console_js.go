//go:build js

package browser

import (
	"fmt"
	"syscall/js"
)

// Log reports a problem the reader need not see (a stored article
// skipped) on the console.
func Log(format string, args ...any) {
	js.Global().Get("console").Call("warn", "Lecteur: "+fmt.Sprintf(format, args...))
}

// Mark records a moment of the app's start-up in the page's performance
// timeline (performance.mark), where the bench (build/bench) and the
// browser's profiler read it; it costs a call.
func Mark(name string) {
	js.Global().Get("performance").Call("mark", name)
}
