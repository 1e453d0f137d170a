package ingest

import (
	"testing"

	"lecteur/app/corpus"
	"lecteur/app/pool"
	"lecteur/build/gencorpus/synth"
)

// BenchmarkLink measures linking the mentions of 3,000 generated articles
// into entities (the build's linking stage), their recognition left out.
func BenchmarkLink(b *testing.B) {
	arts := synth.Generate(3000, 1)
	docs := make([]Doc, len(arts))
	pool.Each(len(arts), 0, func(i int) {
		docs[i] = Analyze(corpus.Article{ID: arts[i].ID, Title: arts[i].Title, Paragraphs: arts[i].Paragraphs})
	}, nil)
	b.ResetTimer()
	for b.Loop() {
		Link(docs)
	}
}
