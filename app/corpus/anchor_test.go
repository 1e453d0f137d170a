package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

// TestAnchoredMatchesTheSame checks that the anchored notice and label
// patterns are anchored where their source was not, and match exactly
// the lines their source matches: every line of the line tables and of
// the test pages, and of the benchmark's saved pages when they are here.
func TestAnchoredMatchesTheSame(t *testing.T) {
	startsAnchored := func(re *regexp.Regexp) bool {
		prog, err := syntax.Compile(mustParse(t, re.String()).Simplify())
		return err == nil && prog.StartCond()&syntax.EmptyBeginText != 0
	}
	pairs := map[*regexp.Regexp]*regexp.Regexp{listLabelRe: listLabelMatcher}
	for i, re := range noticeRes {
		pairs[re] = noticeMatchers[i]
	}
	for src, fast := range pairs {
		if strings.HasPrefix(src.String(), "^") && !startsAnchored(fast) {
			t.Errorf("anchored(%q) = %q, not anchored", src, fast)
		}
	}
	if !startsAnchored(anchored(regexp.MustCompile(`^a|^(?:b|c)d|^`))) {
		t.Errorf("anchored(^a|^(?:b|c)d|^) is not anchored")
	}
	if re := regexp.MustCompile(`^a|b`); anchored(re) != re {
		t.Errorf("anchored(^a|b) changed a pattern with an unanchored branch")
	}

	var lines []string
	add := func(text string) {
		for _, l := range strings.Split(text, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	for _, glob := range []string{"testdata/lines/*.tsv", "testdata/articles/*", "testdata/pages/*", "/work/gold/extraction-benchmark/html/*.html"} {
		names, _ := filepath.Glob(glob)
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				continue
			}
			text := strings.ReplaceAll(string(b), "\t", "\n")
			if strings.HasSuffix(n, ".html") {
				if s, err := decode(b); err == nil {
					bs, _ := htmlBlocks(s)
					var ts []string
					for _, bl := range bs {
						ts = append(ts, bl.text)
					}
					text = strings.Join(ts, "\n")
				}
			}
			add(text)
		}
	}
	// Each pattern's own words, so that every pattern matches some line.
	for src := range pairs {
		add(strings.NewReplacer("^", "", "(?:", " ", ")", " ", "|", "\n", "?", "", "\\b", "", "$", "").Replace(src.String()))
	}
	matched := 0
	for _, l := range lines {
		k := fold(l)
		for src, fast := range pairs {
			if got, want := fast.MatchString(k), src.MatchString(k); got != want {
				t.Errorf("%q on %q = %v, its source %v", fast, k, got, want)
			} else if got {
				matched++
			}
		}
	}
	if matched == 0 {
		t.Errorf("no line of %d matched a pattern: the test compares nothing", len(lines))
	}
	t.Logf("%d lines, %d matches", len(lines), matched)
}

func mustParse(t *testing.T, s string) *syntax.Regexp {
	t.Helper()
	re, err := syntax.Parse(s, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return re
}
