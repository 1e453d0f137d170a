package ui

import (
	"errors"
	"fmt"
)

// httpStatus is the error of a fetch answered with a status other than
// 2xx.
type httpStatus int

func (s httpStatus) Error() string { return fmt.Sprintf("HTTP %d", int(s)) }

// fetchError is a failed fetch of url; errors.As finds its httpStatus.
type fetchError struct {
	url string
	err error
}

func (e fetchError) Error() string { return fmt.Sprintf("fetch %s: %v", e.url, e.err) }
func (e fetchError) Unwrap() error { return e.err }

// statusOf returns the HTTP status of a failed fetch, or 0.
func statusOf(err error) int {
	var s httpStatus
	if errors.As(err, &s) {
		return int(s)
	}
	return 0
}
