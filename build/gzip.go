package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

// gzipBytes compresses b for a data file stored gzipped (site.Gzipped).
// The header holds no name and no time, so the same bytes always give
// the same file (and the site the same version).
func gzipBytes(b []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(b) / 4)
	w, _ := gzip.NewWriterLevel(&out, gzip.DefaultCompression)
	w.Write(b) // a bytes.Buffer does not fail
	w.Close()
	return out.Bytes()
}

// gunzipBytes unpacks a data file stored gzipped; name says which in
// the error.
func gunzipBytes(name string, b []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("unpack %s: %w", name, err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("unpack %s: %w", name, err)
	}
	return out, nil
}
