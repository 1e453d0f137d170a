package search

import (
	"math/bits"
	"slices"
	"sort"
)

// posUnit is one position of a matched word in a document and the query
// unit it matched.
type posUnit struct {
	pos  int32
	unit int
}

// inspectScratch holds inspect's working lists, kept from one leading
// document to the next and from one search to the next (in scratch): a
// keystroke inspects up to 60 documents, and making these lists for
// each was most of a keystroke's allocations (BenchmarkKeystroke in
// app/ui at 1,000 articles), each one work for wasm's garbage collector
// on the reader's next keys.
type inspectScratch struct {
	all    []posUnit
	buf    []int32
	seen   []int32 // the index terms of the document's marked words
	masks  []uint32
	counts []int
	count  []int
	byPos  byPos // all, sorted in place (a field, so that sort.Sort takes its address without allocating)
}

// byPos sorts positions by position, then unit: the order of one
// position's units changes neither the paragraph nor the narrowest
// window inspect finds. (A sort.Interface: the sort package's code is in
// app.wasm anyway, where slices.SortFunc for this type added 26 KB.)
type byPos []posUnit

func (p byPos) Len() int      { return len(p) }
func (p byPos) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p byPos) Less(i, j int) bool {
	return p[i].pos < p[j].pos || p[i].pos == p[j].pos && p[i].unit < p[j].unit
}

// inspect looks closer at one leading document: how close its matched words
// stand (0..1, 1 when adjacent), which paragraph holds most of them, and
// which index terms matched.
func (ix *Index) inspect(d int32, units []unit, cands [][]cand, s *scratch, phrasePos []map[int32][]int32) (prox float64, para int, terms []string) {
	n := ix.ids.len()
	ws := &s.inspect
	all, buf, seen := ws.all[:0], ws.buf, ws.seen[:0]
	defer func() { ws.all, ws.buf, ws.seen = all, buf, seen }()
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
			if !slices.Contains(seen, t) {
				seen = append(seen, t)
				terms = append(terms, ix.terms.at(int(t)))
			}
		}
		if units[u].phrase {
			buf = append(buf[:0], phrasePos[u][d]...)
		} else {
			buf = ix.positionsAt(uint32(s.best[u*n+int(d)]), buf[:0])
		}
		for _, p := range buf {
			all = append(all, posUnit{p, u})
		}
	}
	sort.Strings(terms)
	// By position, then unit: the order of one position's units changes
	// neither the paragraph nor the narrowest window below.
	ws.byPos = all
	sort.Sort(&ws.byPos)

	// Best paragraph: most distinct units, then most occurrences, earliest.
	para = -1
	np := ix.paraCount(int(d))
	masks, counts := zeroed(ws.masks, np), zeroed(ws.counts, np)
	ws.masks, ws.counts = masks, counts
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
	count := zeroed(ws.count, len(units))
	ws.count = count
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

// zeroed returns s with length n, every element zero, reusing its array
// when it is large enough.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
