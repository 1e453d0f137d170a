package search

import "unicode"

// Passage returns the best window of one or two sentences of text for
// terms, cut to at most maxRunes runes (no limit when maxRunes <= 0), with
// every matched word marked by rune ranges into the returned passage. The
// best window holds the most distinct terms, then the most matches, then
// comes first; a second sentence is only added to a matching one when it
// brings a term the first lacks. A cut is made at word boundaries around the first match and
// shown with "…". With no match, the passage is the text's opening.
func Passage(text string, terms []string, maxRunes int) (string, []Range) {
	rs := []rune(text)
	marks := Highlight(text, terms)
	sents := sentences(rs)
	if len(sents) == 0 {
		return "", nil
	}
	// For each sentence, the marks inside and the distinct words matched.
	type info struct {
		marks []Range
		words map[string]bool
	}
	infos := make([]info, len(sents))
	mi := 0
	for i, s := range sents {
		infos[i].words = map[string]bool{}
		for mi < len(marks) && marks[mi].Start < s.end {
			if marks[mi].Start >= s.start {
				infos[i].marks = append(infos[i].marks, marks[mi])
				infos[i].words[Normalize(string(rs[marks[mi].Start:marks[mi].End]))] = true
			}
			mi++
		}
	}
	bestStart, bestEnd := 0, 0
	bestDistinct, bestCount := -1, -1
	for i := range sents {
		distinct, count := len(infos[i].words), len(infos[i].marks)
		end := i
		if i+1 < len(sents) && len(infos[i].marks) > 0 {
			added := 0
			for w := range infos[i+1].words {
				if !infos[i].words[w] {
					added++
				}
			}
			if added > 0 {
				distinct += added
				count += len(infos[i+1].marks)
				end = i + 1
			}
		}
		if distinct > bestDistinct || distinct == bestDistinct && count > bestCount {
			bestStart, bestEnd, bestDistinct, bestCount = i, end, distinct, count
		}
	}
	start, end := sents[bestStart].start, sents[bestEnd].end
	var inWindow []Range
	for _, m := range marks {
		if m.Start >= start && m.End <= end {
			inWindow = append(inWindow, m)
		}
	}
	return cut(rs, start, end, inWindow, maxRunes)
}

// cut returns rs[start:end] trimmed of spaces, shortened to maxRunes around
// the first mark at word boundaries, with marks shifted to the result.
func cut(rs []rune, start, end int, marks []Range, maxRunes int) (string, []Range) {
	for start < end && unicode.IsSpace(rs[start]) {
		start++
	}
	for end > start && unicode.IsSpace(rs[end-1]) {
		end--
	}
	prefix, suffix := false, false
	if maxRunes > 0 && end-start > maxRunes {
		budget := maxRunes - 2 // room for the ellipses
		if budget < 1 {
			budget = 1
		}
		from := start
		if len(marks) > 0 && marks[0].Start-start > budget/3 {
			from = marks[0].Start - budget/3
			for from > start && !unicode.IsSpace(rs[from-1]) {
				from++
				if from >= marks[0].Start {
					break
				}
			}
			for from < marks[0].Start && unicode.IsSpace(rs[from]) {
				from++
			}
			prefix = from > start
		}
		if end-from < budget && len(marks) > 0 {
			// The rest fits: spend the budget on context before.
			from = end - budget
			if from < start {
				from = start
			}
			for from > start && from < marks[0].Start && !unicode.IsSpace(rs[from-1]) {
				from++
			}
			prefix = from > start
		}
		to := from + budget
		if to < end {
			for to > from && !unicode.IsSpace(rs[to]) && !unicode.IsSpace(rs[to-1]) {
				to--
			}
			if to == from {
				to = from + budget
			}
			for to > from && unicode.IsSpace(rs[to-1]) {
				to--
			}
			suffix = true
		} else {
			to = end
		}
		start, end = from, to
	}
	var out []rune
	shift := -start
	if prefix {
		out = append(out, '…')
		shift++
	}
	out = append(out, rs[start:end]...)
	if suffix {
		out = append(out, '…')
	}
	var ranges []Range
	for _, m := range marks {
		if m.Start >= start && m.End <= end {
			ranges = append(ranges, Range{m.Start + shift, m.End + shift})
		}
	}
	return string(out), ranges
}
