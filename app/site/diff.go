package site

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// StoryDiffs is what the build works out of one story for the pages that
// show its versions, so that the page never aligns texts itself (the
// alignment, app/story, stays out of app.wasm): the differences of pairs
// of its versions (the compare view's differences mode) and which
// sentences each version has (the group view). Every text is a TextRun of
// the articles' own Text, which the page loads anyway.
type StoryDiffs struct {
	// ID is the story's id; Articles its versions, as in Story.
	ID       string
	Articles []string
	// Earliest are the indexes in Articles of the versions published
	// first (all those that tie), none when no version has a date.
	Earliest []int
	// Rows are every sentence of any version, in reading order.
	Rows []MatrixRow
	// Pairs are the pairs of versions aligned: all of them for a story
	// of at most AllPairsUpTo versions, else each version with the first.
	Pairs []PairDiff
}

// AllPairsUpTo is the most versions a story can have for the build to
// align every pair of them (28 pairs at 8); a bigger story gets the pairs
// of each version with its earliest one, and the other pairs are aligned
// on demand in the ingestion worker.
const AllPairsUpTo = 8

// MatrixRow is one sentence of a story across its versions.
type MatrixRow struct {
	// Version is the index in Articles of the first version that has the
	// sentence, and Text where it is in that version's text.
	Version int
	Text    TextRun
	// Cells has one Diff per version: "same", "changed" (with words
	// changed) or "" (the version does not have it).
	Cells []string
}

// PairDiff is two versions of a story aligned sentence by sentence, as
// the differences mode shows them.
type PairDiff struct {
	Left, Right string
	// Headline is the two titles compared word by word.
	Headline DiffUnit
	// Units are in the left version's reading order, a sentence only on
	// the right before the next sentence both have that did not move.
	Units []DiffUnit
}

// DiffUnit is one aligned unit: a sentence of each side or of one only.
type DiffUnit struct {
	// Diff is "same", "changed", "left" or "right": the data-diff
	// attribute of its row.
	Diff string
	// Moved marks a sentence both have, in another place among the rest.
	Moved bool
	// Left and Right are the unit's text on each side, nil on the side
	// that does not have it: one span, or for a changed sentence its runs
	// of words, the Changed ones shown in <del> (left) or <ins> (right).
	Left, Right []TextRun
}

// TextRun is a run of an article's text: bytes [Start, End) of paragraph
// Para, or of the title when Para is -1.
type TextRun struct {
	Para, Start, End int
	Changed          bool
}

// DiffSummary counts a PairDiff's units by kind; Moved counts the same and
// changed units that moved.
type DiffSummary struct {
	Same, Changed, LeftOnly, RightOnly, Moved int
}

// Summary counts p's units.
func (p *PairDiff) Summary() DiffSummary {
	var s DiffSummary
	for _, u := range p.Units {
		switch u.Diff {
		case "same":
			s.Same++
		case "changed":
			s.Changed++
		case "left":
			s.LeftOnly++
		case "right":
			s.RightOnly++
		}
		if u.Moved {
			s.Moved++
		}
	}
	return s
}

// Swapped returns p with its sides swapped, in the new left version's
// reading order: compare?left=B&right=A reads what was stored for A and B.
func (p *PairDiff) Swapped() PairDiff {
	q := PairDiff{Left: p.Right, Right: p.Left, Headline: p.Headline.swapped()}
	var paired []DiffUnit // units with a sentence on the new left, in its order
	var rightOnly []DiffUnit
	for _, u := range p.Units {
		if u = u.swapped(); u.Left != nil {
			paired = append(paired, u)
		} else {
			rightOnly = append(rightOnly, u)
		}
	}
	sortUnits(paired, func(u DiffUnit) []TextRun { return u.Left })
	sortUnits(rightOnly, func(u DiffUnit) []TextRun { return u.Right })
	// Each sentence only on the right goes before the first sentence
	// both have, not moved, that comes after it on the right.
	k := 0
	for _, u := range paired {
		for k < len(rightOnly) && u.Right != nil && !u.Moved && before(rightOnly[k].Right[0], u.Right[0]) {
			q.Units = append(q.Units, rightOnly[k])
			k++
		}
		q.Units = append(q.Units, u)
	}
	q.Units = append(q.Units, rightOnly[k:]...)
	return q
}

func (u DiffUnit) swapped() DiffUnit {
	u.Left, u.Right = u.Right, u.Left
	switch u.Diff {
	case "left":
		u.Diff = "right"
	case "right":
		u.Diff = "left"
	}
	return u
}

// sortUnits sorts us by where side(u) begins (a stable insertion sort:
// the units are nearly in order already).
func sortUnits(us []DiffUnit, side func(DiffUnit) []TextRun) {
	for i := 1; i < len(us); i++ {
		for j := i; j > 0 && before(side(us[j])[0], side(us[j-1])[0]); j-- {
			us[j], us[j-1] = us[j-1], us[j]
		}
	}
}

func before(a, b TextRun) bool { return a.Para < b.Para || a.Para == b.Para && a.Start < b.Start }

// Pair returns the alignment of versions left and right (ids) of d, and
// false when d does not have it; for a pair stored the other way round it
// is swapped.
func (d *StoryDiffs) Pair(left, right string) (PairDiff, bool) {
	for i := range d.Pairs {
		p := &d.Pairs[i]
		if p.Left == left && p.Right == right {
			return *p, true
		}
		if p.Left == right && p.Right == left {
			return p.Swapped(), true
		}
	}
	return PairDiff{}, false
}

// Run returns the text of run s of t, or "" when t does not have it.
func (t *Text) Run(s TextRun) string {
	text := t.Title
	if s.Para >= 0 {
		if s.Para >= len(t.Paragraphs) {
			return ""
		}
		text = t.Paragraphs[s.Para]
	}
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Diff codes in the encoding.
var diffCodes = []string{"", "same", "changed", "left", "right"}

func diffCode(d string) (byte, error) {
	for i, c := range diffCodes {
		if c == d {
			return byte(i), nil
		}
	}
	return 0, fmt.Errorf("unknown diff %q", d)
}

// EncodeStoryDiffs writes stories compactly: unsigned varints, strings
// as their length and bytes, each unit as one byte (its kind, whether it
// moved, which sides it has) and each side as its paragraph, start and
// the lengths of its runs. About 10 bytes a sentence.
func EncodeStoryDiffs(stories []StoryDiffs) ([]byte, error) {
	var b []byte
	num := func(n int) { b = binary.AppendUvarint(b, uint64(n)) }
	str := func(s string) { num(len(s)); b = append(b, s...) }
	spans := func(ss []TextRun) {
		num(ss[0].Para + 1)
		num(ss[0].Start)
		num(len(ss))
		for _, s := range ss {
			n := (s.End - s.Start) << 1
			if s.Changed {
				n |= 1
			}
			num(n)
		}
	}
	unit := func(u DiffUnit) error {
		c, err := diffCode(u.Diff)
		if err != nil {
			return err
		}
		if u.Moved {
			c |= 1 << 3
		}
		if u.Left != nil {
			c |= 1 << 4
		}
		if u.Right != nil {
			c |= 1 << 5
		}
		b = append(b, c)
		if u.Left != nil {
			spans(u.Left)
		}
		if u.Right != nil {
			spans(u.Right)
		}
		return nil
	}
	num(len(stories))
	for _, st := range stories {
		str(st.ID)
		num(len(st.Articles))
		at := make(map[string]int, len(st.Articles))
		for i, id := range st.Articles {
			str(id)
			at[id] = i
		}
		num(len(st.Earliest))
		for _, e := range st.Earliest {
			num(e)
		}
		num(len(st.Rows))
		for _, r := range st.Rows {
			num(r.Version)
			num(r.Text.Para + 1)
			num(r.Text.Start)
			num(r.Text.End - r.Text.Start)
			if len(r.Cells) != len(st.Articles) {
				return nil, fmt.Errorf("story %s: a row has %d cells for %d versions", st.ID, len(r.Cells), len(st.Articles))
			}
			for _, c := range r.Cells {
				code, err := diffCode(c)
				if err != nil {
					return nil, err
				}
				b = append(b, code)
			}
		}
		num(len(st.Pairs))
		for _, p := range st.Pairs {
			l, okl := at[p.Left]
			r, okr := at[p.Right]
			if !okl || !okr {
				return nil, fmt.Errorf("story %s: pair %s, %s of other articles", st.ID, p.Left, p.Right)
			}
			num(l)
			num(r)
			if err := unit(p.Headline); err != nil {
				return nil, err
			}
			num(len(p.Units))
			for _, u := range p.Units {
				if err := unit(u); err != nil {
					return nil, err
				}
			}
		}
	}
	return b, nil
}

// DecodeStoryDiffs reads what EncodeStoryDiffs wrote.
func DecodeStoryDiffs(b []byte) ([]StoryDiffs, error) {
	d := decoder{b: b}
	n := d.count()
	out := make([]StoryDiffs, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		var st StoryDiffs
		st.ID = d.str()
		st.Articles = make([]string, d.count())
		for k := range st.Articles {
			st.Articles[k] = d.str()
		}
		st.Earliest = make([]int, d.count())
		for k := range st.Earliest {
			st.Earliest[k] = d.index(len(st.Articles))
		}
		st.Rows = make([]MatrixRow, d.count())
		for k := range st.Rows {
			r := &st.Rows[k]
			r.Version = d.index(len(st.Articles))
			r.Text.Para = d.num() - 1
			r.Text.Start = d.num()
			r.Text.End = r.Text.Start + d.num()
			r.Cells = make([]string, len(st.Articles))
			for c := range r.Cells {
				r.Cells[c] = diffCodes[d.index(len(diffCodes))]
			}
		}
		st.Pairs = make([]PairDiff, d.count())
		for k := range st.Pairs {
			p := &st.Pairs[k]
			p.Left = st.Articles[d.index(len(st.Articles))]
			p.Right = st.Articles[d.index(len(st.Articles))]
			p.Headline = d.unit()
			p.Units = make([]DiffUnit, d.count())
			for u := range p.Units {
				p.Units[u] = d.unit()
			}
		}
		out = append(out, st)
	}
	if d.err == nil && len(d.b) > 0 {
		d.err = errors.New("trailing bytes")
	}
	if d.err != nil {
		return nil, fmt.Errorf("story differences: %w", d.err)
	}
	return out, nil
}

// decoder reads varints off b; the first error stops it (every later read
// gives zero).
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) num() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 || v > 1<<31 {
		d.err = errors.New("bad number")
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

// count reads a number of items, each at least a byte long.
func (d *decoder) count() int {
	n := d.num()
	if n > len(d.b) {
		d.err = errors.New("count past the end")
		return 0
	}
	return n
}

// index reads a number below n.
func (d *decoder) index(n int) int {
	v := d.num()
	if v >= n {
		if d.err == nil {
			d.err = fmt.Errorf("index %d out of %d", v, n)
		}
		return 0
	}
	return v
}

func (d *decoder) str() string {
	n := d.count()
	if d.err != nil {
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) byte() byte {
	if d.err == nil && len(d.b) == 0 {
		d.err = errors.New("unexpected end")
	}
	if d.err != nil {
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) unit() DiffUnit {
	c := d.byte()
	if int(c&7) >= len(diffCodes) {
		d.err = fmt.Errorf("bad unit %#x", c)
	}
	u := DiffUnit{Diff: diffCodes[c&7%byte(len(diffCodes))], Moved: c&(1<<3) != 0}
	if c&(1<<4) != 0 {
		u.Left = d.spans()
	}
	if c&(1<<5) != 0 {
		u.Right = d.spans()
	}
	return u
}

func (d *decoder) spans() []TextRun {
	para, at := d.num()-1, d.num()
	out := make([]TextRun, d.count())
	for i := range out {
		n := d.num()
		out[i] = TextRun{Para: para, Start: at, End: at + n>>1, Changed: n&1 == 1}
		at += n >> 1
	}
	if len(out) == 0 && d.err == nil {
		d.err = errors.New("a side without text")
	}
	return out
}
