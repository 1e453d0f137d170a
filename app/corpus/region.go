package corpus

// A text copied from a web page with "select all" holds the whole page:
// menus, teasers of other articles, the footer, around one article. The
// article is the page's longest run of paragraphs; region finds it and
// the title, date and byline lines just above it.

// regionLook is how many lines above the article region are searched for
// its title, date and byline.
const regionLook = 12

// regionMinOutside is the fewest lines outside the article's region that
// make a text a whole page.
const regionMinOutside = 8

// region marks the lines outside the article's region as gone, and
// returns the title found above it ("" when none: the cleaner then looks
// for one the usual way). It changes nothing in a text that is all
// article.
func region(ls []*line, lang string, a *Article) string {
	var idx []int // the lines that compete: text lines, not captions
	for i, l := range ls {
		if l.role == roleBody && !l.credit {
			idx = append(idx, i)
		}
	}
	if len(idx) < 8 {
		return ""
	}
	// The maximum-sum run of scores (Kadane): paragraphs count their words,
	// short lines and chrome count against.
	score := func(l *line) int {
		switch {
		case isChrome(l.text):
			return -20
		case isBodyLike(l.text):
			return wordsUpTo(l.text, 200)
		}
		return -3 - min(wordsUpTo(l.text, 10), 10)
	}
	best, bestFrom, bestTo := 0, -1, -1
	sum, from := 0, 0
	for k, i := range idx {
		if sum <= 0 {
			sum, from = 0, k
		}
		sum += score(ls[i])
		if sum > best {
			best, bestFrom, bestTo = sum, from, k
		}
	}
	// A text with only a few lines around its paragraphs is an article,
	// not a page: the usual rules read it.
	if bestFrom < 0 || len(idx)-(bestTo-bestFrom+1) < regionMinOutside {
		return ""
	}
	start, end := idx[bestFrom], idx[bestTo]
	// Above: the title is the nearest line that reads like one; date lines
	// and bylines in between are kept for the later rules.
	// A line shown once with a credit and once without is a caption (see
	// dedupe), never the title.
	credited := make(map[string]bool)
	for _, l := range ls {
		if l.credit {
			credited[l.key] = true
		}
	}
	title := ""
	titleAt := -1
	for k, seen := bestFrom-1, 0; k >= 0 && seen < regionLook; k-- {
		l := ls[idx[k]]
		seen++
		if _, ok := dateLine(l.text, lang); ok {
			continue
		}
		if credited[l.key] || teaser(l.text) || byline(l.text) != nil || isChrome(l.text) || isLabel(l.text) || isShort(l.text) || isKicker(l.text) {
			continue
		}
		if _, _, ok := sourceLine(l.text); ok {
			continue
		}
		n := wordsUpTo(l.text, 30)
		if n >= 3 && n <= 30 && (!endsSentence(l.text) || endsQuestion(l.text)) {
			title, titleAt = l.text, idx[k]
			break
		}
	}
	lookFrom := idx[max(0, bestFrom-regionLook)]
	for i, l := range ls {
		if l.role != roleBody && l.role != roleCaption {
			continue
		}
		switch {
		case i >= start && i <= end:
		case i == titleAt:
			l.role = roleTitle
		case i > titleAt && i < start && titleAt >= 0:
			// Between the title and the text: dates, bylines, captions.
		case i < start && i >= lookFrom && l.role == roleBody && (isDateLine(l.text, lang) || composite(l.text, lang, nil)):
			// A date line near the top, even above the title.
		case i > end && i <= end+3 && l.role == roleBody && (byline(l.text) != nil || signatureLike(l.text)):
			// A signature right after the text.
		default:
			l.drop(roleGone)
		}
	}
	return title
}

func endsQuestion(s string) bool {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ':
			continue
		case '?', '!':
			return true
		}
		return false
	}
	return false
}

func signatureLike(s string) bool {
	_, _, ok := sourceLine(s)
	return ok
}

func isDateLine(s, lang string) bool {
	_, ok := dateLine(s, lang)
	return ok
}
