// Package search is Lecteur's full-text search: one French normaliser, an
// index built natively at build time and shipped as compact binary, and a
// query engine light enough to run on every keystroke in Go WebAssembly.
// It is pure Go and never imports the UI.
//
// # Normalising
//
// Normalize is the folding every package uses to compare French text: lower
// case, accents removed, ligatures expanded (œ→oe, æ→ae), apostrophes and
// hyphens unified, elided articles split ("l’État" → "l' etat"). Indexing
// and queries split text into words the same way: a word is a run of letters
// and digits; apostrophes and hyphens end it. Each word keeps its rune span
// in the original text, so highlights cover "sécurité" exactly for the query
// "securite". Stop words (articles, prepositions, pronouns, "est", "a"...)
// are counted in positions but not indexed. The French Snowball stemmer runs
// on the folded word, so accented and unaccented forms share a stem.
//
// # Index
//
// Every article is laid out in one position space: title words first, then
// each paragraph, then each entity name, separated by gaps of eight
// positions so that no phrase or proximity window crosses a boundary. For
// each term the index keeps positional postings; from a position it knows
// the field (title weight 3, body 1, entity names 2) and the paragraph. It
// does not hold the article text: the UI has the paragraphs and computes
// passages from them with Passage.
//
// # Query
//
// A query is split into units: one per word outside quotes, one per quoted
// phrase. Each word stands for the vocabulary terms it may mean, weighted:
// exact form 1, same stem 0.85, completion of the word being typed (the last
// one, no space after it: the 8 most frequent) 0.75, one edit (insert,
// delete, substitute, swap; words of 4+ letters) 0.6, two edits (8+ letters)
// 0.4. Typo candidates come from a scan of the vocabulary's length buckets
// within reach, behind a letter-set filter. Phrase words match exact or
// stemmed forms at their relative offsets, never typos.
//
// A document's score for a unit is the best of its candidates' BM25 scores
// (k1 1.2, b 0.75, field-weighted term frequency) times the candidate's
// weight. Documents matching more units rank first; among equals the summed
// score decides, raised by up to half when the matched words stand close
// together. Hit.Para is the paragraph with the most distinct matched units.
// When a word matches nothing, Result.Suggestions offers the query with
// that word replaced by the closest terms (one more edit allowed, ties
// broken by sahilm/fuzzy's score, then frequency).
//
// # Binary format (version 2)
//
// The postings are unsigned varints. Everything else (the head) is laid
// out to be read in place, without decoding: numbers are little-endian
// 32-bit words, and every array starts at a multiple of four bytes. A
// string table is its count n, n+1 offsets (the first 0), then the
// strings joined in one blob, padded with zeros to four bytes; string i
// is blob[off[i]:off[i+1]].
//
//	"LXS\x02"
//	docs:     n, then n titleEnd, n entity starts, n body lengths,
//	          n+1 offsets into the paragraph blob, the paragraph blob
//	          (per doc, its paragraph starts as varint gaps from
//	          titleEnd, read only for the documents shown), the ids as
//	          a string table
//	stems:    sorted string table
//	terms:    sorted string table, then per term its stem id, then per
//	          term its document frequency, then n+1 offsets of each
//	          term's postings in the postings section
//	postings: total length (a word), then per term in vocabulary order:
//	          per document the document gap, the position count, the
//	          positions as gaps
//
// Decode checks the counts and offsets and reads the head where it lies
// in the loaded bytes; the postings stay one byte slice read lazily, term
// by term, by the queries that need them. Only the stem groups, letter
// masks and length buckets of the terms are derived (Index.finish):
// storing them would make the head a third larger. Version 1 had
// varints and front-coded strings everywhere, and the entity names with
// their documents, which no query read (three tenths of the meta part);
// at 100,000 articles it took 0.7 s to decode in the browser.
//
// # Shards (format version 2; shard files unchanged, version 1)
//
// The postings section is what grows with the corpus (about nine tenths of
// the bytes). Because it is stored term by term in vocabulary order,
// EncodeShards cuts it at term boundaries into shards of about a given size
// and writes a meta part holding everything else:
//
//	meta:  "LXM\x02", docs, stems, terms as above, then the shard count
//	       n and n words: each shard's first term
//	shard: "LXP\x01", the shard number (varint), then the postings of its
//	       terms
//
// A shard's size is known from the meta part (the sum of its terms'
// postings lengths), so AddShard refuses a file from another build.
// DecodeMeta gives an index that knows every document and term but holds
// no postings. A search on it reads the shards it has and reports the ones
// its candidate terms need in Result.Missing: the caller (the browser)
// fetches them, adds them and searches again, as Pagefind does. Vocabulary
// work (completions, typos, suggestions) needs only the meta part; a word
// whose shards are missing gets no suggestion until they arrive.
package search
