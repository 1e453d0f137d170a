//go:build !js

package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Outside the browser (the build's prerendering, tests) there is no
// IndexedDB and no file: nothing is stored, nothing is read from the
// page; the library only holds what a test adds.

func idbLoad() ([]storedDoc, error)                                 { return nil, nil }
func idbPut(id string, doc []byte) error                            { return nil }
func idbDelete(id string) error                                     { return nil }
func idbClear() error                                               { return nil }
func logLocal(format string, args ...any)                           {}
func inputFiles(input app.Value) []localFile                        { return nil }
func listenDrops(got func([]localFile), dragging func(bool)) func() { return func() {} }
func download(name, mime string, data []byte) string                { return "" }
