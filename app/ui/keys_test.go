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
		{"down from the search box", keyPress{Key: "ArrowDown", InField: true, InBox: true, View: "search"}, keyNextResult},
		{"escape empties the search box", keyPress{Key: "Escape", InField: true, InBox: true, BoxText: true, View: "search"}, keyClearBox},
		{"escape in an empty search box", keyPress{Key: "Escape", InField: true, InBox: true, View: "search"}, keyNone},
		{"up in the search box is the box's", keyPress{Key: "ArrowUp", InField: true, InBox: true, View: "search"}, keyNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shortcut(tt.k); got != tt.want {
				t.Errorf("shortcut(%+v) = %v, want %v", tt.k, got, tt.want)
			}
		})
	}
}

// TestShortcutKeys: every key with an action in some context is one of
// shortcutKeys, the only keys the page hands to app.wasm.
func TestShortcutKeys(t *testing.T) {
	listed := map[string]bool{}
	for _, k := range shortcutKeys {
		listed[k] = true
	}
	keys := []string{"a", "z", "C", "c", "/", "?", " ", "Enter", "Escape", "ArrowDown", "ArrowUp", "ArrowLeft", "Tab", "Backspace", "é", "1"}
	for _, key := range keys {
		for _, view := range []string{"home", "search", "article", "compare", "entities", "notfound"} {
			for flags := 0; flags < 16; flags++ {
				k := keyPress{Key: key, View: view, InField: flags&1 != 0, InResults: flags&2 != 0, InBox: flags&4 != 0, BoxText: flags&8 != 0}
				if a := shortcut(k); a != keyNone && !listed[key] {
					t.Errorf("shortcut(%+v) = %v, but %q is not in shortcutKeys", k, a, key)
				}
			}
		}
	}
}
