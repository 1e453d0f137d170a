package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// appWasm returns the browser app: the file at prebuilt, or ./app compiled
// for GOOS=js GOARCH=wasm, stripped and without local paths so that the
// same sources always give the same bytes.
func appWasm(prebuilt string) ([]byte, error) {
	if prebuilt != "" {
		b, err := os.ReadFile(prebuilt)
		if err != nil {
			return nil, fmt.Errorf("read wasm: %w", err)
		}
		return b, nil
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
	out := filepath.Join(tmp, "app.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./app")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("compile app.wasm: %v\n%s", err, stderr.String())
	}
	return os.ReadFile(out)
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
