package browser

import (
	"errors"
	"fmt"
	"testing"
)

func TestStatusOf(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"fetch answered 404", fetchError{"/web/data/x", httpStatus(404)}, 404},
		{"wrapped", fmt.Errorf("load: %w", fetchError{"/x", httpStatus(500)}), 500},
		{"network", fetchError{"/x", errors.New("Failed to fetch")}, 0},
		{"none", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StatusOf(tt.err); got != tt.want {
				t.Errorf("StatusOf(%v) = %d, want %d", tt.err, got, tt.want)
			}
		})
	}
}
