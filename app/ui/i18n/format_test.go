package i18n

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestFormatIsSprintf formats every interface string of every language
// with format and with fmt.Sprintf, with arguments of the types the views
// pass (integers for %d, strings for %s, an error for %v), and wants the
// same text.
func TestFormatIsSprintf(t *testing.T) {
	for _, tab := range []map[Lang]map[string]string{messages, localMessages} {
		for lang, msgs := range tab {
			for key, pattern := range msgs {
				args := argsFor(pattern)
				got, want := format(pattern, args...), fmt.Sprintf(pattern, args...)
				if got != want {
					t.Errorf("%s %s: format(%q, %v) = %q, want %q", lang, key, pattern, args, got, want)
				}
			}
		}
	}
}

// argsFor returns arguments for pattern's verbs: the n-th verb (or the
// index it names) takes 1000+n for %d, "s<n>" for %s, an error for %v.
func argsFor(pattern string) []any {
	var args []any
	next := 0
	for i := 0; i < len(pattern)-1; i++ {
		if pattern[i] != '%' {
			continue
		}
		i++
		if pattern[i] == '%' {
			continue
		}
		if pattern[i] == '[' {
			next = int(pattern[i+1]-'0') - 1
			i += 3
		}
		for len(args) <= next {
			args = append(args, nil)
		}
		switch pattern[i] {
		case 'd':
			args[next] = 1000 + next
		case 's':
			args[next] = fmt.Sprint("s", next)
		default:
			args[next] = errors.New("e" + fmt.Sprint(next))
		}
		next++
	}
	return args
}

func TestFormat(t *testing.T) {
	for _, tt := range []struct {
		name, pattern string
		args          []any
		want          string
	}{
		{"plain", "no verbs", nil, "no verbs"},
		{"int and string", "%d articles de %s", []any{12, "Le Monde"}, "12 articles de Le Monde"},
		{"percent", "%d %% fait", []any{40}, "40 % fait"},
		{"percent glued", "%d%%…", []any{7}, "7%…"},
		{"indexed", "%[2]d sur %[1]d, en %[3]s s", []any{10, 3, "1,5"}, "3 sur 10, en 1,5 s"},
		{"error as v", "perdu (%v)", []any{errors.New("404")}, "perdu (404)"},
		{"negative", "%d", []any{-3}, "-3"},
		{"missing", "%d et %d", []any{1}, "1 et %!d(MISSING)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := format(tt.pattern, tt.args...); got != tt.want {
				t.Errorf("format(%q, %v) = %q, want %q", tt.pattern, tt.args, got, tt.want)
			}
			if !strings.Contains(tt.want, "%!") {
				if want := fmt.Sprintf(tt.pattern, tt.args...); want != tt.want {
					t.Errorf("fmt.Sprintf(%q, %v) = %q: the table is wrong", tt.pattern, tt.args, want)
				}
			}
		})
	}
}
