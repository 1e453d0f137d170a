package main

import (
	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/pool"
	"lecteur/app/site"
	"lecteur/app/story"
)

// findStories finds the versions of one story among arts (app/story,
// through the ingest functions the browser runs on a reader's own files)
// and returns the stories and every article's sketch, in the order of
// arts. Sketching is per article: GOMAXPROCS workers share it; grouping
// compares only the pairs LSH finds, so the stage grows with the corpus,
// not with its square.
func findStories(arts []corpus.Article) ([]site.Story, []story.Sketch) {
	sketches := make([]story.Sketch, len(arts))
	pool.Each(len(arts), 0, func(i int) { sketches[i] = ingest.Sketch(&arts[i]) }, nil)
	sums := make([]site.Summary, len(arts))
	for i := range arts {
		sums[i] = site.Summary{ID: arts[i].ID, Date: arts[i].Date}
	}
	return ingest.Stories(sums, sketches), sketches
}
