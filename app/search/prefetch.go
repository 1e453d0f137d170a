package search

import (
	"strings"
	"unicode/utf8"
)

// prefetchLetters is the longest word being typed whose next letter's
// shards NextShards lists. A word's second and third letters are the
// keys whose completions reach the most frequent terms, whose postings
// fill the largest shards, and the reader has rarely loaded them yet
// (the bench's typing at 10,000 articles: a tenth of the first two- and
// three-letter words waited 50 to 300 ms for their shards, where the
// same words typed again took under 10 ms).
const prefetchLetters = 2

// maxPrefetch bounds the shards one NextShards lists.
const maxPrefetch = 48

// NextShards lists the postings shards, not loaded yet, that the
// completions of the word being typed at the end of query will need once
// one more letter is typed (the maxPrefix most frequent terms of each
// longer prefix, as a search's completions take them), when that word
// is at most prefetchLetters long. Loading them while the reader types
// that letter spares its search a round trip. Quoted phrases are left
// out.
func (ix *Index) NextShards(query string) []int {
	if strings.ContainsAny(query, "\"“”«»„") {
		return nil
	}
	if last, _ := lastRune(query); !isWordRune(last) {
		return nil
	}
	ts := tokens(query)
	if len(ts) == 0 {
		return nil
	}
	w := ts[len(ts)-1].term
	if n := utf8.RuneCountInString(w); n == 0 || n > prefetchLetters {
		return nil
	}
	var missing []int
	var top [maxPrefix]int32 // the group's most frequent terms, best first
	kept, group := 0, ""
	flush := func() {
		for _, t := range top[:kept] {
			if len(missing) >= maxPrefetch {
				return
			}
			if p, _, shard := ix.termBytes(t); p == nil {
				addMissing(&missing, shard)
			}
		}
	}
	for t := ix.terms.search(w); t < ix.terms.len() && strings.HasPrefix(ix.terms.at(t), w); t++ {
		rest := ix.terms.at(t)[len(w):]
		if rest == "" {
			continue
		}
		_, size := utf8.DecodeRuneInString(rest)
		if next := ix.terms.at(t)[:len(w)+size]; next != group {
			flush()
			kept, group = 0, next
		}
		// Insert t among the group's most frequent, if it is one.
		i := kept
		for i > 0 && ix.df[top[i-1]] < ix.df[t] {
			i--
		}
		if i == maxPrefix {
			continue
		}
		if kept < maxPrefix {
			kept++
		}
		copy(top[i+1:kept], top[i:kept-1])
		top[i] = int32(t)
	}
	flush()
	return missing
}
