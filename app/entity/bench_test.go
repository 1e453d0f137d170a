package entity

import (
	"path/filepath"
	"testing"
)

// BenchmarkRecognize runs the recogniser on the four seed articles.
func BenchmarkRecognize(b *testing.B) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	t := &testing.T{}
	var articles [][]string
	for _, f := range files {
		articles = append(articles, readBlocks(t, f))
	}
	lists() // load the word lists outside the timing
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range articles {
			Recognize(a)
		}
	}
}

// BenchmarkLoadLists measures the one-off cost of reading the embedded lists.
func BenchmarkLoadLists(b *testing.B) {
	for i := 0; i < b.N; i++ {
		loadAll()
	}
}

// BenchmarkLoadModel measures the one-off cost of reading the embedded
// model (the worker pays it on its first article).
func BenchmarkLoadModel(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := decodeModel(modelData); err != nil {
			b.Fatal(err)
		}
	}
}
