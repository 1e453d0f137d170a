package search

import (
	"sync"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/french"
)

// stem returns the French Snowball stem of a folded word. Stemming the
// folded form (not the accented one) keeps "securite" and "sécurité" on the
// same stem, which is what a reader typing without accents needs. Words
// shorter than four letters and words with digits are their own stem.
func stem(w string) string {
	if len(w) < 4 {
		return w
	}
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return w
		}
	}
	env := snowballstem.NewEnv(w)
	french.Stem(env)
	// Snowball expects accents: on folded input one pass leaves a suffix
	// behind ("francaise" → "francais", "renforcee" → "renforce"). A second
	// pass removes it, so feminine, plural and participle forms meet again.
	env.SetCurrent(env.Current())
	french.Stem(env)
	return env.Current()
}

// stemMemo is a small memory of query words' stems. A search as you type
// searches every word of the box again on each key, and Snowball's two
// passes were the largest part of a key's query expansion in Chromium's
// profile of the bench's typing at 10,000 articles.
type stemMemo struct {
	mu sync.Mutex
	m  map[string]string
}

// maxQueryStems bounds the memory: it is emptied when full.
const maxQueryStems = 512

// queryStem is stem(w), remembered for the next searches.
func (ix *Index) queryStem(w string) string {
	if len(w) < 4 {
		return w
	}
	m := &ix.queryStems
	m.mu.Lock()
	s, ok := m.m[w]
	m.mu.Unlock()
	if ok {
		return s
	}
	s = stem(w)
	m.mu.Lock()
	if m.m == nil || len(m.m) >= maxQueryStems {
		m.m = make(map[string]string, 64)
	}
	m.m[w] = s
	m.mu.Unlock()
	return s
}

// Stem returns the stem the index gives the folded word w (see Normalize),
// so that other packages comparing texts (app/compare) stem as search does.
func Stem(w string) string { return stem(w) }

// isStop reports whether a folded word is too common in French to index:
// articles, elided forms, prepositions, pronouns, conjunctions and the
// commonest forms of "être" and "avoir". Stop words keep their positions, so
// the phrase "appel de paris" still needs "appel" and "paris" two apart.
func isStop(w string) bool {
	_, ok := stopWords[w]
	return ok
}

var stopWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range []string{
		"a", "au", "aux", "avec", "c", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du",
		"elle", "elles", "en", "est", "et", "il", "ils", "j", "je", "l", "la", "le", "les", "leur",
		"leurs", "lui", "m", "ma", "mais", "me", "mes", "n", "ne", "nous", "on", "ont", "ou", "par",
		"pas", "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sont", "sur", "t", "ta",
		"te", "tes", "un", "une", "vous", "y", "ete", "etre", "sans", "sous", "ni", "donc", "or",
		"car", "dont", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "the", "of", "and",
	} {
		m[w] = struct{}{}
	}
	return m
}()
