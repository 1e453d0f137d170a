package corpus

import (
	"math"
	"regexp"
	"strings"
)

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
func region(ls []*line, lang string, a *Article, m lineModel) string {
	var idx []int // the lines that compete: text lines, not captions
	for i, l := range ls {
		if l.role == roleBody && !l.credit {
			idx = append(idx, i)
		}
	}
	if len(idx) < 8 {
		return ""
	}
	// The run of paragraphs, by the rules alone: a text with only a few
	// lines around its paragraphs is an article, not a page, and the
	// usual rules read it.
	bestFrom, bestTo := bestRun(ls, idx, nil)
	if bestFrom < 0 || len(idx)-(bestTo-bestFrom+1) < regionMinOutside {
		return ""
	}
	// A page: the line model, when there is one, has its say.
	if len(m) == lineFeatures {
		xs := featureLines(ls, lang)
		prob := make([]float64, len(ls))
		for i := range ls {
			prob[i] = m.prob(&xs[i])
		}
		if f, t := bestRun(ls, idx, prob); f >= 0 {
			bestFrom, bestTo = f, t
		}
	}
	// A header line that reads like a paragraph ("26/09/12 - 16h34 Jelle
	// Van Damme (capture d'écran: Standard TV).") is above the text.
	for bestFrom < bestTo && headerLine(ls[idx[bestFrom]].text, lang) {
		bestFrom++
	}
	start, end := idx[bestFrom], idx[bestTo]
	// A line shown once with a credit and once without is a caption (see
	// dedupe), never the title.
	credited := make(map[string]bool)
	for _, l := range ls {
		if l.credit {
			credited[l.key] = true
		}
	}
	// Above: the title. Pages put it above their header of date and
	// byline lines ("Publié le …", "Par …"), which may sit far above the
	// text when a carousel or a list of videos comes between: the title is
	// searched above the nearest such anchor, else above the text.
	head := bestFrom
	if k := anchorAbove(ls, idx, bestFrom, lang); k >= 0 {
		if info, ok := leadingDate(ls[idx[k]].text, lang); ok && a != nil {
			// "26/09/12 - 16h34 Jelle Van Damme (capture d'écran)": a
			// date, then a caption.
			l := ls[idx[k]]
			if a.Date == "" {
				a.Date = info.date.iso()
			}
			l.removed = append(l.removed, info.prefix)
			l.text = strings.TrimSpace(l.text[len(info.prefix):])
			l.key = fold(l.text)
			l.role = roleCaption
			if l.text == "" {
				l.role = roleMeta
			}
		}
		head = k
	}
	title, titleAt := "", -1
	if k := titleAbove(ls, idx, head, lang, credited); k >= 0 {
		title, titleAt = ls[idx[k]].text, idx[k]
	} else if head != bestFrom {
		if k := titleAbove(ls, idx, bestFrom, lang, credited); k >= 0 {
			title, titleAt = ls[idx[k]].text, idx[k]
		}
	}
	lookFrom := idx[max(0, bestFrom-regionLook)]
	if titleAt >= 0 {
		lookFrom = min(lookFrom, titleAt)
	}
	for i, l := range ls {
		if l.role != roleBody && l.role != roleCaption {
			continue
		}
		switch {
		case i >= start && i <= end:
		case i == titleAt:
			l.role = roleTitle
		case i < start && i >= lookFrom && l.role == roleBody && (isDateLine(l.text, lang) || composite(l.text, lang, nil) || isDatedByline(l.text, lang)):
			// A date line near the top, even above the title, or a
			// byline with its date.
		case i > titleAt && i < start && titleAt >= 0 && l.role == roleBody && standfirstUnder(ls, titleAt, i, credited):
			// The standfirst under the headline, above the header: the
			// byline and date lines after it are still at the edge.
			l.kind = kindLede
		case i > titleAt && i < start && titleAt >= 0 && (l.role == roleCaption || l.credit || credited[l.key] || byline(l.text) != nil || signatureLike(l.text)):
			// Between the title and the text: bylines, captions (shown
			// once with their credit, once without).
		case i > end && i <= end+3 && l.role == roleBody && (byline(l.text) != nil || signatureLike(l.text)):
			// A signature right after the text.
		default:
			l.drop(roleGone)
		}
	}
	return title
}

// bestRun returns the positions in idx of the first and last lines of the
// maximum-sum run of scores (Kadane), -1, -1 when none scores above zero:
// paragraphs count their words, short lines and chrome count against, a
// list of links dropped in between costs listCost. The line model's
// probabilities, when given (prob, one a line of ls), add its view: a
// line's words (at least 5) times 2p-1, so that a paragraph it takes for
// a teaser or a caption counts against and a short line it takes for the
// article's counts for. The two together read pages of sites never seen
// better than either alone (README, "The line model").
func bestRun(ls []*line, idx []int, prob []float64) (bestFrom, bestTo int) {
	score := func(i int) int {
		l := ls[i]
		if isChrome(l.text) || isMenuRun(l.text) {
			return -20
		}
		n := wordsUpTo(l.text, 200)
		s := -3 - min(n, 10)
		if isBodyLike(l.text) {
			s = n
		}
		if prob != nil {
			s += int(math.Round((2*prob[i] - 1) * float64(max(n, 5))))
		}
		return s
	}
	best := 0
	bestFrom, bestTo = -1, -1
	sum, from := 0, 0
	for k, i := range idx {
		if sum <= 0 {
			sum, from = 0, k
		}
		sum += score(i)
		if k > 0 {
			// A list of links dropped in between ("À lire aussi" and
			// three titles) costs as much as a short line, whatever its
			// length: inside an article it is bridged, after it not.
			sum -= listCost * listsBetween(ls[idx[k-1]+1:i])
		}
		if sum > best {
			best, bestFrom, bestTo = sum, from, k
		}
	}
	return bestFrom, bestTo
}

// listCost is what a dropped list of links costs a run of paragraphs.
const listCost = 10

// listsBetween counts the dropped lists of links among ls, by their
// labels.
func listsBetween(ls []*line) int {
	n := 0
	for _, l := range ls {
		if l.list && listLabel(l.text) {
			n++
		}
	}
	return n
}

// anchorLook is how many lines above the article's text are searched for
// its header's date or byline line.
const anchorLook = 60

// anchorAbove returns the position in idx of the nearest line above the
// text (idx[from]) that belongs to an article's header: a date line, a
// composite line ("Le Monde | 04.05.2015 | Par …"), a line opening with
// a date ("26/09/12 - 16h34 …"), a byline with its "Par"; -1 when none.
func anchorAbove(ls []*line, idx []int, from int, lang string) int {
	for k := from - 1; k >= 0 && from-k <= anchorLook; k-- {
		if headerLine(ls[idx[k]].text, lang) {
			return k
		}
	}
	return -1
}

// headerLine reports a line of an article's header: a date line, a
// composite line, a line opening with a date, a byline with its "Par".
func headerLine(t, lang string) bool {
	if isDateLine(t, lang) || composite(t, lang, nil) || hasBylinePrefix(t) && byline(t) != nil || isDatedByline(t, lang) || stampRe.MatchString(t) && !endsSentence(t) && wordsUpTo(t, 12) <= 12 {
		return true
	}
	_, ok := leadingDate(t, lang)
	return ok
}

// titleAbove returns the position in idx of the title above idx[from]:
// the nearest line that reads like one within regionLook lines, skipping
// dates, bylines, chrome, labels, short lines, credited captions and the
// caption next to a lone credit ("© Christophe Bortels"). When the line
// right above it reads like a title too, that one is the title and the
// other its subtitle or photo's caption. -1 when none.
func titleAbove(ls []*line, idx []int, from int, lang string, credited map[string]bool) int {
	ok := func(k int) bool {
		i := idx[k]
		l := ls[i]
		if _, d := dateLine(l.text, lang); d || composite(l.text, lang, nil) || isDatedByline(l.text, lang) {
			return false
		}
		if credited[l.key] || teaser(l.text) || byline(l.text) != nil || isChrome(l.text) || isLabel(l.text) || isShort(l.text) || isKicker(l.text) || titleFragment(l.text) || isHomeTrail(l.text) || isMenuRun(l.text) {
			return false
		}
		if _, _, src := sourceLine(l.text); src {
			return false
		}
		if i > 0 && ls[i-1].creditLine || i+1 < len(ls) && ls[i+1].creditLine {
			return false
		}
		n := wordsUpTo(l.text, 30)
		return n >= 3 && n <= 30 && (titleEnd(l.text) || endsQuestion(l.text))
	}
	for k, seen := from-1, 0; k >= 0 && seen < regionLook; k, seen = k-1, seen+1 {
		if !ok(k) {
			continue
		}
		if k > 0 && idx[k-1] == idx[k]-1 && ok(k-1) && !(headerAfter(ls, idx[k], lang) && taglineAbove(ls, idx[k-1], idx[k])) {
			return k - 1
		}
		return k
	}
	return -1
}

// leadingDate reads a line that opens with its date and time, then goes
// on ("26/09/12 - 16h34  Jelle Van Damme (capture d'écran)."): prefix is
// the date and time part.
func leadingDate(s, lang string) (datelineInfo, bool) {
	m := leadingDateRe.FindStringSubmatchIndex(s)
	if m == nil {
		return datelineInfo{}, false
	}
	d, ok := dateLine(s[:m[3]], lang)
	if !ok || d.y == 0 {
		return datelineInfo{}, false
	}
	return datelineInfo{date: d, hasDate: true, prefix: s[:m[1]]}, true
}

// leadingDateRe matches a numeric date opening a line, an optional time,
// and the separator before the rest: "26/09/12 - 16h34 ", "05.04.2013 ".
var leadingDateRe = regexp.MustCompile(`^\s*(\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:\s*[-–—|,]?\s*(?:à\s*)?\d{1,2}\s*[h:]\s*\d{2})?\s*[-–—|:]?\s+`)

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

// signatureLike reports a credit of the article's source: a source line
// ("Source : AFP", "(avec AFP)") or an agency's name alone
// ("Keystone-ATS").
func signatureLike(s string) bool {
	_, _, ok := sourceLine(s)
	if !ok {
		_, ok = outletStamp(s)
	}
	return ok || agencyLine(s)
}

func isDateLine(s, lang string) bool {
	_, ok := dateLine(s, lang)
	return ok
}

// isDatedByline reports a byline with its date (datedByline).
func isDatedByline(s, lang string) bool {
	_, _, _, ok := datedByline(s, lang)
	return ok
}
