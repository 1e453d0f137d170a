package i18n

import (
	"errors"
	"fmt"
	"testing"
)

func TestError(t *testing.T) {
	tests := []struct {
		name string
		lang Lang
		err  error
		want string
	}{
		{"message", English, Errorf("local.err.noidb"), "this browser has no IndexedDB storage"},
		{"message in French", French, Errorf("local.err.noidb"), "ce navigateur n'a pas de stockage IndexedDB"},
		{"an error argument is translated too", English, Errorf("local.err.store", Errorf("local.err.idbslow")), "cannot save it in this browser: the browser's storage (IndexedDB) does not answer"},
		{"a worker's reason", French, ReasonError("empty file"), "fichier vide"},
		{"a worker's reason in English", English, ReasonError("empty file"), "empty file"},
		{"any other error as it is", English, errors.New("disk full"), "disk full"},
		{"wrapped: the outer text", English, fmt.Errorf("load x: %w", errors.New("404")), "load x: 404"},
		{"nil", English, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.lang.Error(tt.err); got != tt.want {
				t.Errorf("%s.Error(%v) = %q, want %q", tt.lang, tt.err, got, tt.want)
			}
		})
	}
}
