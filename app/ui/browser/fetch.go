package browser

import "fmt"

// httpStatus is the error of a fetch answered with a status other than
// 2xx.
type httpStatus int

func (s httpStatus) Error() string { return fmt.Sprintf("HTTP %d", int(s)) }

// fetchError is a failed fetch of url.
type fetchError struct {
	url string
	err error
}

func (e fetchError) Error() string { return fmt.Sprintf("fetch %s: %v", e.url, e.err) }
func (e fetchError) Unwrap() error { return e.err }

// StatusOf returns the HTTP status of a failed fetch, or 0. It unwraps by
// hand: errors.As would add its reflection to app.wasm (28 KB).
func StatusOf(err error) int {
	for err != nil {
		switch e := err.(type) {
		case httpStatus:
			return int(e)
		case interface{ Unwrap() error }:
			err = e.Unwrap()
		default:
			return 0
		}
	}
	return 0
}
