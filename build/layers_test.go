package main

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestLayers keeps data flowing one way: the pure packages the build and
// the browser share never import the UI, go-app or the browser's APIs.
func TestLayers(t *testing.T) {
	forbidden := []string{"github.com/maxence-charriere/go-app", "syscall/js", "lecteur/app/ui", "lecteur/build"}
	for _, pkg := range []string{"lecteur/app/corpus", "lecteur/app/entity", "lecteur/app/ingest", "lecteur/app/ingest/message", "lecteur/app/pool", "lecteur/app/search", "lecteur/app/site", "lecteur/app/story"} {
		t.Run(pkg, func(t *testing.T) {
			out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
			if err != nil {
				t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
			}
			for _, dep := range strings.Fields(string(out)) {
				for _, f := range forbidden {
					if strings.HasPrefix(dep, f) {
						t.Errorf("%s depends on %s", pkg, dep)
					}
				}
			}
		})
	}
}

// browserLayers are the packages of the browser side and what each may
// import of ours and of the browser's: each package's doc.go says the
// same in words. A package's own imports are checked for the browser
// (GOOS=js) and natively, since their files differ by build tag.
var browserLayers = []struct {
	pkg string
	// ours are the lecteur packages it may import.
	ours []string
	// goApp and js say whether it may import go-app and syscall/js.
	goApp, js bool
}{
	{"lecteur/app/ui/i18n", nil, false, false},
	{"lecteur/app/ui/link", nil, false, false},
	{"lecteur/app/ui/resultsdom", nil, false, false},
	{"lecteur/app/ui/resultrows", []string{"lecteur/app/search", "lecteur/app/site", "lecteur/app/ui/i18n", "lecteur/app/ui/link", "lecteur/app/ui/resultsdom"}, false, false},
	{"lecteur/app/ui/data", []string{"lecteur/app/search", "lecteur/app/site", "lecteur/app/ingest/message", "lecteur/app/ingest", "lecteur/app/ui/i18n"}, false, false},
	{"lecteur/app/ui/browser", []string{"lecteur/app/ui/data", "lecteur/app/ui/i18n", "lecteur/app/ingest/message"}, true, true},
	{"lecteur/app/ui", []string{"lecteur/app/compare", "lecteur/app/search", "lecteur/app/site", "lecteur/app/ui/browser", "lecteur/app/ui/data", "lecteur/app/ui/i18n", "lecteur/app/ui/link", "lecteur/app/ui/resultrows", "lecteur/app/ui/resultsdom"}, true, false},
	{"lecteur/app", []string{"lecteur/app/ui"}, true, false},
}

// TestBrowserLayers keeps the browser side in its layers: components (ui)
// over the data layer (data) and the browser's adapters (browser), the
// words (i18n) and links (link) below all; nothing there imports the
// build, only the adapters touch syscall/js, and the data layer never
// touches go-app, so it runs in plain tests.
func TestBrowserLayers(t *testing.T) {
	for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
		for _, l := range browserLayers {
			t.Run(strings.Join(append(env, l.pkg), " "), func(t *testing.T) {
				cmd := exec.Command("go", "list", "-f", "{{join .Imports \"\\n\"}}", l.pkg)
				cmd.Env = append(os.Environ(), env...)
				out, err := cmd.CombinedOutput()
				if err != nil {
					t.Fatalf("go list %s: %v\n%s", l.pkg, err, out)
				}
				for _, imp := range strings.Fields(string(out)) {
					switch {
					case strings.HasPrefix(imp, "lecteur/"):
						if !slices.Contains(l.ours, imp) {
							t.Errorf("%s imports %s; it may import only %q", l.pkg, imp, l.ours)
						}
					case strings.HasPrefix(imp, "github.com/maxence-charriere/go-app"):
						if !l.goApp {
							t.Errorf("%s imports %s", l.pkg, imp)
						}
					case imp == "syscall/js":
						if !l.js {
							t.Errorf("%s imports syscall/js: only lecteur/app/ui/browser talks to the browser directly", l.pkg)
						}
					}
				}
			})
		}
	}
}

// TestAppLeavesIngestionToWorker keeps the page's wasm small: reading and
// analysing the reader's own files (app/ingest, with app/corpus's HTML
// parser and charsets and app/entity's gazetteers) runs in the ingestion
// worker's wasm (app/ingestworker), never in app.wasm.
func TestAppLeavesIngestionToWorker(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "./app")
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps ./app: %v\n%s", err, out)
	}
	deps := map[string]bool{}
	for _, dep := range strings.Fields(string(out)) {
		deps[dep] = true
	}
	if !deps["lecteur/app/ingest/message"] {
		t.Errorf("./app does not depend on lecteur/app/ingest/message: is the list right?")
	}
	for _, pkg := range []string{"lecteur/app/corpus", "lecteur/app/entity", "lecteur/app/ingest", "golang.org/x/net/html"} {
		if deps[pkg] {
			t.Errorf("./app (app.wasm) depends on %s; only ./app/ingestworker should", pkg)
		}
	}
	// search folds accents with generated tables, so app.wasm carries no
	// second copy of the NFD tables (net/http already links the standard
	// library's own).
	if deps["golang.org/x/text/unicode/norm"] {
		t.Errorf("./app (app.wasm) depends on golang.org/x/text/unicode/norm; app/search should fold with fold_data.go")
	}
}

// TestEarlySearchStaysSmall keeps search.wasm (app/earlysearch) a
// fraction of app.wasm: it must start in a fraction of app.wasm's time,
// so it holds the search and the data decoding, never go-app, net/http or
// the components.
func TestEarlySearchStaysSmall(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "./app/earlysearch")
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps ./app/earlysearch: %v\n%s", err, out)
	}
	deps := map[string]bool{}
	for _, dep := range strings.Fields(string(out)) {
		deps[dep] = true
	}
	if !deps["lecteur/app/search"] {
		t.Errorf("./app/earlysearch does not depend on lecteur/app/search: is the list right?")
	}
	for _, pkg := range []string{"github.com/maxence-charriere/go-app/v9/pkg/app", "net/http", "lecteur/app/ui", "lecteur/app/ui/data", "lecteur/app/ui/browser", "regexp"} {
		if deps[pkg] {
			t.Errorf("./app/earlysearch (search.wasm) depends on %s", pkg)
		}
	}
}

// TestEarlySearchLinksNoFmt keeps fmt's code out of search.wasm: it was a
// tenth of the program (with the reflect it brings) and, the first time
// it ran, a visible part of the time to write the first rows. The French
// stemmer imports fmt, so the package is always linked in: the test reads
// the linker's reachability graph (-ldflags=-dumpdep) and wants no
// function outside fmt to reach one of fmt's (search's and site's
// decoding errors, i18n's Tf did).
func TestEarlySearchLinksNoFmt(t *testing.T) {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-dumpdep", "-o", os.DevNull, "./app/earlysearch")
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build -ldflags=-dumpdep ./app/earlysearch: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		from, to, ok := strings.Cut(line, " -> ")
		if !ok || !strings.HasPrefix(to, "fmt.") || strings.HasPrefix(from, "fmt.") || strings.HasPrefix(from, "type:") {
			continue
		}
		// The linker lists a function's argument info and static temporaries
		// as symbols of the package they were compiled in: not code.
		if strings.Contains(to, ".arginfo") || strings.Contains(to, ".stmp_") {
			continue
		}
		t.Errorf("search.wasm links fmt's code: %s", line)
	}
}
