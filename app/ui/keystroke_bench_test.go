//go:build !js

package ui

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lecteur/app/ui/data"
	"lecteur/app/ui/i18n"
	"lecteur/app/ui/link"
	"lecteur/app/ui/resultsdom"
)

// BenchmarkKeystroke replays typed queries, one key at a time, through
// what the search page does for a key (SearchPage.run and paint: the
// search with its entity facet, the result items, the rows of each slot
// and their patching in place), natively, on a built site, to profile a
// key's Go side and count its DOM writes. The texts of every result are
// loaded first (a reader who paused has them), and each op is one key.
//
// It needs a site (LECTEUR_BENCH_SITE, e.g. the bench's <work>/1k/site)
// and the queries typed, one a line, each key's box content, an empty
// line for the box cleared (LECTEUR_BENCH_KEYS); it is skipped without
// them:
//
//	LECTEUR_BENCH_SITE=w/1k/site LECTEUR_BENCH_KEYS=keys.txt go test ./app/ui -run - -bench Keystroke -cpuprofile cpu.out
func BenchmarkKeystroke(b *testing.B) {
	siteDir, keysFile := os.Getenv("LECTEUR_BENCH_SITE"), os.Getenv("LECTEUR_BENCH_KEYS")
	if siteDir == "" || keysFile == "" {
		b.Skip("LECTEUR_BENCH_SITE and LECTEUR_BENCH_KEYS not set")
	}
	raw, err := os.ReadFile(keysFile)
	if err != nil {
		b.Fatal(err)
	}
	keys := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	dataDirs, _ := filepath.Glob(filepath.Join(siteDir, "web", "data", "*"))
	if len(dataDirs) != 1 {
		b.Fatalf("want one data folder in %s, found %v", siteDir, dataDirs)
	}
	load := func(p string) ([]byte, error) {
		b, err := os.ReadFile(filepath.Join(dataDirs[0], strings.TrimPrefix(p, "/web/data/")))
		if err != nil || !strings.HasSuffix(p, ".gz") {
			return b, err
		}
		z, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(z)
	}
	env := Env{
		Lang:   i18n.French,
		Base:   link.NewBase("/"),
		Data:   data.New(data.Sources{Load: load, DB: data.NewMemoryDB(), Reader: data.InProcessReader{}}),
		Typing: &Typing{},
	}
	ix, err := env.Data.PrepareSearch("", maxResults, true)
	if err != nil {
		b.Fatal(err)
	}
	if err := env.Data.LoadFacets(); err != nil {
		b.Fatal(err)
	}
	// Every shard and text the keys need, loaded before the clock runs.
	for _, q := range keys {
		res := env.Data.SearchLoaded(ix, q, maxResults)
		if err := env.Data.LoadShards(res.Missing); err != nil {
			b.Fatal(err)
		}
		res = env.Data.SearchLoaded(ix, q, maxResults)
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		if err := env.Data.LoadTexts(ids); err != nil {
			b.Fatal(err)
		}
	}
	p := &SearchPage{Env: env, index: ix}
	dom := &countingDOM{}
	lists := map[string]*resultsdom.List{}
	for _, id := range []string{resultsID, facetID, suggestID, moreID} {
		lists[id] = resultsdom.New(dom, dom.CreateElement("div"))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.query = keys[i%len(keys)]
		p.typing = true
		p.keyRun()
		lists[resultsID].Show(resultRows(env, p.items, p.picked))
		lists[facetID].Show(p.facet.rows(env, p.query, len(p.result.Hits)))
		lists[suggestID].Show(suggestionRows(env, p.result.Suggestions))
		lists[moreID].Show(moreRows(env, len(p.result.Hits)-p.shown))
	}
	b.ReportMetric(float64(dom.writes)/float64(b.N), "writes/key")
}

// keyRun is the part of SearchPage.run a key runs once everything it
// needs is loaded: the search with the facet and the items shown.
func (s *SearchPage) keyRun() {
	s.result = s.facet.search(s.Env, s.index, s.query, maxResults, s.typing)
	if s.query != s.shownFor {
		s.shown, s.shownFor = pageResults, s.query
	}
	s.items = s.items[:0]
	memo := make(itemMemo, keyResults)
	for i, h := range s.result.Hits {
		if i == keyResults {
			break
		}
		it, ok := s.memo.item(s.Env, h)
		if !ok {
			continue
		}
		memo[h.ID] = it
		s.items = append(s.items, it)
	}
	s.memo = memo
}

// countingDOM is a resultsdom.DOM that only counts the writes.
type countingDOM struct{ writes, next int }

func (d *countingDOM) CreateElement(tag string) any           { d.writes++; d.next++; return d.next }
func (d *countingDOM) CreateText(s string) any                { d.writes++; d.next++; return d.next }
func (d *countingDOM) SetAttr(el any, name, value string)     { d.writes++ }
func (d *countingDOM) RemoveAttr(el any, name string)         { d.writes++ }
func (d *countingDOM) SetText(t any, s string)                { d.writes++ }
func (d *countingDOM) InsertBefore(parent, child, before any) { d.writes++ }
func (d *countingDOM) RemoveChild(parent, child any)          { d.writes++ }
