package main

import (
	"runtime"
	"sync"

	"lecteur/app/corpus"
	"lecteur/app/ingest"
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
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(arts); i += workers {
				sketches[i] = ingest.Sketch(&arts[i])
			}
		}()
	}
	wg.Wait()
	sums := make([]site.Summary, len(arts))
	for i := range arts {
		sums[i] = site.Summary{ID: arts[i].ID, Date: arts[i].Date}
	}
	return ingest.Stories(sums, sketches), sketches
}
