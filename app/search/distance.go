package search

// typoBudget is how many edits a query term of n letters may carry: none
// under four letters, one from four, two from eight.
func typoBudget(n int) int {
	switch {
	case n >= 8:
		return 2
	case n >= 4:
		return 1
	}
	return 0
}

// Distance is the project's one typo measure: the optimal string
// alignment distance between a and b (see distance), or max+1 as soon as
// it is sure to exceed max. The search index, the entities page's filter
// and the suggestions all count typos with it.
func Distance(a, b []rune, max int) int { return distance(a, b, max) }

// distance returns the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and swaps of two neighbours each
// count one), or max+1 as soon as it is sure to exceed max. Both strings are
// folded terms, compared rune by rune.
func distance(a, b []rune, max int) int {
	la, lb := len(a), len(b)
	if d := la - lb; d > max || -d > max {
		return max + 1
	}
	if la == 0 || lb == 0 {
		return la + lb
	}
	// Three rows: previous-previous (for swaps), previous, current.
	var buf [3 * 64]int
	var rows []int
	if lb+1 <= 64 {
		rows = buf[:3*(lb+1)]
	} else {
		rows = make([]int, 3*(lb+1))
	}
	pp, p, c := rows[:lb+1], rows[lb+1:2*(lb+1)], rows[2*(lb+1):]
	for j := range p {
		p[j] = j
	}
	for i := 1; i <= la; i++ {
		c[0] = i
		low := c[0]
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := p[j-1] + cost
			if d := p[j] + 1; d < v {
				v = d
			}
			if d := c[j-1] + 1; d < v {
				v = d
			}
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				if d := pp[j-2] + 1; d < v {
					v = d
				}
			}
			c[j] = v
			if v < low {
				low = v
			}
		}
		if low > max {
			return max + 1
		}
		pp, p, c = p, c, pp
	}
	if p[lb] > max {
		return max + 1
	}
	return p[lb]
}

// letterMask sets one bit per letter a-z (and one shared bit for anything
// else) present in w. Each edit adds or removes at most one letter, so two
// words within k edits differ by at most k letters each way: a cheap test
// that rejects most of the vocabulary before distance runs.
func letterMask(w []rune) uint32 {
	var m uint32
	for _, r := range w {
		if 'a' <= r && r <= 'z' {
			m |= 1 << uint(r-'a')
		} else {
			m |= 1 << 26
		}
	}
	return m
}
