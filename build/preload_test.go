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
			page := canonicalHTML([]byte(`<html><head><meta charset="UTF-8"><script defer src="` + base + `wasm_exec.js"></script><script defer src="` + base + `app.js"></script>` +
				`<link rel="preload" href="` + base + `web/app.wasm" as="fetch" crossorigin="anonymous"></head><body></body></html>`))
			got := string(preloadSearchData(page, base, "v1", []string{"a", "b"}))
			for _, want := range []string{
				`<link rel="preload" href="` + base + `web/search.wasm" as="fetch" crossorigin="anonymous">`,
				`<script src="` + base + `web/early-search.js"`,
				`data-shards="a b"`,
			} {
				if !strings.Contains(got, want) {
					t.Errorf("preloadSearchData(%q) lacks %s:\n%s", base, want, got)
				}
			}
			if strings.Contains(got, "web/app.wasm") {
				t.Errorf("preloadSearchData(%q) kept app.wasm's preload:\n%s", base, got)
			}
			if i, j := strings.Index(got, "web/search.wasm"), strings.Index(got, "wasm_exec.js"); i < 0 || j < i {
				t.Errorf("preloadSearchData(%q): search.wasm's preload is not before go-app's scripts:\n%s", base, got)
			}
		})
	}
}
