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
