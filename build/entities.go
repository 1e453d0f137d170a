package main

import (
	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/pool"
	"lecteur/app/site"
)

// entityMarks is the result of entity finding over the corpus.
type entityMarks struct {
	entities  []site.Entity
	byArticle [][][]site.Mark // article → block (title, captions, paragraphs) → marks
	names     [][]string      // article → names and aliases of its entities, for search
}

// findEntities finds the entities of every article with analyze
// (ingest.Analyze, through the build's cache) and links them across the
// corpus, with the same ingest functions the browser runs on a reader's
// own files.
func findEntities(arts []corpus.Article, analyze func(corpus.Article) ingest.Doc, progress func(done, total int)) entityMarks {
	// Recognition is per article and pure: GOMAXPROCS workers share it
	// (at 10,000 articles it was half of the build's time on one core).
	docs := make([]ingest.Doc, len(arts))
	pool.Each(len(arts), 0, func(i int) { docs[i] = analyze(arts[i]) }, progress)
	l := ingest.Link(docs)
	return entityMarks{entities: l.Entities, byArticle: l.Marks, names: l.Names}
}
