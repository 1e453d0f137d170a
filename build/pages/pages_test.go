package pages

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":        "home",
		"404.html":          "missing",
		"search.html":       "search page",
		"articles/a-1.html": "article one",
		"docs/index.html":   "docs",
		"web/app.wasm":      "\x00asm",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	h := Handler(dir, "/explorer/")
	tests := []struct {
		name     string
		path     string
		status   int
		body     string
		location string
		ctype    string
	}{
		{"home", "/explorer/", 200, "home", "", "text/html"},
		{"sub-path without slash redirects", "/explorer", 301, "", "/explorer/", ""},
		{"pretty url", "/explorer/search", 200, "search page", "", "text/html"},
		{"pretty url with query", "/explorer/search?q=x", 200, "search page", "", ""},
		{"article", "/explorer/articles/a-1", 200, "article one", "", ""},
		{"exact html file", "/explorer/articles/a-1.html", 200, "article one", "", ""},
		{"folder index", "/explorer/docs/", 200, "docs", "", ""},
		{"folder without slash", "/explorer/docs", 301, "", "/explorer/docs/", ""},
		{"wasm type", "/explorer/web/app.wasm", 200, "\x00asm", "", "application/wasm"},
		{"missing", "/explorer/nope", 404, "missing", "", "text/html"},
		{"outside base", "/other/", 404, "missing", "", ""},
		{"dot-dot stays inside", "/explorer/../../etc/passwd", 404, "missing", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			if rec.Code != tt.status {
				t.Fatalf("GET %s = %d, want %d", tt.path, rec.Code, tt.status)
			}
			if tt.body != "" && rec.Body.String() != tt.body {
				t.Errorf("GET %s body = %q, want %q", tt.path, rec.Body.String(), tt.body)
			}
			if tt.location != "" && rec.Header().Get("Location") != tt.location {
				t.Errorf("GET %s Location = %q, want %q", tt.path, rec.Header().Get("Location"), tt.location)
			}
			if tt.ctype != "" && !strings.HasPrefix(rec.Header().Get("Content-Type"), tt.ctype) {
				t.Errorf("GET %s Content-Type = %q, want %q", tt.path, rec.Header().Get("Content-Type"), tt.ctype)
			}
		})
	}
}

// TestHandlerEncodedBase serves a site under bases that need
// percent-encoding, as browsers request them.
func TestHandlerEncodedBase(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("home"), 0o644)
	os.WriteFile(filepath.Join(dir, "search.html"), []byte("search page"), 0o644)
	os.WriteFile(filepath.Join(dir, "404.html"), []byte("missing"), 0o644)
	os.Mkdir(filepath.Join(dir, "docs"), 0o755)
	os.WriteFile(filepath.Join(dir, "docs", "index.html"), []byte("docs"), 0o644)
	tests := []struct {
		base, path string
		status     int
		body       string
		location   string
	}{
		{"/my%20site/", "/my%20site/", 200, "home", ""},
		{"/my%20site/", "/my%20site", 301, "", "/my%20site/"},
		{"/my%20site/", "/my%20site/search?q=x", 200, "search page", ""},
		{"/my%20site/", "/my%20site/docs", 301, "", "/my%20site/docs/"},
		{"/my%20site/", "/my%2520site/", 404, "missing", ""},
		{"/caf%C3%A9/", "/caf%C3%A9/search", 200, "search page", ""},
		{"/caf%C3%A9/", "/caf%c3%a9/search", 200, "search page", ""},
		{"/caf%C3%A9/", "/cafe/search", 404, "missing", ""},
	}
	for _, tt := range tests {
		t.Run(tt.base+" "+tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			Handler(dir, tt.base).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			if rec.Code != tt.status {
				t.Fatalf("GET %s = %d, want %d", tt.path, rec.Code, tt.status)
			}
			if tt.body != "" && rec.Body.String() != tt.body {
				t.Errorf("GET %s body = %q, want %q", tt.path, rec.Body.String(), tt.body)
			}
			if got := rec.Header().Get("Location"); got != tt.location {
				t.Errorf("GET %s Location = %q, want %q", tt.path, got, tt.location)
			}
		})
	}
}
