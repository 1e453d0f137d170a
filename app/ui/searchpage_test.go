//go:build !js

package ui

import (
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
	"lecteur/app/ui/data"
	"lecteur/app/ui/i18n"
	"lecteur/app/ui/link"
)

// TestSearchPageStopsOnBadData runs the search page on data files that
// disagree, as an old tab does after a new build: it shows an error, asks
// each file at most once, and stops (it once ran again and again while a
// result's text was missing from its chunk). A page that never stops
// keeps Consume from returning: one that loads files again is stopped
// after 100 loads, one that runs on cached files by the test's timeout.
func TestSearchPageStopsOnBadData(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(f *data.FakeFiles)
		want  string
	}{
		{"text not in its chunk", func(f *data.FakeFiles) { f.Put(site.ChunkFile(1), []site.Text{{ID: "a2", Title: "Article a2"}}) }, "a3"},
		{"shard of another build", func(f *data.FakeFiles) {
			for p, b := range f.Files {
				if data.IsShard(p) {
					f.Files[p] = append(append([]byte(nil), b...), 0)
				}
			}
		}, "a file from another build"},
		{"good data", func(f *data.FakeFiles) {}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := data.NewFakeFiles()
			tt.spoil(files)
			runaway := make(chan struct{})
			var once sync.Once
			load := func(p string) ([]byte, error) {
				if total, _ := files.Asked(); total >= 100 {
					once.Do(func() { close(runaway) })
					<-make(chan struct{}) // park the runaway loop
				}
				return files.Load(p)
			}
			env := Env{
				Lang:   i18n.French,
				Base:   link.NewBase("/"),
				Data:   data.New(data.Sources{Load: load, DB: data.NewMemoryDB(), Reader: data.InProcessReader{}}),
				Typing: &Typing{},
			}
			page := &SearchPage{Env: env}
			d := app.NewClientTester(page)
			defer d.Close()
			u, _ := url.Parse("https://test.go-app.dev/search?q=mnuchin")
			d.Nav(u)
			done := make(chan struct{})
			go func() { d.Consume(); close(done) }()
			select {
			case <-done:
			case <-runaway:
				t.Fatalf("the page loaded data files 100 times and goes on")
			}
			if _, again := files.Asked(); len(again) > 0 {
				t.Errorf("files loaded more than once: %q", again)
			}
			switch {
			case tt.want == "" && (page.err != nil || len(page.items) != 6):
				t.Errorf("good data: %d results, error %v; want 6, none", len(page.items), page.err)
			case tt.want != "" && (page.err == nil || !strings.Contains(page.err.Error(), tt.want)):
				t.Errorf("page error %v, want one with %q", page.err, tt.want)
			}
		})
	}
}
