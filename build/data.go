package main

import (
	"encoding/json"
	"fmt"

	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/search"
	"lecteur/app/site"
)

// chunkBytes is the target size of a text chunk: big enough that a small
// corpus is one request, small enough that opening one article of a large
// corpus loads little else.
const chunkBytes = 256 << 10

// dataFiles writes the catalog, the text chunks (app/site's formats) and
// the search index for arts.
func dataFiles(arts []corpus.Article, progress func(what string) func(done, total int)) (map[string][]byte, error) {
	marks := findEntities(arts, progress("entities"))
	cat := site.Catalog{Articles: make([]site.Summary, len(arts)), Entities: marks.entities}
	var chunks [][]site.Text
	size := chunkBytes
	for i, a := range arts {
		t := ingest.Text(&arts[i], marks.byArticle[i])
		n := len(a.Title)
		for _, p := range a.Paragraphs {
			n += len(p)
		}
		if size+n > chunkBytes && size > 0 {
			chunks = append(chunks, nil)
			size = 0
		}
		size += n
		chunks[len(chunks)-1] = append(chunks[len(chunks)-1], t)
		cat.Articles[i] = ingest.Summary(&arts[i])
		cat.Articles[i].Chunk = len(chunks) - 1
	}
	files := map[string][]byte{}
	b, err := json.Marshal(cat)
	if err != nil {
		return nil, fmt.Errorf("encode catalog: %w", err)
	}
	files[site.CatalogFile] = b
	files[site.IndexFile] = searchIndex(arts, marks.names)
	for n, c := range chunks {
		b, err := json.Marshal(c)
		if err != nil {
			return nil, fmt.Errorf("encode text chunk %d: %w", n, err)
		}
		files[site.ChunkFile(n)] = b
	}
	return files, nil
}

// searchIndex builds the search index: titles, paragraphs and the names of
// the entities each article mentions.
func searchIndex(arts []corpus.Article, names [][]string) []byte {
	docs := make([]search.Doc, len(arts))
	for i := range arts {
		docs[i] = ingest.SearchDoc(&arts[i], names[i])
	}
	return search.Build(docs).Encode()
}
