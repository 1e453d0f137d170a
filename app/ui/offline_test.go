package ui

import (
	"testing"

	"lecteur/app/ui/i18n"
)

func TestOfflinePhase(t *testing.T) {
	tests := []struct {
		name  string
		state offlineState
		want  string
	}{
		{"fetching", offlineState{Done: 3, Total: 10, Complete: true}, "caching"},
		{"all kept", offlineState{Done: 10, Total: 10, Complete: true}, "ready"},
		{"some failed", offlineState{Done: 10, Total: 10, Failed: 2, Complete: true}, "incomplete"},
		{"over the budget", offlineState{Done: 1, Total: 1, Bytes: 200 << 20, Budget: 128 << 20}, "partial"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.state.phase(); got != tt.want {
				t.Errorf("phase(%+v) = %q, want %q", tt.state, got, tt.want)
			}
		})
	}
	if got := megabytes(Env{Lang: i18n.French}, 56<<20+300<<10); got != "56 Mo" {
		t.Errorf("megabytes = %q, want 56 Mo", got)
	}
}
