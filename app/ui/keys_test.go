package ui

import "testing"

func TestShortcut(t *testing.T) {
	tests := []struct {
		name string
		k    keyPress
		want keyAction
	}{
		{"slash searches", keyPress{Key: "/", View: "home"}, keySearch},
		{"slash in a field types", keyPress{Key: "/", InField: true}, keyNone},
		{"ctrl+slash is the browser's", keyPress{Key: "/", Modified: true}, keyNone},
		{"question mark helps", keyPress{Key: "?", View: "article"}, keyHelp},
		{"c compares from an article", keyPress{Key: "c", View: "article"}, keyCompare},
		{"c elsewhere does nothing", keyPress{Key: "c", View: "home"}, keyNone},
		{"c in a field types", keyPress{Key: "c", View: "article", InField: true}, keyNone},
		{"down in the results", keyPress{Key: "ArrowDown", InResults: true, View: "search"}, keyNextResult},
		{"up in the results", keyPress{Key: "ArrowUp", InResults: true, View: "search"}, keyPrevResult},
		{"down elsewhere scrolls", keyPress{Key: "ArrowDown", View: "search"}, keyNone},
		{"escape from the results", keyPress{Key: "Escape", InResults: true, View: "search"}, keyToBox},
		{"escape from an article", keyPress{Key: "Escape", View: "article"}, keyBack},
		{"escape from compare", keyPress{Key: "Escape", View: "compare"}, keyBack},
		{"escape at home", keyPress{Key: "Escape", View: "home"}, keyNone},
		{"escape in a field is the field's", keyPress{Key: "Escape", View: "article", InField: true}, keyNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shortcut(tt.k); got != tt.want {
				t.Errorf("shortcut(%+v) = %v, want %v", tt.k, got, tt.want)
			}
		})
	}
}
