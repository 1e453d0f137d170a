package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayers keeps data flowing one way: the pure packages the build and
// the browser share never import the UI, go-app or the browser's APIs.
func TestLayers(t *testing.T) {
	forbidden := []string{"github.com/maxence-charriere/go-app", "syscall/js", "lecteur/app/ui", "lecteur/build"}
	for _, pkg := range []string{"lecteur/app/corpus", "lecteur/app/entity", "lecteur/app/search", "lecteur/app/site"} {
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
