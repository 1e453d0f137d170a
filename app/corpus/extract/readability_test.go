package extract

import (
	"strings"
	"testing"
)

func TestCountFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "un", "  deux  mots ", "l'été\u00a0dernier", "tab\tline\nend\u2003em", "\xff\xfe octets", "«\u202fquote\u202f»",
	} {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestNonSpaceBytes(t *testing.T) {
	for _, s := range []string{"", "  ", "a b", " l'État\u00a0et\tla\n CNIL ", "\xff \xfe", "日本 語"} {
		if got, want := nonSpaceBytes(s), len(strings.Join(strings.Fields(s), "")); got != want {
			t.Errorf("nonSpaceBytes(%q) = %d, want %d", s, got, want)
		}
	}
}
