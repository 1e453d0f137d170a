package basepath

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"root", "/", "/"},
		{"empty is the root", "", "/"},
		{"project site", "/explorer/", "/explorer/"},
		{"slashes added", "explorer", "/explorer/"},
		{"trailing slash added", "/explorer", "/explorer/"},
		{"empty segments dropped", "/a///b//", "/a/b/"},
		{"nested", "/a/b/c/", "/a/b/c/"},
		{"unreserved kept", "/A-z_0.9~/", "/A-z_0.9~/"},
		{"dots inside a name", "/v1.2/", "/v1.2/"},
		{"space", "/my site/", "/my%20site/"},
		{"accent", "/café/", "/caf%C3%A9/"},
		{"accent, decomposed", "/cafe\u0301/", "/caf%C3%A9/"},
		{"already encoded", "/caf%C3%A9/", "/caf%C3%A9/"},
		{"lower-case escape", "/my%20site/caf%c3%a9", "/my%20site/caf%C3%A9/"},
		{"double quote", `/a"b/`, "/a%22b/"},
		{"angle brackets and braces", "/<a>{b}`c`/", "/%3Ca%3E%7Bb%7D%60c%60/"},
		{"other script", "/日本/", "/%E6%97%A5%E6%9C%AC/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Normalize(tt.raw)
			if err != nil || got != tt.want {
				t.Fatalf("Normalize(%q) = %q, %v; want %q", tt.raw, got, err, tt.want)
			}
			if again, err := Normalize(got); again != got || err != nil {
				t.Errorf("Normalize(%q) = %q, %v; want it unchanged", got, again, err)
			}
		})
	}
}

func TestNormalizeRefuses(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"URL", "https://evil.test/x/", "a URL, not a path"},
		{"URL without scheme", "//evil.test/x/", "a URL, not a path"},
		{"parent", "/../", `".." is not a folder name`},
		{"parent inside", "/a/../b/", `".." is not a folder name`},
		{"encoded parent", "/%2e%2e/", `".." is not a folder name`},
		{"current", "/./a/", `"." is not a folder name`},
		{"query", "/a?b=c/", "query (?)"},
		{"fragment", "/a#b/", "fragment (#)"},
		{"single quote", "/o'brien/", `'\'' cannot be used`},
		{"ampersand", "/a&copy/", `'&' cannot be used`},
		{"encoded ampersand", "/a%26b/", `'&' cannot be used`},
		{"colon", "/javascript:alert(1)/", `':' cannot be used`},
		{"backslash", `/a\b/`, `'\\' cannot be used`},
		{"bad escape", "/100%/", "% must start an escape"},
		{"encoded slash", "/a%2Fb/", "escaped slash"},
		{"not UTF-8", "/%FF/", "not UTF-8"},
		{"control", "/a\nb/", "control character U+000A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Normalize(tt.raw)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Normalize(%q) = %q, %v; want an error containing %q", tt.raw, got, err, tt.want)
			}
			if !strings.Contains(err.Error(), "BASE is the URL path the site is served under") {
				t.Errorf("Normalize(%q) error %q does not say what BASE is", tt.raw, err)
			}
		})
	}
}

func TestUnescape(t *testing.T) {
	for base, want := range map[string]string{"/": "/", "/my%20site/": "/my site/", "/caf%C3%A9/": "/café/"} {
		if got := Unescape(base); got != want {
			t.Errorf("Unescape(%q) = %q, want %q", base, got, want)
		}
	}
}
