// Package site defines the data files the build writes for the browser and
// the helpers both sides use to name them. It is the contract between build/
// and app/ui: the build fills these types from the corpus, entity and search
// packages; the browser only decodes them.
//
// Files, under <BASE>web/data/:
//
//	catalog.json     Catalog: every article's summary and every entity
//	text-NNN.json    []Text: full text and entity marks of a chunk of articles
//	index.bin        the search index (package search's encoding)
//
// Article text lives in chunks so a large corpus never loads at once: a
// Summary names the chunk that holds its article.
package site
