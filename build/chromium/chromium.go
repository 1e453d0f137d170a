// Package chromium starts the headless Chromium that the end-to-end tests
// (build/e2e_*_test.go) and the benchmark (build/bench) drive, with one
// set of options, so that both measure the same browser: no sandbox (CI
// runs as root in a container), no GPU, nothing of Chromium's own
// background traffic (which would break the tests' "no request to another
// origin" and add noise to the timings), a fixed window and a fresh
// profile each time.
package chromium

import (
	"errors"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// Path finds the system Chromium.
func Path() (string, error) {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("Chromium not found: install it with `apt-get install chromium` (make test does it when run as root)")
}

// Options are the allocator options for the Chromium at path with the
// empty profile folder profile, then extra (a test's language, say).
func Options(path, profile string, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1200, 900),
		chromedp.UserDataDir(profile),
	)
	return append(opts, extra...)
}
