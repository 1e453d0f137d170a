package site

import "sort"

// Count is how often an entity is mentioned in one article.
type Count struct {
	Entity string
	Type   string
	Name   string
	N      int
}

// Counts returns the entities mentioned in t with their mention counts,
// most mentioned first (then by id, for a stable order).
func Counts(t *Text) []Count { return counts(t, false) }

// counts is Counts, without the mentions found with low confidence when
// sure is set.
func counts(t *Text, sure bool) []Count {
	idx := map[string]int{}
	var out []Count
	blocks := t.Blocks()
	for b, marks := range t.Marks {
		var runes []rune // block b, read once: a long block names thousands
		if b < len(blocks) {
			runes = []rune(blocks[b])
		}
		for _, m := range marks {
			if m.Entity == "" || sure && m.Low {
				continue
			}
			i, ok := idx[m.Entity]
			if !ok {
				i = len(out)
				idx[m.Entity] = i
				name := runeSlice(runes, m.Start, m.End)
				out = append(out, Count{Entity: m.Entity, Type: m.Type, Name: name})
			}
			out[i].N++
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Entity < out[j].Entity
	})
	return out
}

// Shared is one entity found in both articles of a comparison.
type Shared struct {
	Entity      string
	Type        string
	Name        string
	Left, Right int
}

// Compare splits the entities of two articles into those found in both
// (most mentioned overall first) and those found on one side only,
// counting only the mentions shown by default: one found with low
// confidence is not highlighted, so it is not listed either (issue 15).
func Compare(left, right *Text) (both []Shared, onlyLeft, onlyRight []Count) {
	lc, rc := counts(left, true), counts(right, true)
	rIdx := map[string]int{}
	for i, c := range rc {
		rIdx[c.Entity] = i
	}
	inBoth := map[string]bool{}
	for _, c := range lc {
		if j, ok := rIdx[c.Entity]; ok {
			both = append(both, Shared{Entity: c.Entity, Type: c.Type, Name: c.Name, Left: c.N, Right: rc[j].N})
			inBoth[c.Entity] = true
		} else {
			onlyLeft = append(onlyLeft, c)
		}
	}
	for _, c := range rc {
		if !inBoth[c.Entity] {
			onlyRight = append(onlyRight, c)
		}
	}
	sort.SliceStable(both, func(i, j int) bool {
		a, b := both[i].Left+both[i].Right, both[j].Left+both[j].Right
		if a != b {
			return a > b
		}
		return both[i].Entity < both[j].Entity
	})
	return both, onlyLeft, onlyRight
}

func runeSlice(r []rune, start, end int) string {
	if start < 0 || end > len(r) || start >= end {
		return ""
	}
	return string(r[start:end])
}
