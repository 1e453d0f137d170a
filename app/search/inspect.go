package search

import (
	"math/bits"
	"sort"
)

// inspect looks closer at one leading document: how close its matched words
// stand (0..1, 1 when adjacent), which paragraph holds most of them, and
// which index terms matched.
func (ix *Index) inspect(d int32, units []unit, cands [][]cand, s *scratch, phrasePos []map[int32][]int32) (prox float64, para int, terms []string) {
	n := ix.ids.len()
	type tagged struct {
		pos  int32
		unit int
	}
	var all []tagged
	var buf []int32
	seen := map[int32]bool{}
	for u := range units {
		if s.covered[d]&(1<<uint(u)) == 0 {
			continue
		}
		// Mark only the unit's strongest forms found here: when the exact
		// word is in the article, its two-typo neighbours ("matière" for
		// "maiziere") are noise. Same-stem forms stay with the exact one.
		var top float32
		for m := s.cmask[u*n+int(d)]; m != 0; m &= m - 1 {
			if w := cands[u][bits.TrailingZeros32(m)].weight; w > top {
				top = w
			}
		}
		for m := s.cmask[u*n+int(d)]; m != 0; m &= m - 1 {
			c := cands[u][bits.TrailingZeros32(m)]
			if c.weight < top-0.15 {
				continue
			}
			t := c.term
			if !seen[t] {
				seen[t] = true
				terms = append(terms, ix.terms.at(int(t)))
			}
		}
		if units[u].phrase {
			buf = append(buf[:0], phrasePos[u][d]...)
		} else {
			buf = ix.positionsAt(uint32(s.best[u*n+int(d)]), buf[:0])
		}
		for _, p := range buf {
			all = append(all, tagged{p, u})
		}
	}
	sort.Strings(terms)
	sort.Slice(all, func(i, j int) bool { return all[i].pos < all[j].pos })

	// Best paragraph: most distinct units, then most occurrences, earliest.
	para = -1
	np := ix.paraCount(int(d))
	masks := make([]uint32, np)
	counts := make([]int, np)
	for _, t := range all {
		if p := ix.para(int(d), t.pos); p >= 0 && p < np {
			masks[p] |= 1 << uint(t.unit)
			counts[p]++
		}
	}
	bestU, bestC := 0, 0
	for p := range masks {
		u := bits.OnesCount32(masks[p])
		if u > bestU || u == bestU && counts[p] > bestC {
			para, bestU, bestC = p, u, counts[p]
		}
	}

	// Proximity: the narrowest window holding one position of every
	// matched unit.
	m := bits.OnesCount32(s.covered[d])
	if m < 2 {
		return 0, para, terms
	}
	count := make([]int, len(units))
	have, lo := 0, 0
	span := int32(math32Max)
	for hi := range all {
		if count[all[hi].unit] == 0 {
			have++
		}
		count[all[hi].unit]++
		for have == m {
			if w := all[hi].pos - all[lo].pos; w < span {
				span = w
			}
			count[all[lo].unit]--
			if count[all[lo].unit] == 0 {
				have--
			}
			lo++
		}
	}
	if span == math32Max {
		return 0, para, terms
	}
	if span < int32(m-1) {
		span = int32(m - 1)
	}
	return float64(m-1) / float64(span), para, terms
}

const math32Max = 1<<31 - 1
