package entity

import (
	"sort"
	"unicode"
)

// abbreviations makes organisations of a body's name and of the short
// form written after it in brackets: "la Fédération camerounaise de
// football (Fecafoot)", "la confédération africaine de football (Caf)",
// "the Zimbabwe Farmers' Union (ZFU)". The short form must be made of
// the long form's letters in order, its first letter opening a word
// (Schwartz and Hearst's test, "A simple algorithm for identifying
// abbreviation definitions in biomedical text", 2003), and the long
// form must open with an organisation's head ("Fédération", "Agence")
// or end with an organisation's tail ("Union", "Party"), so that "Romans
// (Drôme)" or "Xavier Bettel (DP)" are left to the other rules. A short
// form written in mixed case, which the acronym rules pass over, is read
// too; its other mentions in the article follow by consistent.
func (a *analysis) abbreviations(spans [][]span) {
	g := lists()
	found := make([][]span, len(a.toks))
	shorts := map[string]bool{}
	for b, toks := range a.toks {
		info := a.info[b]
		for i := 1; i+2 < len(toks); i++ {
			short := toks[i+1]
			if toks[i].text != "(" || toks[i+2].text != ")" || short.kind != word || !isCap(short) || len([]rune(short.text)) < 2 {
				continue
			}
			from, ok := longForm(toks, i, short.fold)
			if !ok || i-from < 2 {
				continue
			}
			for from < i && !isCap(toks[from]) && !g.orgHead(info[from].fold) {
				from++
			}
			if i-from < 2 {
				continue
			}
			last := info[i-1].fold
			if !g.orgHead(info[from].fold) && !g.orgTails[last] && !englishOrgTails[last] {
				continue
			}
			if g.places[keyOf(toks, from, i)] || g.countries[keyOf(toks, from, i)] {
				continue
			}
			found[b] = append(found[b],
				span{from: from, to: i, typ: ORG, why: whyCorrection, conf: 1},
				span{from: i + 1, to: i + 2, typ: ORG, why: whyCorrection, conf: 1})
			shorts[short.text] = true
		}
	}
	if len(shorts) == 0 {
		return
	}
	for b, toks := range a.toks {
		// The short form's other mentions, written the same way.
		for i, t := range toks {
			if shorts[t.text] && !(i > 0 && toks[i-1].text == "(") {
				found[b] = append(found[b], span{from: i, to: i + 1, typ: ORG, why: whyCorrection, conf: 1})
			}
		}
		if len(found[b]) == 0 {
			continue
		}
		out := spans[b][:0]
		for _, s := range spans[b] {
			overlaps := false
			for _, f := range found[b] {
				overlaps = overlaps || s.from < f.to && f.from < s.to
			}
			if !overlaps {
				out = append(out, s)
			}
		}
		spans[b] = append(out, found[b]...)
		sort.Slice(spans[b], func(x, y int) bool { return spans[b][x].from < spans[b][y].from })
	}
}

// longForm finds, in the words before the bracket at toks[open], where
// the long form of the folded short form starts: each of its letters,
// read from the last, is found in order going back through the words,
// the first one opening a word. The long form spans at most
// min(len+5, 2·len) words and crosses no punctuation but apostrophes.
func longForm(toks []token, open int, short string) (int, bool) {
	letters := []rune(short)
	n := 0
	for _, r := range letters {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	maxWords := min(n+5, 2*n)
	// The words before the bracket, nearest last.
	from := open
	for words := 0; from > 0 && words < maxWords; {
		t := toks[from-1]
		if t.kind == punct && !isApostrophe([]rune(t.text)[0]) {
			break
		}
		from--
		if t.kind == word {
			words++
		}
	}
	if from == open {
		return 0, false
	}
	// Letters of the words, each with the token it belongs to and
	// whether it opens a word.
	type letter struct {
		r     rune
		tok   int
		opens bool
	}
	var long []letter
	for k := from; k < open; k++ {
		for j, r := range []rune(toks[k].fold) {
			long = append(long, letter{r, k, j == 0 || !unicode.IsLetter([]rune(toks[k].fold)[j-1]) && !unicode.IsDigit([]rune(toks[k].fold)[j-1])})
		}
	}
	li := len(long) - 1
	for si := len(letters) - 1; si >= 0; si-- {
		c := letters[si]
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			continue
		}
		for li >= 0 && (long[li].r != c || si == 0 && !long[li].opens) {
			li--
		}
		if li < 0 {
			return 0, false
		}
		if si > 0 {
			li--
		}
	}
	return long[li].tok, true
}

// cantonCodes are the official two-letter codes of the 26 Swiss cantons,
// which Swiss news writes after a town ("Orsières (VS)") or after a
// member's party ("Bea Heim (PS/SO)").
var cantonCodes = map[string]bool{
	"AG": true, "AI": true, "AR": true, "BE": true, "BL": true, "BS": true, "FR": true, "GE": true, "GL": true,
	"GR": true, "JU": true, "LU": true, "NE": true, "NW": true, "OW": true, "SG": true, "SH": true, "SO": true,
	"SZ": true, "TG": true, "TI": true, "UR": true, "VD": true, "VS": true, "ZG": true, "ZH": true,
}

// cantons makes places of the Swiss cantons' codes where they stand for
// a canton: in brackets right after a capitalised name ("Aegerten
// (BE)") or after a party and a slash in brackets ("(Verts/ZH)"), and an
// organisation of that party.
func (a *analysis) cantons(spans [][]span) {
	for b, toks := range a.toks {
		var found []span
		for i := 2; i+1 < len(toks); i++ {
			t := toks[i]
			if !cantonCodes[t.text] || toks[i+1].text != ")" && toks[i+1].text != "," {
				continue
			}
			switch {
			case toks[i-1].text == "(" && toks[i-2].kind == word && isCap(toks[i-2]) && toks[i+1].text == ")":
			case toks[i-1].text == "/" && toks[i-2].kind == word && i >= 3 && toks[i-3].text == "(":
				// The member's party before the slash: "(PS/SO)", "(Verts/ZH)".
				found = append(found, span{from: i - 2, to: i - 1, typ: ORG, why: whyCorrection, conf: 1})
			default:
				continue
			}
			found = append(found, span{from: i, to: i + 1, typ: LOC, why: whyCorrection, conf: 1})
		}
		if len(found) == 0 {
			continue
		}
		spans[b] = replaceOverlapping(spans[b], found)
	}
}
