package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// The browser's programs, by their path in the site: the app, the
// ingestion worker's (web/ingest-worker.js) and the early search's
// (web/early-search.js), and the package each is compiled from.
var programs = []struct{ file, pkg string }{
	{"/web/app.wasm", "./app"},
	{"/web/ingest.wasm", "./app/ingestworker"},
	{"/web/search.wasm", "./app/earlysearch"},
}

// appWasm returns the browser's programs by path in the site, compiled
// for GOOS=js GOARCH=wasm, stripped and without local paths so that the
// same sources always give the same bytes. prebuilt, if not "", is an
// app.wasm to use instead; the other programs found in its folder are
// used too, the rest compiled.
func appWasm(prebuilt string) (map[string][]byte, error) {
	out := map[string][]byte{}
	var compile []string
	for _, p := range programs {
		if prebuilt == "" {
			compile = append(compile, p.pkg)
			continue
		}
		name := prebuilt
		if p.file != "/web/app.wasm" {
			name = filepath.Join(filepath.Dir(prebuilt), path.Base(p.file))
		}
		b, err := os.ReadFile(name)
		if err != nil && p.file == "/web/app.wasm" {
			return nil, fmt.Errorf("read wasm: %w", err)
		}
		if err != nil {
			compile = append(compile, p.pkg)
			continue
		}
		out[p.file] = b
	}
	if len(compile) == 0 {
		return out, nil
	}
	root, err := moduleRoot()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "lecteur-wasm")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	// One go build for all: they share most packages. With several
	// packages, -o names a folder and each program is named after its own.
	args := append(append([]string{"build"}, wasmFlags...), append([]string{"-o", tmp + string(filepath.Separator)}, compile...)...)
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("compile %s: %v\n%s", strings.Join(compile, " "), err, stderr.String())
	}
	for _, p := range programs {
		if !slices.Contains(compile, p.pkg) {
			continue
		}
		if out[p.file], err = os.ReadFile(filepath.Join(tmp, path.Base(p.pkg))); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// wasmFlags are the go build flags of the browser's programs: no local
// paths, no symbols, so the same sources give the same bytes. Some kinds
// of code are compiled without inlining: the browser side (lecteur/app/ui
// and its data, browser, i18n and link packages; not search, site nor
// compare, where the hot loops are), go-app, fmt and reflect. The first
// two are calls to element builders and to the DOM, whose cost is the
// JavaScript call, not the Go one; fmt formats a few labels per page.
// Inlined, their bodies repeat at each call and compress worse than the
// calls do: issue 16's budget is on the gzipped size, what a reader
// downloads (BenchmarkWasmSize). On 2026-11-29 app/ui without inlining
// saved 20 KB gzip (61 KB more raw), go-app 30 KB gzip and 143 KB raw, fmt
// 14 KB gzip and 33 KB raw, reflect 32 KB gzip. reflect serves go-app's
// comparison of components' fields on each update (reflect.DeepEqual, twice
// as slow without inlining under node); since the result rows are written
// outside go-app (resultsdom), that is a few small components per
// keystroke, and the bench showed no difference (1,000 articles, two runs
// each: 8.8/27.2 and 8.2/31.9 ms median/p95 inlined, 8.4/31.8 and
// 8.9/31.2 ms not). encoding/json would save 13 KB more, but the catalog
// is JSON, so it keeps it. On 2026-11-30 the session's keystroke and
// start-up work had brought app.wasm back to 2,500,483 bytes with Go's
// gzip (2,498,471 with gzip -6), at the budget: syscall/js (each call
// costs the JavaScript side, not the Go one), crypto (go-app's net/http
// and our ids, a few hashes a page), time (a few dates a page) and mime
// without inlining bring it to 2,450,348 (2,452,112 gzip -6).
//
// What is not in these flags, measured on search.wasm on 2026-11-30
// (3,210,166 bytes, 912,612 gzip -6; code 1.92 MB, 59 % of it Go's
// runtime, data 1.28 MB). V8 compiles WebAssembly lazily (node 20's
// default; in Chromium 156, at a load of 40, search.wasm compiled in 0.2–0.5
// s by default and with --wasm-lazy-compilation, 2.3–2.5 s with
// --no-wasm-lazy-compilation): the
// compilation of the module only decodes and validates it, and each
// function is compiled when first called, so what start-up costs is
// mostly the runtime's own start. CPU time under node (median of ten,
// compile + instantiate + Go's run to the end of a main that returns at
// once): search.wasm 58 + 14 + 164 = 238 ms, an empty Go program (1.80
// MB) 37 + 8 + 104 = 150 ms. binaryen's wasm-opt -Oz (version 108): 4.6 %
// fewer raw bytes, 0.3 % fewer gzipped, the same CPU (230 against
// 225 ms), 20 s of CPU a build, and a tool every build machine would need
// at one version for the same bytes: left out. GOWASM=satconv,signext:
// 32 bytes more, nothing else. The measures of a wasm file alone, in
// Chromium: go run ./build/wasmstart.
var wasmFlags = []string{"-trimpath", "-ldflags=-s -w",
	"-gcflags=lecteur/app/ui/...=-l",
	"-gcflags=github.com/maxence-charriere/go-app/v9/...=-l",
	"-gcflags=fmt=-l",
	"-gcflags=reflect=-l",
	"-gcflags=syscall/js=-l",
	"-gcflags=crypto/...=-l",
	"-gcflags=time=-l",
	"-gcflags=mime/...=-l",
}

// moduleRoot finds the repository root (the folder of Lecteur's go.mod)
// from the working directory up.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(b), "module lecteur\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("cannot find Lecteur's go.mod above the working directory; run the build from the repository")
		}
		dir = parent
	}
}

// addWebAssets adds the hand-written files of web/ (CSS, icons) under
// /web/.
func addWebAssets(files map[string][]byte) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	dir := filepath.Join(root, "web")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("read web assets: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		files["/web/"+e.Name()] = b
	}
	return nil
}
