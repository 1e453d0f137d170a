// Package ingest turns one article file into everything the site shows and
// searches of it: the cleaned article (app/corpus), its entity mentions
// (app/entity), and, once a set of articles is linked, their entity marks,
// summaries, texts and search documents (app/site, app/search).
//
// The build and the browser both go through it: the build for the corpus
// folder, the browser for the files a reader adds on the "Add articles"
// page, in a Web Worker running its own wasm (app/ingestworker), which
// answers the page's requests (package message) with Serve. Since both call the same functions on the same bytes, an article
// added in the browser is the article the build would have made; the tests
// check it field by field and byte by byte.
//
// The steps, for a file:
//
//	Check(name, size)   refuse an unknown extension or a file too big, unread
//	File(name, data)    corpus.Parse, then Analyze: the article and its mentions
//	Link(docs)          entity.Link across the docs: entities, marks, names
//	Summary, Text       the site's view of one article
//	SearchDocs          the documents of search.Build
//	Sketch, Stories     versions of one story grouped (app/story); a
//	StoriesAdded        reader's articles joined to the published stories
//
// Package ingest is pure Go: it never imports go-app or the browser's APIs.
package ingest

import (
	"lecteur/app/corpus"
	"lecteur/app/entity"
	"lecteur/app/search"
	"lecteur/app/site"
)

// Doc is one article on its way into the site: the cleaned article and the
// entity mentions found in its blocks (see Blocks), not linked yet.
type Doc struct {
	Article  corpus.Article   `json:"article"`
	Mentions []entity.Mention `json:"mentions"`
}

// Check refuses, before reading it, a file the build would skip unread: an
// unknown extension or more than corpus.MaxFileSize bytes. Its messages
// are the build's.
func Check(name string, size int64) error {
	if err := corpus.Unsupported(name); err != nil {
		return err
	}
	if size > corpus.MaxFileSize {
		return corpus.TooBig(size)
	}
	return nil
}

// File reads one article file: name is its "/"-separated path, which gives
// the id (corpus.ID) and the format; data are its bytes. The error says why
// in the build's words when the file holds no article.
func File(name string, data []byte) (Doc, error) {
	if err := Check(name, int64(len(data))); err != nil {
		return Doc{}, err
	}
	a, err := corpus.Parse(name, data)
	if err != nil {
		return Doc{}, err
	}
	return Analyze(a), nil
}

// Note reads text a reader pasted, as File reads a file, but a note of
// one paragraph is an article titled by its first words
// (corpus.ParseNote) rather than refused as a title alone.
func Note(name string, data []byte) (Doc, error) {
	if err := Check(name, int64(len(data))); err != nil {
		return Doc{}, err
	}
	a, err := corpus.ParseNote(name, data)
	if err != nil {
		return Doc{}, err
	}
	return Analyze(a), nil
}

// Analyze finds the entity mentions of an article already read.
func Analyze(a corpus.Article) Doc {
	return Doc{Article: a, Mentions: entity.Recognize(Blocks(&a))}
}

// Blocks are an article's texts in the order site.Text.Blocks gives them:
// the title, the captions, the paragraphs. Mentions and marks refer to
// blocks by their number in this order.
func Blocks(a *corpus.Article) []string {
	b := make([]string, 0, 1+len(a.Captions)+len(a.Paragraphs))
	b = append(b, a.Title)
	b = append(b, a.Captions...)
	return append(b, a.Paragraphs...)
}

// Fingerprint identifies an article's text, to find the same article saved
// twice under different names or formats. It is the hash corpus.ReadDir
// compares ("same text as ...").
func Fingerprint(a *corpus.Article) [32]byte { return corpus.Fingerprint(a) }

// Linked is a set of docs linked into entities.
type Linked struct {
	// Entities are the entities of the docs, sorted by type and name.
	Entities []site.Entity
	// Marks[i][b] are the marks of block b of doc i.
	Marks [][][]site.Mark
	// Names[i] are the names and aliases of the entities doc i mentions,
	// dates left out, for search.
	Names [][]string
}

// Link links the mentions of docs into entities (entity.Link) and gives
// each doc its marks. The docs are not changed.
func Link(docs []Doc) Linked {
	eds := make([]entity.Doc, len(docs))
	for i := range docs {
		eds[i] = entity.Doc{ID: docs[i].Article.ID, Mentions: append([]entity.Mention(nil), docs[i].Mentions...)}
	}
	entity.Reconcile(eds)
	ents := entity.Link(eds)
	// An entity is low when every one of its mentions is.
	sure := map[string]bool{}
	for _, d := range eds {
		for _, m := range d.Mentions {
			if !m.Low {
				sure[m.Entity] = true
			}
		}
	}
	out := Linked{
		Entities: make([]site.Entity, len(ents)),
		Marks:    make([][][]site.Mark, len(docs)),
		Names:    make([][]string, len(docs)),
	}
	byID := map[string]*entity.Entity{}
	for i, e := range ents {
		out.Entities[i] = site.Entity{ID: e.ID, Name: e.Name, Type: string(e.Type), Aliases: e.Aliases, Articles: e.Articles, Mentions: e.Mentions, Low: !sure[e.ID]}
		byID[e.ID] = &ents[i]
	}
	for i, d := range eds {
		a := &docs[i].Article
		marks := make([][]site.Mark, 1+len(a.Captions)+len(a.Paragraphs))
		seen := map[string]bool{}
		for _, m := range d.Mentions {
			if m.Block < 0 || m.Block >= len(marks) {
				continue
			}
			marks[m.Block] = append(marks[m.Block], site.Mark{Start: m.Start, End: m.End, Type: string(m.Type), Entity: m.Entity, Low: m.Low})
			if e := byID[m.Entity]; e != nil && !seen[e.ID] && e.Type != entity.DATE && sure[e.ID] {
				seen[e.ID] = true
				out.Names[i] = append(out.Names[i], e.Name)
				out.Names[i] = append(out.Names[i], e.Aliases...)
			}
		}
		out.Marks[i] = marks
	}
	return out
}

// Summary describes a for lists; its Chunk is left at 0 for the caller.
func Summary(a *corpus.Article) site.Summary {
	return site.Summary{
		ID: a.ID, Title: a.Title, Date: a.Date, Source: a.Source, Place: a.Place,
		Authors: a.Authors, Lang: a.Lang, Lede: a.Lede, Words: a.Words,
	}
}

// Text is a's full content with its marks (one of Linked.Marks).
func Text(a *corpus.Article, marks [][]site.Mark) site.Text {
	return site.Text{ID: a.ID, Title: a.Title, Captions: a.Captions, Paragraphs: a.Paragraphs, Marks: marks}
}

// SearchDoc is what the search index holds of a: its title, its paragraphs,
// and as names its source, dateline place and authors (read out of the
// text, so "pekin" finds the dispatch whose dateline was "PEKIN (Reuters)")
// and the names of the entities it mentions (one of Linked.Names).
func SearchDoc(a *corpus.Article, names []string) search.Doc {
	var meta []string
	for _, s := range append([]string{a.Source, a.Place}, a.Authors...) {
		if s != "" {
			meta = append(meta, s)
		}
	}
	return search.Doc{ID: a.ID, Title: a.Title, Paragraphs: a.Paragraphs, Entities: append(meta, names...)}
}

// SearchDocs are the search documents of docs, linked as l.
func SearchDocs(docs []Doc, l Linked) []search.Doc {
	out := make([]search.Doc, len(docs))
	for i := range docs {
		out[i] = SearchDoc(&docs[i].Article, l.Names[i])
	}
	return out
}
