package resultrows

import (
	"strings"
	"testing"

	"lecteur/app/search"
	"lecteur/app/ui/resultsdom"
)

// TestMarkedNodesAlternate: the marked text always alternates text and
// mark, starting with text, whatever the ranges (see MarkedNodes).
func TestMarkedNodesAlternate(t *testing.T) {
	tests := []struct {
		s      string
		ranges []search.Range
		want   string // text as is, marks in [ ], nodes separated by |
	}{
		{"le chat noir", []search.Range{{Start: 3, End: 7}}, "le |[chat]| noir"},
		{"chat noir", []search.Range{{Start: 0, End: 4}}, "|[chat]| noir"},
		{"chatnoir", []search.Range{{Start: 0, End: 4}, {Start: 4, End: 8}}, "|[chat]||[noir]"},
		{"le chat", nil, "le chat"},
		{"été chaud", []search.Range{{Start: 0, End: 3}}, "|[été]| chaud"},
	}
	for _, tt := range tests {
		var parts []string
		for i, n := range MarkedNodes(tt.s, tt.ranges) {
			switch {
			case i%2 == 0 && n.Tag == "":
				parts = append(parts, n.Text)
			case i%2 == 1 && n.Tag == "mark" && len(n.Kids) == 1:
				parts = append(parts, "["+n.Kids[0].Text+"]")
			default:
				parts = append(parts, "?"+nodeString(n))
			}
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("MarkedNodes(%q, %v) = %q, want %q", tt.s, tt.ranges, got, tt.want)
		}
	}
}

func nodeString(n resultsdom.Node) string {
	if n.Tag == "" {
		return n.Text
	}
	return "<" + n.Tag + ">"
}
