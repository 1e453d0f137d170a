//go:build !js

package ui

import "errors"

// fetchBytes has no network outside the browser: the build installs a
// loader with UseLoader instead.
func fetchBytes(url string) ([]byte, error) {
	return nil, errors.New("fetch " + url + ": no loader outside the browser")
}
