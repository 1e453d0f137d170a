package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"lecteur/app/corpus"
)

// expected is one page of the French gold set: <slug>.json next to the
// page or copied text <slug>.html|.txt|.md, written by hand before the
// reader ran on it.
type expected struct {
	Kind           string   `json:"kind"`
	Title          string   `json:"title"`
	Date           string   `json:"date"`
	Source         string   `json:"source"`
	Authors        []string `json:"authors"`
	Place          string   `json:"place"`
	FirstParagraph string   `json:"first_paragraph"`
	LastParagraph  string   `json:"last_paragraph"`
	BodyWords      int      `json:"body_words_approx"`
}

// goldFields are the fields scored, in the order printed.
var goldFields = []string{"title", "date", "source", "authors", "place", "first", "last", "body"}

// runGold reads one half of the French gold set and prints the accuracy
// of each field. verbose lists the misses, except on the held-out half,
// which is only ever read for its figures.
func runGold(dir string, verbose bool) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Printf("gold %s: not found, skipped\n", dir)
		return nil
	}
	if err != nil {
		return err
	}
	pages := map[string]string{} // slug → page file
	var slugs []string
	for _, e := range entries {
		name := e.Name()
		ext := filepath.Ext(name)
		slug := strings.TrimSuffix(name, ext)
		if ext == ".json" {
			slugs = append(slugs, slug)
		} else if _, ok := corpus.Formats[ext]; ok {
			pages[slug] = name
		}
	}
	sort.Strings(slugs)
	heldout := filepath.Base(dir) == "heldout"
	right := map[string]int{}
	total := map[string]int{}
	kinds := map[string]int{}
	refused := 0
	var misses []string
	for _, slug := range slugs {
		page, ok := pages[slug]
		if !ok {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, slug+".json"))
		if err != nil {
			return err
		}
		var want expected
		if err := json.Unmarshal(b, &want); err != nil {
			return fmt.Errorf("read %s.json: %w", slug, err)
		}
		data, err := os.ReadFile(filepath.Join(dir, page))
		if err != nil {
			return err
		}
		kinds[filepath.Ext(page)]++
		a, err := corpus.Parse(page, data)
		if err != nil {
			refused++
			misses = append(misses, fmt.Sprintf("%s: refused: %v", page, err))
		}
		got := map[string]bool{
			"title":   same(a.Title, want.Title),
			"date":    a.Date == want.Date,
			"source":  same(a.Source, want.Source),
			"authors": sameSet(a.Authors, want.Authors),
			"place":   same(a.Place, want.Place),
			"first":   len(a.Paragraphs) > 0 && close(a.Paragraphs[0], want.FirstParagraph),
			"last":    len(a.Paragraphs) > 0 && close(a.Paragraphs[len(a.Paragraphs)-1], want.LastParagraph),
			"body":    bodyOK(a, want),
		}
		show := map[string]string{
			"title": a.Title, "date": a.Date, "source": a.Source, "authors": strings.Join(a.Authors, "; "), "place": a.Place,
		}
		if len(a.Paragraphs) > 0 {
			show["first"] = a.Paragraphs[0]
			show["last"] = a.Paragraphs[len(a.Paragraphs)-1]
		}
		show["body"] = fmt.Sprintf("%d words", a.Words)
		wantShow := map[string]string{
			"title": want.Title, "date": want.Date, "source": want.Source, "authors": strings.Join(want.Authors, "; "), "place": want.Place,
			"first": want.FirstParagraph, "last": want.LastParagraph, "body": fmt.Sprintf("about %d words", want.BodyWords),
		}
		for _, f := range goldFields {
			total[f]++
			if got[f] {
				right[f]++
			} else {
				misses = append(misses, fmt.Sprintf("%s %s: got %.120q want %.120q", page, f, show[f], wantShow[f]))
			}
		}
	}
	n := total["title"]
	fmt.Printf("gold %s: %d pages (%d .html, %d .txt, %d .md), %d refused\n", dir, n, kinds[".html"], kinds[".txt"], kinds[".md"], refused)
	if n == 0 {
		return nil
	}
	for _, f := range goldFields {
		fmt.Printf("  %-8s %3d/%-3d %5.1f %%\n", f, right[f], total[f], 100*float64(right[f])/float64(total[f]))
	}
	if verbose && !heldout {
		for _, m := range misses {
			fmt.Println("   ", m)
		}
	}
	return nil
}

// norm folds what a hand-written value and the reader may write
// differently: Unicode form, case, apostrophes and quotes, spaces.
func normal(s string) string {
	s = norm.NFC.String(s)
	s = strings.NewReplacer("’", "'", "‘", "'", "«", "\"", "»", "\"", "“", "\"", "”", "\"", "\u00a0", " ", "\u202f", " ", "–", "-", "—", "-").Replace(s)
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.Trim(s, " .")
}

func same(got, want string) bool { return normal(got) == normal(want) }

func sameSet(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	m := map[string]int{}
	for _, g := range got {
		m[normal(g)]++
	}
	for _, w := range want {
		if m[normal(w)] == 0 {
			return false
		}
		m[normal(w)]--
	}
	return true
}

// close reports a paragraph read as the one expected: the same words,
// or 4-word shingles overlapping at F1 ≥ 0.9 (a hand copy may differ by a
// space or a quote mark).
func close(got, want string) bool {
	if same(got, want) {
		return true
	}
	o := shingleOverlap(normal(want), normal(got))
	return o.tp > 0 && 2*o.tp/(2*o.tp+o.fp+o.fn) >= 0.9
}

// bodyOK reports a body that holds the expected first and last
// paragraphs, in that order, and about the expected number of words
// (within a third).
func bodyOK(a corpus.Article, want expected) bool {
	first, last := -1, -1
	for i, p := range a.Paragraphs {
		if first < 0 && close(p, want.FirstParagraph) {
			first = i
		}
		if close(p, want.LastParagraph) {
			last = i
		}
	}
	if first < 0 || last < first {
		return false
	}
	if want.BodyWords > 0 {
		r := float64(a.Words) / float64(want.BodyWords)
		return r >= 0.67 && r <= 1.5
	}
	return true
}
