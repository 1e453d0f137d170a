package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lecteur/build/gencorpus/synth"
)

func TestPercentile(t *testing.T) {
	tests := []struct {
		name string
		xs   []float64
		p    float64
		want float64
	}{
		{"median of odd", []float64{5, 1, 3}, 50, 3},
		{"median of even is the lower middle", []float64{4, 1, 3, 2}, 50, 2},
		{"p95 of twenty", []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, 95, 19},
		{"p95 of ten is the largest", []float64{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 95, 10},
		{"p0 is the smallest", []float64{7, 3, 9}, 0, 3},
		{"one value", []float64{42}, 95, 42},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := percentile(tt.xs, tt.p); got != tt.want {
				t.Errorf("percentile(%v, %v) = %v, want %v", tt.xs, tt.p, got, tt.want)
			}
		})
	}
	if got := percentile(nil, 50); !math.IsNaN(got) {
		t.Errorf("percentile(nil, 50) = %v, want NaN", got)
	}
}

func TestSample(t *testing.T) {
	var probes []synth.Probe
	for _, id := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"} {
		probes = append(probes, synth.Probe{Query: id, WantID: id})
	}
	tests := []struct {
		n    int
		want string
	}{
		{3, "adg"},
		{5, "acegi"},
		{10, "abcdefghij"},
		{20, "abcdefghij"},
		{0, ""},
	}
	for _, tt := range tests {
		got := ""
		for _, p := range sample(probes, tt.n) {
			got += p.Query
		}
		if got != tt.want {
			t.Errorf("sample(10 probes, %d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestServerFile(t *testing.T) {
	root := t.TempDir()
	write := func(name string) string {
		full := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		return full
	}
	search := write("site/search.html")
	index := write("site/index.html")
	wasm := write("site/web/app.wasm")
	lib := write("npm/minisearch/dist/es/index.js")
	data := write("data/corpus.json")
	s := &server{p: &prepared{siteDir: filepath.Join(root, "site"), dataDir: filepath.Join(root, "data")}, npm: filepath.Join(root, "npm")}
	tests := []struct{ path, want string }{
		{"/search", search},
		{"/", index},
		{"/web/app.wasm", wasm},
		{"/_bench/lib/minisearch/dist/es/index.js", lib},
		{"/_bench/data/corpus.json", data},
		{"/_bench/engine.html", ""},
		{"/articles/nope", ""},
		{"/../../etc/passwd", ""},
	}
	for _, tt := range tests {
		if got := s.file(tt.path); got != tt.want {
			t.Errorf("file(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestCountName(t *testing.T) {
	for n, want := range map[int]string{1000: "1k", 10000: "10k", 2500: "2500", 4: "4"} {
		if got := countName(n); got != want {
			t.Errorf("countName(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestStartupPhases(t *testing.T) {
	f := &firstLoad{
		At: 900,
		Resources: []loadedResource{
			{URL: "http://h/search?q=x", Start: 0, End: 40},
			{URL: "http://h/web/app.wasm", Start: 50, End: 300},
			{URL: "http://h/web/search.wasm", Start: 20, End: 200},
			{URL: "http://h/web/data/abc/index-meta.bin", Start: 60, End: 120},
			{URL: "http://h/web/data/abc/articles.bin", Start: 61, End: 150},
			{URL: "http://h/web/data/abc/index-007.bin", Start: 600, End: 640},
			{URL: "http://h/web/data/abc/index-002.bin", Start: 590, End: 700},
			{URL: "http://h/web/data/abc/text-001.json", Start: 800, End: 950}, // after the first result
		},
	}
	f.Startup.Compiled, f.Startup.GoReturned = 400, 500
	f.Startup.EarlyCompileAsked = 30
	f.Startup.WorkerRegistered = 45
	f.PassageAt = 960
	want := map[string]float64{
		"search.wasm asked for":                                        20,
		"early-search.js asks to compile search.wasm":                  30,
		"search.wasm downloaded":                                       200,
		"service worker registered (its install fetches the precache)": 45,
		"app.wasm asked for":                                           50,
		"app.wasm downloaded":                                          300,
		"index meta and article list downloaded":                       150,
		"app.wasm compiled and instantiated":                           400,
		"Go started: init, main, go-app's first render":                500,
		"index meta and article list decoded (first shard asked for)":  590,
		"postings shards downloaded":                                   700,
		"first text chunk asked for":                                   800,
		"first result shown":                                           900,
		"its passage shown":                                            960,
	}
	for _, p := range startupPhases {
		got := p.at(f)
		w, ok := want[p.name]
		if !ok {
			if !math.IsNaN(got) {
				t.Errorf("%s = %v, want none (NaN)", p.name, got)
			}
			continue
		}
		if got != w {
			t.Errorf("%s = %v, want %v", p.name, got, w)
		}
	}
}

func TestStartupRunJSON(t *testing.T) {
	r := startupRun{Phases: make([]float64, len(startupPhases)), Load: "1.0 1.0 1.0"}
	for i := range r.Phases {
		r.Phases[i] = math.NaN()
	}
	r.Phases[0] = 50
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatalf("json.Marshal(startupRun with NaN) = %v", err)
	}
	if !strings.Contains(string(b), `"search.wasm asked for":50`) || !strings.Contains(string(b), `"first result shown":null`) {
		t.Errorf("json.Marshal(startupRun) = %s, want the phases by name, null for none", b)
	}
}
