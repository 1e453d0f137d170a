package search

import "unicode"

// Range is a half-open span of rune offsets into a text.
type Range struct{ Start, End int }

// Segment is a run of text that is either plain or a match.
type Segment struct {
	Text  string
	Match bool
}

// Segments splits s into plain and matched parts. Ranges are rune offsets
// into s, sorted and non-overlapping, as produced by Passage and Highlight;
// ranges out of order or out of bounds are clipped or skipped, never a
// panic.
func Segments(s string, ranges []Range) []Segment {
	rs := []rune(s)
	var out []Segment
	at := 0
	for _, r := range ranges {
		if r.Start < at {
			r.Start = at
		}
		if r.End > len(rs) {
			r.End = len(rs)
		}
		if r.Start >= r.End {
			continue
		}
		if r.Start > at {
			out = append(out, Segment{string(rs[at:r.Start]), false})
		}
		out = append(out, Segment{string(rs[r.Start:r.End]), true})
		at = r.End
	}
	if at < len(rs) {
		out = append(out, Segment{string(rs[at:]), false})
	}
	return out
}

// Highlight returns the rune ranges of every word of text whose folded form
// is one of terms. Terms are folded too, so "Sécurité", "securite" and the
// index term "securite" all mark "sécurité" — the whole word, accents
// included, and nothing of "l'" before it.
func Highlight(text string, terms []string) []Range {
	set := termSet(terms)
	if len(set) == 0 {
		return nil
	}
	var out []Range
	tokenize(text, func(t token) {
		if set[t.term] {
			out = append(out, Range{t.start, t.end})
		}
	})
	return out
}

func termSet(terms []string) map[string]bool {
	set := map[string]bool{}
	for _, t := range terms {
		tokenize(t, func(tk token) { set[tk.term] = true })
	}
	return set
}

// sentence is a rune span of text.
type sentence struct{ start, end int }

// sentences splits rs at . ! ? … followed by spaces and a capital, a digit
// or an opening quote, except after an abbreviation such as "M." or "Mme."
// or a single capital (an initial).
func sentences(rs []rune) []sentence {
	var out []sentence
	start := 0
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		j := i + 1
		for j < len(rs) && (rs[j] == '"' || rs[j] == '»' || rs[j] == ')' || rs[j] == '”') {
			j++
		}
		k := j
		for k < len(rs) && unicode.IsSpace(rs[k]) {
			k++
		}
		if k == j || k == len(rs) {
			continue
		}
		n := rs[k]
		if !unicode.IsUpper(n) && !unicode.IsDigit(n) && n != '"' && n != '«' && n != '“' && n != '(' && n != '-' && n != '—' {
			continue
		}
		if r == '.' && abbreviation(rs[start:i]) {
			continue
		}
		out = append(out, sentence{start, j})
		start = k
	}
	if start < len(rs) {
		out = append(out, sentence{start, len(rs)})
	}
	return out
}

// abbreviation reports whether the text before a period ends with a
// single letter or a usual French abbreviation.
func abbreviation(before []rune) bool {
	i := len(before)
	for i > 0 && unicode.IsLetter(before[i-1]) {
		i--
	}
	w := string(before[i:])
	if len([]rune(w)) == 1 {
		return true
	}
	switch w {
	case "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St", "Ste", "etc", "av", "apr", "J.-C", "cf", "p", "vol", "n°", "No":
		return w != "etc"
	}
	return false
}
