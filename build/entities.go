package main

import (
	"lecteur/app/corpus"
	"lecteur/app/entity"
	"lecteur/app/site"
)

// entityMarks is the result of entity finding over the corpus.
type entityMarks struct {
	entities  []site.Entity
	byArticle [][][]site.Mark // article → block (title, captions, paragraphs) → marks
	names     [][]string      // article → names and aliases of its entities, for search
}

// blocks are an article's texts in the order site.Text.Blocks gives them.
func blocks(a *corpus.Article) []string {
	b := make([]string, 0, 1+len(a.Captions)+len(a.Paragraphs))
	b = append(b, a.Title)
	b = append(b, a.Captions...)
	return append(b, a.Paragraphs...)
}

// findEntities finds the entities of every article and links them across
// the corpus.
func findEntities(arts []corpus.Article, progress func(done, total int)) entityMarks {
	docs := make([]entity.Doc, len(arts))
	for i := range arts {
		docs[i] = entity.Doc{ID: arts[i].ID, Mentions: entity.Recognize(blocks(&arts[i]))}
		progress(i+1, len(arts))
	}
	ents := entity.Link(docs)
	out := entityMarks{
		entities:  make([]site.Entity, len(ents)),
		byArticle: make([][][]site.Mark, len(arts)),
		names:     make([][]string, len(arts)),
	}
	byID := map[string]*entity.Entity{}
	for i, e := range ents {
		out.entities[i] = site.Entity{ID: e.ID, Name: e.Name, Type: string(e.Type), Aliases: e.Aliases, Articles: e.Articles, Mentions: e.Mentions}
		byID[e.ID] = &ents[i]
	}
	for i, d := range docs {
		marks := make([][]site.Mark, len(blocks(&arts[i])))
		seen := map[string]bool{}
		for _, m := range d.Mentions {
			if m.Block < 0 || m.Block >= len(marks) {
				continue
			}
			marks[m.Block] = append(marks[m.Block], site.Mark{Start: m.Start, End: m.End, Type: string(m.Type), Entity: m.Entity})
			if e := byID[m.Entity]; e != nil && !seen[e.ID] && e.Type != entity.DATE {
				seen[e.ID] = true
				out.names[i] = append(out.names[i], e.Name)
				out.names[i] = append(out.names[i], e.Aliases...)
			}
		}
		out.byArticle[i] = marks
	}
	return out
}
