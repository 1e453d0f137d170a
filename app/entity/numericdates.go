package entity

import (
	"fmt"
	"regexp"
	"strconv"
)

// hyphenDate matches a day, a month and a year joined by hyphens, one
// number for the tokenizer: "20-12-2016".
var hyphenDate = regexp.MustCompile(`^([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})$`)

// numericDate reads the numeric dates that dateAt's dd/mm/yyyy and
// dottedDate leave: a day, a month and a four-digit year joined by
// hyphens ("le 20-12-2016", "samedi 21-02-2026"), and a day, a month and
// a two-digit year joined by slashes with no space ("le 16/11/17"), as
// sports and club sites date their posts. The day and the month must be
// one (1-31, 1-12); a two-digit year is of this century up to 69, as
// dottedDate reads it.
func numericDate(toks []token, i int) (span, bool) {
	if toks[i].kind != number {
		return span{}, false
	}
	if s, ok := dashedDate(toks, i); ok {
		return s, true
	}
	if m := hyphenDate.FindStringSubmatch(toks[i].text); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && y >= 1800 && y <= 2100 {
			return span{from: i, to: i + 1, typ: DATE, value: fmt.Sprintf("%04d-%02d-%02d", y, mo, d)}, true
		}
		return span{}, false
	}
	if i+4 >= len(toks) || toks[i+1].text != "/" || toks[i+3].text != "/" || toks[i+2].kind != number || toks[i+4].kind != number || len(toks[i+4].text) != 2 {
		return span{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if toks[k].start != toks[k-1].end {
			return span{}, false // "1 / 2 / 17" is no date
		}
	}
	if i+5 < len(toks) && toks[i+5].start == toks[i+4].end && (toks[i+5].text == "/" || toks[i+5].kind == number) {
		return span{}, false // "16/11/17/2"
	}
	d, err1 := strconv.Atoi(toks[i].text)
	mo, err2 := strconv.Atoi(toks[i+2].text)
	y, err3 := strconv.Atoi(toks[i+4].text)
	if err1 != nil || err2 != nil || err3 != nil || d < 1 || d > 31 || mo < 1 || mo > 12 {
		return span{}, false
	}
	y += 2000
	if y > 2069 {
		y -= 100
	}
	return span{from: i, to: i + 5, typ: DATE, value: fmt.Sprintf("%04d-%02d-%02d", y, mo, d)}, true
}

// dashedDate reads a dateline whose day, month name and year are set
// apart by dashes: "02 - Mars - 2020" (GUIDELINE: a dateline is a date).
func dashedDate(toks []token, i int) (span, bool) {
	d, ok := dayNumber(toks[i])
	if !ok || i+4 >= len(toks) || !dashToken(toks[i+1]) || !dashToken(toks[i+3]) {
		return span{}, false
	}
	m, ok := months[toks[i+2].fold]
	if !ok {
		return span{}, false
	}
	y, ok := yearNumber(toks[i+4])
	if !ok {
		return span{}, false
	}
	return span{from: i, to: i + 5, typ: DATE, value: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
}

// dashToken reports whether t is a dash alone: "-", "–" or "—".
func dashToken(t token) bool {
	return t.text == "-" || t.text == "–" || t.text == "—"
}
