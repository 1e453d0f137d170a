package search

import (
	"math/bits"
	"sort"
	"strings"
)

// cand is a vocabulary term a query word may stand for, with the weight its
// kind of match earns: exact forms rank above stemmed ones, which rank
// above completions, which rank above typos.
type cand struct {
	term   int32
	weight float32
}

const (
	weightExact  = 1.0
	weightStem   = 0.85
	weightPrefix = 0.75
	weightTypo1  = 0.6
	weightTypo2  = 0.4

	// maxCands bounds the terms one query word expands to (a bit per
	// candidate is kept per document).
	maxCands = 32
	// maxPrefix bounds completions of the word being typed; the most
	// frequent ones are kept.
	maxPrefix = 8
)

// expand lists the terms w may stand for. Typos are allowed when typos is
// set (not inside quoted phrases); completions when prefix is set.
func (ix *Index) expand(w string, prefix, typos bool) []cand {
	var cs []cand
	have := func(t int32) bool {
		for _, c := range cs {
			if c.term == t {
				return true
			}
		}
		return false
	}
	if t := ix.termID(w); t >= 0 {
		cs = append(cs, cand{int32(t), weightExact})
	}
	if s := ix.stemID(ix.queryStem(w)); s >= 0 {
		for _, t := range ix.stemTerms[ix.stemOff[s]:ix.stemOff[s+1]] {
			if !have(t) {
				cs = append(cs, cand{t, weightStem})
			}
		}
	}
	if prefix && len(w) >= 2 {
		cs = ix.completions(w, cs, have)
	}
	if typos {
		cs = ix.typos(w, cs, have)
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].weight != cs[j].weight {
			return cs[i].weight > cs[j].weight
		}
		return ix.df[cs[i].term] > ix.df[cs[j].term]
	})
	if len(cs) > maxCands {
		cs = cs[:maxCands]
	}
	return cs
}

// completions adds the most frequent terms that start with w.
func (ix *Index) completions(w string, cs []cand, have func(int32) bool) []cand {
	lo := ix.terms.search(w)
	var best []int32
	for t := lo; t < ix.terms.len() && strings.HasPrefix(ix.terms.at(t), w); t++ {
		if ix.terms.at(t) == w || have(int32(t)) {
			continue
		}
		best = append(best, int32(t))
		if len(best) > 4*maxPrefix {
			sort.Slice(best, func(i, j int) bool { return ix.df[best[i]] > ix.df[best[j]] })
			best = best[:maxPrefix]
		}
	}
	sort.SliceStable(best, func(i, j int) bool { return ix.df[best[i]] > ix.df[best[j]] })
	if len(best) > maxPrefix {
		best = best[:maxPrefix]
	}
	for _, t := range best {
		cs = append(cs, cand{t, weightPrefix})
	}
	return cs
}

// typos adds the terms within the word's typo budget: one edit from four
// letters, two from eight. Only the length buckets that can be in reach are
// scanned, and a letter-set test rejects most terms before the distance is
// computed.
func (ix *Index) typos(w string, cs []cand, have func(int32) bool) []cand {
	var buf, tbuf [maxRunes]rune
	q := runesOf(w, &buf)
	k := typoBudget(len(q))
	if k == 0 {
		return cs
	}
	for _, c := range ix.near(q, k, &tbuf) {
		if have(c.term) {
			continue
		}
		weight := float32(weightTypo1)
		if c.dist == 2 {
			weight = weightTypo2
		}
		cs = append(cs, cand{c.term, weight})
	}
	return cs
}

type near struct {
	term int32
	dist int
}

// near returns the terms within k edits of q (excluding q itself).
func (ix *Index) near(q []rune, k int, tbuf *[maxRunes]rune) []near {
	var out []near
	qm := letterMask(q)
	for l := len(q) - k; l <= len(q)+k; l++ {
		if l < 1 || l+1 >= len(ix.lenOff) {
			continue
		}
		for _, t := range ix.lenTerms[ix.lenOff[l]:ix.lenOff[l+1]] {
			m := ix.mask[t]
			if bits.OnesCount32(qm&^m) > k || bits.OnesCount32(m&^qm) > k {
				continue
			}
			d := distance(q, runesOf(ix.terms.at(int(t)), tbuf), k)
			if d > 0 && d <= k {
				out = append(out, near{t, d})
			}
		}
	}
	return out
}
