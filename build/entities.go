package main

import (
	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/site"
)

// entityMarks is the result of entity finding over the corpus.
type entityMarks struct {
	entities  []site.Entity
	byArticle [][][]site.Mark // article → block (title, captions, paragraphs) → marks
	names     [][]string      // article → names and aliases of its entities, for search
}

// findEntities finds the entities of every article and links them across
// the corpus, with the same ingest functions the browser runs on a
// reader's own files.
func findEntities(arts []corpus.Article, progress func(done, total int)) entityMarks {
	docs := make([]ingest.Doc, len(arts))
	for i := range arts {
		docs[i] = ingest.Analyze(arts[i])
		progress(i+1, len(arts))
	}
	l := ingest.Link(docs)
	return entityMarks{entities: l.Entities, byArticle: l.Marks, names: l.Names}
}
