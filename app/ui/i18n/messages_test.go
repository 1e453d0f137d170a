package ui

import (
	"strings"
	"testing"
)

// Every string exists in every language, with the same placeholders.
func TestMessagesComplete(t *testing.T) {
	for _, l := range languages {
		for _, other := range languages {
			for key, s := range messages[l] {
				o, ok := messages[other][key]
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

func TestPickLang(t *testing.T) {
	tests := []struct {
		saved   string
		browser []string
		want    string
	}{
		{"", []string{"en-US", "en"}, "en"},
		{"", []string{"fr-CA"}, "fr"},
		{"", []string{"de-DE", "en-GB"}, "en"},
		{"", []string{"de-DE"}, "fr"},
		{"", nil, "fr"},
		{"fr", []string{"en-US"}, "fr"},
		{"en", []string{"fr-FR"}, "en"},
		{"xx", []string{"EN"}, "en"},
		{"", []string{"english"}, "fr"},
	}
	for _, tt := range tests {
		if got := pickLang(tt.saved, tt.browser); got != tt.want {
			t.Errorf("pickLang(%q, %q) = %q, want %q", tt.saved, tt.browser, got, tt.want)
		}
	}
}

func TestFormatDateIn(t *testing.T) {
	tests := []struct{ lang, iso, want string }{
		{"fr", "2013-07-01", "1er juillet 2013"},
		{"en", "2013-07-01", "1 July 2013"},
		{"fr", "2013-07-10", "10 juillet 2013"},
		{"en", "2017-05", "May 2017"},
		{"en", "--05-11", "11 May"},
		{"fr", "2013", "2013"},
		{"en", "2013-13-01", "2013-13-01"},
	}
	for _, tt := range tests {
		if got := formatDateIn(tt.lang, tt.iso); got != tt.want {
			t.Errorf("formatDateIn(%q, %q) = %q, want %q", tt.lang, tt.iso, got, tt.want)
		}
	}
}
