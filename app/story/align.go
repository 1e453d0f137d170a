package story

import (
	"slices"
	"sort"
	"strings"
)

// Diff says what an aligned unit of two versions is. Its values are the
// data-diff attribute of the unit's element in the compare view.
type Diff string

const (
	// Same is a sentence both versions have, word for word.
	Same Diff = "same"
	// Changed is a sentence both versions have with words changed.
	Changed Diff = "changed"
	// LeftOnly is a sentence only the left version has.
	LeftOnly Diff = "left"
	// RightOnly is a sentence only the right version has.
	RightOnly Diff = "right"
)

// Unit is one aligned unit of two versions: a sentence of each (Same or
// Changed) or of one only.
type Unit struct {
	Diff Diff
	// Left and Right are the sentence's index in Alignment.Left and
	// Alignment.Right, or -1 on the side that does not have it.
	Left, Right int
	// Moved is true for a sentence both versions have but in another
	// place relative to the others: the few pairs left out of the longest
	// run of pairs in the same order on both sides.
	Moved bool
	// Edits are the word changes of a Changed sentence, nil otherwise.
	Edits []Edit
}

// Summary counts the units of an alignment by kind; Moved counts the Same
// and Changed units that moved.
type Summary struct {
	Same, Changed, LeftOnly, RightOnly, Moved int
}

// Alignment is two versions of a story aligned sentence by sentence.
type Alignment struct {
	Left, Right []Sentence
	// Units are in reading order: the left version's order, each sentence
	// only on the right placed before the next sentence both have that did
	// not move.
	Units   []Unit
	Summary Summary
}

// Pieces is the text of unit u in one pane (left when left is true): its
// words with the changed ones marked for a Changed unit, its sentence
// whole otherwise; nil when that side does not have it.
func (a *Alignment) Pieces(u Unit, left bool) []Piece {
	if u.Diff == Changed {
		return Side(u.Edits, left)
	}
	if left && u.Left >= 0 {
		return []Piece{{Text: a.Left[u.Left].Text}}
	}
	if !left && u.Right >= 0 {
		return []Piece{{Text: a.Right[u.Right].Text}}
	}
	return nil
}

// MinChanged is the least similarity (Dice coefficient of their words,
// case folded) for two different sentences to be one sentence changed
// rather than one removed and one added.
const MinChanged = 0.5

// Align aligns two versions of a story, given as their paragraphs,
// sentence by sentence. Identical sentences pair first (in order, when a
// sentence repeats), then the most similar remaining ones, however far
// they moved; what is left is on one side only.
func Align(left, right []string) Alignment { return NewAligner().Align(left, right) }

// Aligner aligns the versions of one story, pair after pair and in
// their Matrix, preparing each distinct sentence (its words, their keys
// and hashes) once: versions share most of their sentences, and the
// preparation is most of the work of an alignment. Not safe for
// concurrent use.
type Aligner struct {
	prepared map[string]*prepared
}

// NewAligner returns an Aligner with nothing prepared yet.
func NewAligner() *Aligner { return &Aligner{prepared: map[string]*prepared{}} }

// prepare returns sentence s prepared, once per distinct s.
func (al *Aligner) prepare(s string) *prepared {
	p, ok := al.prepared[s]
	if !ok {
		q := prepare(s)
		p = &q
		al.prepared[s] = p
	}
	return p
}

// Align is Align with the sentences prepared once.
func (al *Aligner) Align(left, right []string) Alignment {
	a := Alignment{Left: Split(left), Right: Split(right)}
	lt, rt := make([]string, len(a.Left)), make([]string, len(a.Right))
	for i, s := range a.Left {
		lt[i] = s.Text
	}
	for i, s := range a.Right {
		rt[i] = s.Text
	}
	a.Units = al.alignTexts(lt, rt)
	for _, u := range a.Units {
		switch u.Diff {
		case Same:
			a.Summary.Same++
		case Changed:
			a.Summary.Changed++
		case LeftOnly:
			a.Summary.LeftOnly++
		case RightOnly:
			a.Summary.RightOnly++
		}
		if u.Moved {
			a.Summary.Moved++
		}
	}
	return a
}

// Headline compares two titles word by word: a Same or Changed unit whose
// Edits are always set (one Keep for the same title), Left and Right 0.
func Headline(left, right string) Unit {
	e := Words(left, right)
	d := Same
	for _, x := range e {
		if x.Op != Keep {
			d = Changed
			break
		}
	}
	return Unit{Diff: d, Edits: e}
}

// prepared is a sentence ready for matching.
type prepared struct {
	toks []token
	key  string // the token keys: equal keys, same sentence
	// bag holds the sorted hashes of its words, case folded; int, not
	// uint64, because app.wasm already carries the sort for []int.
	bag []int
}

func prepare(s string) prepared {
	p := prepared{toks: tokens(s)}
	var b strings.Builder
	var hashes []uint64
	for _, t := range p.toks {
		b.WriteString(t.key)
		b.WriteByte(0)
		if t.word {
			hashes = appendWordHashes(hashes, t.key)
		}
	}
	p.key = b.String()
	p.bag = make([]int, len(hashes))
	for i, h := range hashes {
		p.bag[i] = int(h)
	}
	slices.Sort(p.bag)
	return p
}

// dice is 2·|a∩b| / (|a|+|b|) over the multisets of words.
func dice(a, b []int) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// alignTexts aligns two lists of sentences (see Align) into units in
// reading order.
func (al *Aligner) alignTexts(left, right []string) []Unit {
	lp, rp := make([]*prepared, len(left)), make([]*prepared, len(right))
	for i, s := range left {
		lp[i] = al.prepare(s)
	}
	for j, s := range right {
		rp[j] = al.prepare(s)
	}
	match := make([]int, len(left)) // left → right, or -1
	taken := make([]bool, len(right))
	byKey := map[string][]int{}
	for j, p := range rp {
		byKey[p.key] = append(byKey[p.key], j)
	}
	for i, p := range lp {
		match[i] = -1
		if js := byKey[p.key]; len(js) > 0 {
			match[i], taken[js[0]] = js[0], true
			byKey[p.key] = js[1:]
		}
	}
	// The most similar of the rest, greedily.
	type cand struct {
		i, j int
		sim  float64
		dist float64
	}
	// Each left sentence keeps its bestPerSentence most similar right
	// ones, so that a text of many alike sentences sorts a few candidates
	// per sentence, not all pairs.
	const bestPerSentence = 4
	better := func(x, y cand) bool {
		if x.sim != y.sim {
			return x.sim > y.sim
		}
		return x.dist < y.dist
	}
	var cands []cand
	for i := range lp {
		if match[i] >= 0 {
			continue
		}
		var best []cand
		for j := range rp {
			if taken[j] {
				continue
			}
			na, nb := len(lp[i].bag), len(rp[j].bag)
			if 2*min(na, nb) < min(na, nb)+max(na, nb)/3 {
				continue // too different in length to reach MinChanged
			}
			s := dice(lp[i].bag, rp[j].bag)
			if s < MinChanged {
				continue
			}
			d := float64(i)/float64(len(lp)) - float64(j)/float64(len(rp))
			c := cand{i, j, s, max(d, -d)}
			if len(best) == bestPerSentence {
				if !better(c, best[len(best)-1]) {
					continue
				}
				best = best[:len(best)-1]
			}
			k := len(best)
			best = append(best, c)
			for ; k > 0 && better(c, best[k-1]); k-- {
				best[k] = best[k-1]
			}
			best[k] = c
		}
		cands = append(cands, best...)
	}
	// sort.Slice rather than slices.SortFunc: app.wasm already has it, and
	// a generic sort of cand would add its own copy.
	sort.Slice(cands, func(a, b int) bool {
		x, y := cands[a], cands[b]
		if x.sim != y.sim {
			return x.sim > y.sim
		}
		if x.dist != y.dist {
			return x.dist < y.dist
		}
		if x.i != y.i {
			return x.i < y.i
		}
		return x.j < y.j
	})
	for _, c := range cands {
		if match[c.i] < 0 && !taken[c.j] {
			match[c.i], taken[c.j] = c.j, true
		}
	}
	moved := movedPairs(match)

	type placed struct {
		at, sub, j int
		u          Unit
	}
	var units []placed
	for i, j := range match {
		u := Unit{Diff: LeftOnly, Left: i, Right: -1}
		if j >= 0 {
			u = Unit{Diff: Same, Left: i, Right: j, Moved: moved[i]}
			if lp[i].key != rp[j].key {
				u.Diff, u.Edits = Changed, diffTokens(lp[i].toks, rp[j].toks)
			}
		}
		units = append(units, placed{at: i, u: u})
	}
	// A sentence only on the right goes before the next right sentence
	// that is paired and did not move.
	leftOf := make([]int, len(right)) // right → its left pair if it stays in place, or -1
	for j := range leftOf {
		leftOf[j] = -1
	}
	for i, j := range match {
		if j >= 0 && !moved[i] {
			leftOf[j] = i
		}
	}
	next := len(left)
	for j := len(right) - 1; j >= 0; j-- {
		if leftOf[j] >= 0 {
			next = leftOf[j]
			continue
		}
		if !taken[j] {
			units = append(units, placed{at: next, sub: -1, j: j, u: Unit{Diff: RightOnly, Left: -1, Right: j}})
		}
	}
	sort.SliceStable(units, func(x, y int) bool {
		a, b := units[x], units[y]
		if a.at != b.at {
			return a.at < b.at
		}
		if a.sub != b.sub {
			return a.sub < b.sub
		}
		return a.j < b.j
	})
	out := make([]Unit, len(units))
	for k, p := range units {
		out[k] = p.u
	}
	return out
}

// movedPairs marks the left sentences whose pair is out of order: those
// not in a longest increasing run of right indexes (patience sorting).
func movedPairs(match []int) []bool {
	moved := make([]bool, len(match))
	var idx []int          // left indexes of the paired sentences, in order
	tails := []int{}       // tails[k]: position in idx of the smallest tail of a run of length k+1
	prev := make([]int, 0) // prev[p]: position in idx before p in its run
	for i, j := range match {
		if j < 0 {
			continue
		}
		p := len(idx)
		idx = append(idx, i)
		k := sort.Search(len(tails), func(k int) bool { return match[idx[tails[k]]] >= j })
		before := -1
		if k > 0 {
			before = tails[k-1]
		}
		prev = append(prev, before)
		if k == len(tails) {
			tails = append(tails, p)
		} else {
			tails[k] = p
		}
	}
	inRun := make([]bool, len(idx))
	if len(tails) > 0 {
		for p := tails[len(tails)-1]; p >= 0; p = prev[p] {
			inRun[p] = true
		}
	}
	for p, i := range idx {
		moved[i] = !inRun[p]
	}
	return moved
}
