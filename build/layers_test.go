package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestLayers keeps data flowing one way: the pure packages the build and
// the browser share never import the UI, go-app or the browser's APIs.
func TestLayers(t *testing.T) {
	forbidden := []string{"github.com/maxence-charriere/go-app", "syscall/js", "lecteur/app/ui", "lecteur/build"}
	for _, pkg := range []string{"lecteur/app/corpus", "lecteur/app/entity", "lecteur/app/ingest", "lecteur/app/ingest/message", "lecteur/app/search", "lecteur/app/site", "lecteur/app/story"} {
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
