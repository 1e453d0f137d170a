package entity

import "sort"

// propagate makes an article consistent with itself. A name recognised
// once is found again where its cue was missing (a sentence start, a
// second "Chine nouvelle"); a person's surname alone ("Cazeneuve",
// "Le Drian") is that person; one text keeps one type, the majority.
func propagate(toks [][]token, spans [][]span) {
	votes := map[string]map[Type]int{}
	vote := func(k string, t Type, w int) {
		if votes[k] == nil {
			votes[k] = map[Type]int{}
		}
		votes[k][t] += w
	}
	for b, ss := range spans {
		for _, s := range ss {
			if s.typ == DATE || s.runeEnd > 0 {
				continue
			}
			vote(keyOf(toks[b], s.from, s.to), s.typ, 1)
			if s.typ == PER {
				// Tails of a full name: "Le Drian", "Drian", "de Maizière".
				for k := s.from + 1; k < s.to; k++ {
					if isCap(toks[b][k]) || lists().particles[Fold(toks[b][k].text)] {
						vote(keyOf(toks[b], k, s.to), PER, 3)
					}
				}
			}
		}
	}
	best := map[string]Type{}
	for k, vs := range votes {
		var top Type
		for _, t := range []Type{PER, ORG, LOC} {
			if vs[t] > vs[top] {
				top = t
			}
		}
		best[k] = top
	}
	for b := range spans {
		ts := toks[b]
		covered := make([]bool, len(ts))
		for i, s := range spans[b] {
			for k := s.from; k < s.to; k++ {
				covered[k] = true
			}
			if s.typ != DATE && s.runeEnd == 0 {
				if t, ok := best[keyOf(ts, s.from, s.to)]; ok && t != "" && t != s.typ {
					spans[b][i].typ, spans[b][i].why = t, whyPropagated
				}
			}
		}
		// A name known in a longer form elsewhere takes the words that
		// follow it here: "Chine" + "nouvelle".
		for i, s := range spans[b] {
			if s.typ == DATE || s.runeEnd > 0 {
				continue
			}
			for j := min(len(ts), s.from+8); j > s.to; j-- {
				if !free(covered, s.to, j) {
					continue
				}
				if t, ok := best[keyOf(ts, s.from, j)]; ok && t != "" {
					for k := s.to; k < j; k++ {
						covered[k] = true
					}
					spans[b][i].to, spans[b][i].typ = j, t
					break
				}
			}
		}
		for i := 0; i < len(ts); i++ {
			if covered[i] || !isCap(ts[i]) {
				continue
			}
			for j := min(len(ts), i+8); j > i; j-- {
				if !free(covered, i, j) || (j < len(ts) && isCap(ts[j])) {
					continue
				}
				if t, ok := best[keyOf(ts, i, j)]; ok && t != "" {
					spans[b] = append(spans[b], span{from: i, to: j, typ: t, why: whyPropagated})
					for k := i; k < j; k++ {
						covered[k] = true
					}
					i = j - 1
					break
				}
			}
		}
		sort.Slice(spans[b], func(x, y int) bool {
			sx, sy := spans[b][x], spans[b][y]
			if sx.from != sy.from {
				return sx.from < sy.from
			}
			return sx.runeStart < sy.runeStart
		})
	}
}

func free(covered []bool, from, to int) bool {
	for k := from; k < to; k++ {
		if covered[k] {
			return false
		}
	}
	return true
}
