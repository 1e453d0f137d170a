package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"lecteur/app/corpus"
)

// Every string exists in every language, with the same placeholders.
func TestMessagesComplete(t *testing.T) {
	for _, tab := range []map[Lang]map[string]string{messages, localMessages} {
		for _, l := range Langs {
			for _, other := range Langs {
				for key, s := range tab[l] {
					o, ok := tab[other][key]
					if !ok {
						t.Errorf("%q has no %s string (%s: %q)", key, other, l, s)
						continue
					}
					if strings.Count(s, "%") != strings.Count(o, "%") {
						t.Errorf("%q: %s %q and %s %q differ in placeholders", key, l, s, other, o)
					}
				}
			}
		}
	}
}

// keyFamilies are the keys the browser side makes at run time, from a
// literal prefix ("type."+e.Type): each prefix with every suffix it takes.
// A new prefix in the code fails TestKeysUsed until it is listed here.
var keyFamilies = map[string][]string{
	"type.":         {"PER", "ORG", "LOC", "DATE", "MISC", "EVENT"},
	"types.":        {"PER", "ORG", "LOC", "DATE", "MISC", "EVENT"},
	"compare.":      {"left", "right"},
	"compare.pick.": {"left", "right"},
	"lang.":         {"fr", "en"},
	"compare.only.": {"left", "right"},
	"theme.":        {"auto", "light", "dark"},
	"home.sort.":    {"date", "dateasc", "title", "source"},
}

// notKeys are literals shaped like keys that are something else.
var notKeys = map[string]bool{
	"article.reading": true, // a CSS selector (article.go)
}

// keyShape is what a message key looks like: dotted lower-case words.
var keyShape = regexp.MustCompile(`^[a-z]+(\.[a-z0-9]+)*\.?$`)

// TestKeysUsed reads every Go file of the browser side (app/ui and its
// packages, tests aside) and checks that each string literal shaped like
// one of our keys, and whose first word is one of the tables' (so
// "search.title" but not "index.html"), has a string in both languages;
// a literal prefix ("type.") must be one of keyFamilies.
func TestKeysUsed(t *testing.T) {
	heads := map[string]bool{}
	for _, tab := range []map[Lang]map[string]string{messages, localMessages} {
		for key := range tab[French] {
			heads[strings.SplitN(key, ".", 2)[0]] = true
		}
	}
	used := 0
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				// The first argument of T, Tf and i18n.Errorf is a
				// key, whatever its first word: a new family that
				// neither language has is caught here.
				if key, ok := keyArgument(call); ok && !strings.HasSuffix(key, ".") {
					for _, l := range Langs {
						if _, ok := l.Lookup(key); !ok {
							t.Errorf("%s: key %q has no %s string", fset.Position(call.Pos()), key, l)
						}
					}
				}
				return true
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !keyShape.MatchString(s) || !heads[strings.SplitN(s, ".", 2)[0]] {
				return true
			}
			if notKeys[s] || !strings.Contains(s, ".") && !hasKey(s) {
				return true // a plain word that happens to be a table's first word
			}
			used++
			keys := []string{s}
			if strings.HasSuffix(s, ".") {
				suffixes, ok := keyFamilies[s]
				if !ok {
					t.Errorf("%s: key prefix %q is not in keyFamilies", fset.Position(lit.Pos()), s)
				}
				keys = keys[:0]
				for _, x := range suffixes {
					keys = append(keys, s+x)
				}
			}
			for _, key := range keys {
				for _, l := range Langs {
					if _, ok := l.Lookup(key); !ok {
						t.Errorf("%s: key %q has no %s string", fset.Position(lit.Pos()), key, l)
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if used < 200 {
		t.Errorf("found %d keys in the sources, want the browser side's 200 and more", used)
	}
}

// keyArgument returns the string literal that call passes as a key:
// the first argument of a T or Tf method, or of i18n.Errorf.
func keyArgument(call *ast.CallExpr) (string, bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) == 0 {
		return "", false
	}
	switch sel.Sel.Name {
	case "T", "Tf":
	case "Errorf":
		if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "i18n" {
			return "", false
		}
	default:
		return "", false
	}
	lit, ok := call.Args[0].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

func hasKey(s string) bool {
	_, ok := French.Lookup(s)
	return ok
}

func TestPick(t *testing.T) {
	tests := []struct {
		saved   string
		browser []string
		want    Lang
	}{
		{"", []string{"en-US", "en"}, English},
		{"", []string{"fr-CA"}, French},
		{"", []string{"de-DE", "en-GB"}, English},
		{"", []string{"de-DE"}, French},
		{"", nil, French},
		{"fr", []string{"en-US"}, French},
		{"en", []string{"fr-FR"}, English},
		{"xx", []string{"EN"}, English},
		{"", []string{"english"}, French},
	}
	for _, tt := range tests {
		if got := Pick(tt.saved, tt.browser); got != tt.want {
			t.Errorf("Pick(%q, %q) = %q, want %q", tt.saved, tt.browser, got, tt.want)
		}
	}
}

func TestDate(t *testing.T) {
	tests := []struct {
		lang      Lang
		iso, want string
	}{
		{French, "2013-07-01", "1er juillet 2013"},
		{English, "2013-07-01", "1 July 2013"},
		{French, "2013-07-10", "10 juillet 2013"},
		{English, "2017-05", "May 2017"},
		{English, "--05-11", "11 May"},
		{French, "2013", "2013"},
		{English, "2013-13-01", "2013-13-01"},
	}
	for _, tt := range tests {
		if got := tt.lang.Date(tt.iso); got != tt.want {
			t.Errorf("%s.Date(%q) = %q, want %q", tt.lang, tt.iso, got, tt.want)
		}
	}
}

// TestReasonsTranslated makes every reason the build gives for a file
// (app/corpus, as the worker reports it) and wants it in French.
func TestReasonsTranslated(t *testing.T) {
	var reasons []string
	for _, name := range []string{"notes.pdf", "README"} {
		reasons = append(reasons, corpus.Unsupported(name).Error())
	}
	reasons = append(reasons, corpus.TooBig(corpus.MaxFileSize+1).Error(), corpus.TooBig(1500).Error())
	for _, data := range []string{"", "\x00\x01\x02binary\x00", "  \n\t ", "Un titre seul"} {
		if _, err := corpus.Parse("a.txt", []byte(data)); err != nil {
			reasons = append(reasons, err.Error())
		}
	}
	if len(reasons) != 8 {
		t.Fatalf("made %d reasons, want 8: %q", len(reasons), reasons)
	}
	for _, r := range reasons {
		got := French.Reason(r)
		if got == r || strings.Contains(got, " the ") || strings.Contains(got, "MB") {
			t.Errorf("Reason(%q) = %q, want it in French", r, got)
		}
	}
	if got, want := French.Reason("file too big (4.0 MB, the limit is 4.0 MB)"), "fichier trop gros (4,0 Mo ; la limite est de 4,0 Mo)"; got != want {
		t.Errorf("Reason(too big) = %q, want %q", got, want)
	}
}

func TestMatchReason(t *testing.T) {
	tests := []struct {
		name, pattern, s string
		want             []string
		ok               bool
	}{
		{"no text", "empty file", "empty file", nil, true},
		{"no text, other words", "empty file", "empty files", nil, false},
		{"two texts", "file too big (%s, the limit is %s)", "file too big (5.1 MB, the limit is 4.0 MB)", []string{"5.1 MB", "4.0 MB"}, true},
		{"text at the end", "cannot read: %s", "cannot read: permission denied", []string{"permission denied"}, true},
		{"empty text", "cannot read: %s", "cannot read: ", nil, false},
		{"empty middle text", "stored article %s: %s", "stored article : bad", nil, false},
		{"shortest middle text", "stored article %s: %s", "stored article 12: bad: worse", []string{"12", "bad: worse"}, true},
		{"words after the end", "unknown extension %s (want .txt, .md or .html)", "unknown extension .pdf (want .txt, .md or .html) again", nil, false},
		{"other prefix", "unknown extension %s (want .txt, .md or .html)", "an unknown extension .pdf (want .txt, .md or .html)", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := matchReason(tt.pattern, tt.s)
			if ok != tt.ok || !slices.Equal(got, tt.want) {
				t.Errorf("matchReason(%q, %q) = %q, %v, want %q, %v", tt.pattern, tt.s, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestFrenchSize(t *testing.T) {
	for s, want := range map[string]string{
		"4.0 MB":     "4,0 Mo",
		"12 KB":      "12 Ko",
		"1500 bytes": "1500 octets",
		"4.0 GB":     "4.0 GB",
		"4. MB":      "4. MB",
		".5 MB":      ".5 MB",
		"4.0.1 MB":   "4.0.1 MB",
		"four MB":    "four MB",
		".pdf":       ".pdf",
	} {
		if got := frenchSize(s); got != want {
			t.Errorf("frenchSize(%q) = %q, want %q", s, got, want)
		}
	}
}
