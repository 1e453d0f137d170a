// Package site defines the data files the build writes for the browser and
// the helpers both sides use to name them. It is the contract between build/
// and app/ui: the build fills these types from the corpus, entity and search
// packages; the browser only decodes them.
//
// Files, under <BASE>web/data/<data version>/ (DataPath: each build's in
// a folder of its own):
//
//	catalog.json.gz  Catalog: every article's summary and every entity,
//	                 gzipped (Gzipped)
//	articles.bin     []Summary without ledes: what a search result, a
//	                 reading view or a comparison needs to find an article
//	                 (EncodeSummaries: binary, as JSON took a second to
//	                 decode in the browser at 10,000 articles)
//	text-NNN.json.gz []Text: full text and entity marks of a chunk of
//	                 articles, each mark an array [start, end, "type",
//	                 "entity"] with a 1 after them when it is Low
//	                 (Mark.MarshalJSON), gzipped (Gzipped)
//	index-meta.bin   the search index without its postings (package
//	                 search's sharded encoding): documents, vocabulary, shards
//	index-NNN.bin.gz postings shard NNN, loaded when a query needs its terms,
//	                 gzipped (Gzipped)
//	sketches.bin     every article's story sketch (package story's
//	                 encoding), for grouping a reader's own articles
//	                 with the published stories
//
// The catalog's Stories group the versions of one story (app/story); each
// Summary of a version names its story and how many versions it has.
//
// Article text lives in chunks so a large corpus never loads at once: a
// Summary names the chunk that holds its article. Likewise the first search
// loads the article list (a fifth of the catalog at 10,000 articles), the
// index meta part and only the postings shards its words need.
package site
