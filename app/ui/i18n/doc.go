// Package i18n owns the interface's words: every string the reader sees
// that is not article text, in each interface language (French, the
// default, and English), with the dates and months written the way each
// language writes them and the ingestion worker's reasons for refusing a
// file translated from the build's English.
//
// A language is a value, Lang, that components receive from the Shell:
// nothing here changes after start-up. Keys are plain strings
// ("search.title"); TestKeysUsed reads the browser side's sources and
// fails on a key used in Go code that either language lacks.
//
// It may import the standard library only; it never imports go-app, so the
// build and plain tests use it as they are.
package i18n
