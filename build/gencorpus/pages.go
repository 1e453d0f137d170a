package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

var (
	// textRunRe finds a run of text between two tags.
	textRunRe = regexp.MustCompile(`>([^<>]+)<`)
	// rawRe finds what is not the page's text: scripts (JSON-LD among
	// them), styles and comments.
	rawRe = regexp.MustCompile(`(?is)<script[\s>].*?</script>|<style[\s>].*?</style>|<!--.*?-->`)
)

// writePages writes n copies of the saved pages in dir (round robin) to
// out, as out/NN/page-NNNNN.html, for measuring builds of real-looking
// HTML at scale. Every copy differs in its article's text, not only in
// its markup, so that the build reads n distinct articles rather than
// skipping copies as duplicates: a sentence naming the copy ends the
// page's longest paragraph, which is the article's on a news page.
func writePages(dir string, n int, out string) error {
	names, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return err
	}
	// The benchmark's repository keeps its pages gzipped.
	gz, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	names = append(names, gz...)
	if len(names) == 0 {
		return fmt.Errorf("no .html or .html.gz pages in %s", dir)
	}
	sort.Strings(names)
	pages := make([][]byte, len(names))
	for i, name := range names {
		if pages[i], err = readPage(name); err != nil {
			return err
		}
	}
	for i := 0; i < n; i++ {
		page := uniquePage(pages[i%len(pages)], i)
		name := filepath.Join(out, fmt.Sprintf("%02d", i%100), fmt.Sprintf("page-%05d.html", i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(name, page, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// minRun is the fewest characters of a run of text between two tags that
// uniquePage reads as prose (and not a menu entry or a button).
const minRun = 80

// uniquePage returns page with a sentence naming copy i at the end of
// every run of prose (minRun characters of text between two tags, outside
// scripts, styles and comments), or in a paragraph of its own before
// </body> when it has none. Every run, not only the longest: on some pages
// the longest is a reader's comment, which the reader leaves out, and some
// pages write their article without <p>, lines between <br>.
func uniquePage(page []byte, i int) []byte {
	sentence := fmt.Sprintf(" This is copy number %d of the page, kept for the record.", i)
	raw := rawRe.FindAllIndex(page, -1)
	var at []int
	for _, m := range textRunRe.FindAllSubmatchIndex(page, -1) {
		for len(raw) > 0 && raw[0][1] <= m[2] {
			raw = raw[1:]
		}
		if len(raw) > 0 && raw[0][0] < m[3] {
			continue
		}
		if len(bytes.TrimSpace(page[m[2]:m[3]])) >= minRun {
			at = append(at, m[3])
		}
	}
	if len(at) == 0 {
		end := len(page)
		if loc := regexp.MustCompile(`(?i)</body>`).FindIndex(page); loc != nil {
			end = loc[0]
		}
		at = []int{end}
		sentence = "<p>" + sentence + "</p>"
	}
	out := make([]byte, 0, len(page)+len(at)*len(sentence))
	prev := 0
	for _, k := range at {
		out = append(out, page[prev:k]...)
		out = append(out, sentence...)
		prev = k
	}
	return append(out, page[prev:]...)
}

// readPage reads a saved page, gunzipping a .gz one.
func readPage(name string) ([]byte, error) {
	if !strings.HasSuffix(name, ".gz") {
		return os.ReadFile(name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer z.Close()
	b, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return b, nil
}
