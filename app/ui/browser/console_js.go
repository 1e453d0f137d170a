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
