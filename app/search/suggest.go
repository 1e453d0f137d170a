package search

import (
	"sort"
	"strings"

	"github.com/sahilm/fuzzy"
)

// maxSuggestions bounds the corrected queries offered.
const maxSuggestions = 3

// suggest offers corrected queries when some word matched nothing: each
// such word is replaced by the closest vocabulary terms, allowing one edit
// more than search does. Candidates are ranked by edit distance, then by
// sahilm/fuzzy's subsequence score (it favours terms that keep the typed
// letters in order and together), then by frequency.
func (ix *Index) suggest(units []unit, cands [][]cand) []string {
	words := make([]string, len(units))
	for u, un := range units {
		var ws []string
		for _, w := range un.words {
			ws = append(ws, w.text)
		}
		words[u] = strings.Join(ws, " ")
		if un.phrase {
			words[u] = `"` + words[u] + `"`
		}
	}
	var out []string
	for u, un := range units {
		if un.phrase || len(cands[u]) > 0 {
			continue
		}
		for _, t := range ix.closest(un.words[0].text) {
			ws := append([]string(nil), words...)
			ws[u] = t
			out = append(out, strings.Join(ws, " "))
			if len(out) == maxSuggestions {
				return out
			}
		}
	}
	return out
}

// closest returns up to maxSuggestions vocabulary terms near w.
func (ix *Index) closest(w string) []string {
	var buf, tbuf [maxRunes]rune
	q := runesOf(w, &buf)
	k := typoBudget(len(q)) + 1
	if k > 3 {
		k = 3
	}
	if len(q) < 3 {
		return nil
	}
	ns := ix.near(q, k, &tbuf)
	if len(ns) == 0 {
		return nil
	}
	strs := make([]string, len(ns))
	for i, n := range ns {
		strs[i] = ix.terms.at(int(n.term))
	}
	fz := make([]int, len(ns))
	for i := range fz {
		fz[i] = -1 << 30
	}
	for _, m := range fuzzy.Find(w, strs) {
		fz[m.Index] = m.Score
	}
	idx := make([]int, len(ns))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		na, nb := ns[idx[a]], ns[idx[b]]
		if na.dist != nb.dist {
			return na.dist < nb.dist
		}
		if fz[idx[a]] != fz[idx[b]] {
			return fz[idx[a]] > fz[idx[b]]
		}
		if ix.df[na.term] != ix.df[nb.term] {
			return ix.df[na.term] > ix.df[nb.term]
		}
		return na.term < nb.term
	})
	var out []string
	for _, i := range idx {
		out = append(out, strs[i])
		if len(out) == maxSuggestions {
			break
		}
	}
	return out
}
