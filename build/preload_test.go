package main

import (
	"strings"
	"testing"
)

func TestDeferServiceWorker(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr bool
	}{
		{"go-app's start", "let x;\n\ngoappInitServiceWorker();\ngoappWatchForUpdate();\n\nasync function goappInitServiceWorker() {}\n", false},
		{"no registration line", "goappWatchForUpdate();\nasync function goappInitServiceWorker() {}\n", true},
		{"two registration lines", "\ngoappInitServiceWorker();\n\ngoappInitServiceWorker();\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := deferServiceWorker([]byte(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("deferServiceWorker(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if err != nil {
				return
			}
			got := string(out)
			if strings.Contains(got, "\ngoappInitServiceWorker();") {
				t.Errorf("deferServiceWorker(%q) = %q, still registers at start", tt.in, got)
			}
			if !strings.Contains(got, "async function goappInitServiceWorker() {}") || !strings.Contains(got, "goappWatchForUpdate();") {
				t.Errorf("deferServiceWorker(%q) = %q, lost the rest of the script", tt.in, got)
			}
		})
	}
}
