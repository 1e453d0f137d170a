package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"lecteur/app/corpus"
)

// expected is one page of the French gold set: <slug>.json next to the
// page or copied text <slug>.html|.txt|.md, written by hand before the
// reader ran on it. The *Variants fields list other answers the set's
// README accepts as right (a headline without its label, a second
// reading of a dateline).
type expected struct {
	Kind           string     `json:"kind"`
	Title          string     `json:"title"`
	Date           string     `json:"date"`
	Source         string     `json:"source"`
	Authors        []string   `json:"authors"`
	Place          string     `json:"place"`
	FirstParagraph string     `json:"first_paragraph"`
	LastParagraph  string     `json:"last_paragraph"`
	BodyWords      int        `json:"body_words_approx"`
	TitleVariants  []string   `json:"title_variants"`
	DateVariants   []string   `json:"date_variants"`
	SourceVariants []string   `json:"source_variants"`
	AuthorVariants [][]string `json:"authors_variants"`
	PlaceVariants  []string   `json:"place_variants"`
}

// goldFields are the fields scored, in the order printed.
var goldFields = []string{"title", "date", "source", "authors", "place", "first", "last", "body"}

// runGold reads one half of the French gold set and prints the accuracy
// of each field. verbose lists the misses, except on the held-out half,
// which is only ever read for its figures.
func runGold(dir string, verbose bool) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Printf("gold %s: not found, skipped (the French gold set is kept out of the repository: set EXTRACT_GOLD / -gold; README, \"Measuring the reader\")\n", dir)
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
		got := score(a, want)
		show := map[string]string{
			"title": a.Title, "date": a.Date, "source": a.Source, "authors": strings.Join(a.Authors, "; "), "place": a.Place,
		}
		if len(a.Paragraphs) > 0 {
			show["first"] = a.Paragraphs[0]
			show["last"] = a.Paragraphs[len(a.Paragraphs)-1]
		}
		show["body"] = fmt.Sprintf("%d paragraphs, %d words", len(a.Paragraphs), a.Words)
		wantShow := map[string]string{
			"title": want.Title, "date": want.Date, "source": want.Source, "authors": strings.Join(want.Authors, "; "), "place": want.Place,
			"first": want.FirstParagraph, "last": want.LastParagraph, "body": "the first and last paragraphs, in order, little around them",
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

// score judges each field of an article read against the page's
// expected values, as the gold set's README asks: any of a field's
// variants is right; a first or last paragraph may be read with or
// without the dateline or label that opens it ("Londres - ", "MISE À
// JOUR"); the body is judged by its boundaries, not by its word count.
func score(a corpus.Article, want expected) map[string]bool {
	var first, last string
	if len(a.Paragraphs) > 0 {
		first, last = a.Paragraphs[0], a.Paragraphs[len(a.Paragraphs)-1]
	}
	return map[string]bool{
		"title":   sameAny(a.Title, want.Title, want.TitleVariants) || want.Title == "" && a.TitleMade,
		"date":    a.Date == want.Date || contains(want.DateVariants, a.Date),
		"source":  sameAny(a.Source, want.Source, want.SourceVariants),
		"authors": sameAuthors(a.Authors, want),
		"place":   sameAny(a.Place, want.Place, want.PlaceVariants),
		"first":   len(a.Paragraphs) > 0 && sameParagraph(first, want.FirstParagraph),
		"last":    len(a.Paragraphs) > 0 && sameParagraph(last, want.LastParagraph),
		"body":    bodyOK(a, want),
	}
}

// normal folds what a hand-written value and the reader may write
// differently: Unicode form, case, apostrophes and quotes, spaces.
func normal(s string) string {
	s = norm.NFC.String(s)
	s = strings.NewReplacer("’", "'", "‘", "'", "«", "\"", "»", "\"", "“", "\"", "”", "\"", "\u00a0", " ", "\u202f", " ", "\u2009", " ", "\u200b", "", "–", "-", "—", "-").Replace(s)
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.Trim(s, " .")
}

func same(got, want string) bool { return normal(got) == normal(want) }

// sameAny reports got equal to want or to one of its variants.
func sameAny(got, want string, variants []string) bool {
	if same(got, want) {
		return true
	}
	for _, v := range variants {
		if same(got, v) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sameAuthors reports the authors read as the expected list or one of
// its variants, in any order.
func sameAuthors(got []string, want expected) bool {
	if sameSet(got, want.Authors) {
		return true
	}
	for _, v := range want.AuthorVariants {
		if sameSet(got, v) {
			return true
		}
	}
	return false
}

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

// sameParagraph reports got read as the expected paragraph want, with or
// without the dateline or label that opens want.
func sameParagraph(got, want string) bool {
	if close(got, want) {
		return true
	}
	rest := withoutLead(want)
	return rest != want && close(got, rest)
}

var (
	// leadDashRe is a dateline or label ended by a dash or a colon:
	// "Londres - ", "LE POINT SUR LA SITUATION - ", "PARIS (AFP) – ".
	leadDashRe = regexp.MustCompile(`^[^.!?«»"]{2,60}?\s+[-–—]\s+|^[^.!?«»":]{2,40}?\s*:\s+`)
	// leadEnvoyeRe is a dateline with the reporter's position: "Berlin,
	// de notre envoyé spécial".
	leadEnvoyeRe = regexp.MustCompile(`(?i)^[^.!?,]{2,40},\s+(?:de|par) not(?:re|s) (?:envoyée?s?|correspondante?s?)(?: spéciale?s?| permanente?s?)?(?:\s+à\s+[^.,:;]{2,30})?\s*[.,:;–—-]?\s+`)
	// leadCapsRe is a label or place in capitals: "MISE À JOUR ",
	// "BRUXELLES ".
	leadCapsRe = regexp.MustCompile(`^(?:[\p{Lu}'’.-]{2,}\s+(?:À\s+)?){1,6}`)
)

// withoutLead returns the paragraph p without the dateline or label that
// opens it, or p when it has none.
func withoutLead(p string) string {
	p = strings.TrimSpace(p)
	for _, re := range []*regexp.Regexp{leadEnvoyeRe, leadDashRe, leadCapsRe} {
		if loc := re.FindStringIndex(p); loc != nil && loc[1] < len(p) {
			rest := strings.TrimSpace(p[loc[1]:])
			if wordCount(p[:loc[1]]) <= 8 && wordCount(rest) >= 3 {
				return rest
			}
		}
	}
	return p
}

func wordCount(s string) int { return len(wordRe.FindAllString(s, -1)) }

// bodyEdge is how many words a body may hold before the expected first
// paragraph, and after the expected last one, and still be the article's
// (a sub-heading, a short line of chrome): at least edgeWords, or
// edgeShare of the words between them.
const (
	edgeWords = 25
	edgeShare = 0.1
)

// bodyOK reports a body that holds the expected first and last
// paragraphs, in that order, with little before the first and after the
// last. body_words_approx is not used: the README gives it as an order of
// magnitude only (it counts some of the page's chrome).
func bodyOK(a corpus.Article, want expected) bool {
	first, last := -1, -1
	for i, p := range a.Paragraphs {
		if first < 0 && sameParagraph(p, want.FirstParagraph) {
			first = i
		}
		if sameParagraph(p, want.LastParagraph) {
			last = i
		}
	}
	if first < 0 || last < first {
		return false
	}
	before, inside, after := 0, 0, 0
	for i, p := range a.Paragraphs {
		n := wordCount(p)
		switch {
		case i < first:
			before += n
		case i > last:
			after += n
		default:
			inside += n
		}
	}
	edge := max(edgeWords, int(edgeShare*float64(inside)))
	return before <= edge && after <= edge
}
