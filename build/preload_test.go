package main

import (
	"strings"
	"testing"
)

// TestPreloadSearchDataOnCanonicalPage edits the search page as the build
// does, after canonicalHTML: preloadSearchData finds what it edits by its
// bytes, so a change in how canonical pages write attributes (unquoted
// since issue 16's size work) must not leave the page unedited.
func TestPreloadSearchDataOnCanonicalPage(t *testing.T) {
	for _, base := range []string{"/", "/my%20site/"} {
		t.Run(base, func(t *testing.T) {
			page := canonicalHTML([]byte(`<html><head><script defer src="` + base + `wasm_exec.js"></script><script defer src="` + base + `app.js"></script>` +
				`<link rel="preload" href="` + base + `web/app.wasm" as="fetch" crossorigin="anonymous"></head><body></body></html>`))
			got := string(preloadSearchData(page, base, "v1", []string{"a", "b"}))
			for _, want := range []string{
				`fetchpriority="low"`,
				`wasm_exec.js></script><script defer src="` + base + `web/early-search.js"`,
				`data-shards="a b"`,
				`<link rel="preload" href="` + base + `web/search.wasm" as="fetch" crossorigin="anonymous">`,
			} {
				if !strings.Contains(got, want) {
					t.Errorf("preloadSearchData(%q) lacks %s:\n%s", base, want, got)
				}
			}
		})
	}
}
