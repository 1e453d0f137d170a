package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

var urlSafeID = regexp.MustCompile(`^[a-z0-9._-]+(/[a-z0-9._-]+)*$`)

// FuzzParse checks that Parse never panics and that whatever it returns is
// valid UTF-8 without control characters, with a URL-safe id and a lede
// equal to the first paragraph.
func FuzzParse(f *testing.F) {
	for _, glob := range []string{"../../testdata/corpus/*", "testdata/articles/*", "testdata/hostile/*"} {
		files, _ := filepath.Glob(glob)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err == nil {
				f.Add(filepath.Base(file), data)
			}
		}
	}
	f.Add("a.html", []byte("<article><h1>T</h1><p>x<script>y</script></p><figure><figcaption>c</figcaption></figure>"))
	f.Add("a.md", []byte("---\ntitle: x\n---\n# T\n![a](b)\n**x** _y_ [l](u)\n"))
	f.Add("a.txt", []byte("\xff\xfeT\x00i\x00"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := Parse(name, data)
		if err != nil {
			if a.Title != "" || len(a.Paragraphs) != 0 {
				t.Errorf("Parse(%q) returned an article with error %v", name, err)
			}
			return
		}
		if len(a.Paragraphs) == 0 || a.Lede != a.Paragraphs[0] || a.Title == "" {
			t.Errorf("Parse(%q): title %q, %d paragraphs, lede %q", name, a.Title, len(a.Paragraphs), a.Lede)
		}
		if !urlSafeID.MatchString(a.ID) {
			t.Errorf("Parse(%q) id %q is not URL-safe", name, a.ID)
		}
		texts := []string{a.Title, a.Date, a.Source, a.Place, a.Lang, a.Lede}
		texts = append(texts, a.Authors...)
		texts = append(texts, a.Paragraphs...)
		texts = append(texts, a.Captions...)
		texts = append(texts, a.Removed...)
		for _, s := range texts {
			if !utf8.ValidString(s) {
				t.Fatalf("Parse(%q) output %q is not valid UTF-8", name, s)
			}
			if strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f || r == utf8.RuneError }) {
				t.Fatalf("Parse(%q) output %q holds a control character", name, s)
			}
		}
		for _, p := range append(a.Paragraphs, a.Title) {
			if p != strings.TrimSpace(p) || p == "" {
				t.Errorf("Parse(%q) text %q is empty or not trimmed", name, p)
			}
		}
	})
}
