package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rules that keep page furniture out of the title of a copied text: a
// breadcrumb that ends with the headline, a piece of a publication stamp
// split over lines, a site's tagline above the headline.

// homeWords open a breadcrumb: the site's home page.
var homeWords = foldSet("accueil", "home", "homepage", "page d'accueil", "une", "la une")

// isHomeTrail reports a breadcrumb from the home page whose last part is
// the headline ("Accueil | Police-Justice | Un Eschois trouve la mort
// dans un accident sur l'A1"): parts separated by "|", ">", "›", "»" or
// "/", the first a home page, the others but the last short.
func isHomeTrail(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("|>›»", r) })
	if len(parts) < 2 || !homeWords[fold(parts[0])] {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if n := wordCount(p); n == 0 || n > 4 {
			return false
		}
	}
	return wordCount(parts[len(parts)-1]) > 0
}

// titleFragment reports a line that cannot open a headline: it starts
// with punctuation (", Mis à jour", the rest of a stamp split over lines)
// or with a word in lower case ("il y a 8 minutes"), unless a capital
// follows inside the word ("iPhone", "eBay").
func titleFragment(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(",;:)]}.", r) {
		return true
	}
	if !unicode.IsLower(r) {
		return false
	}
	for _, r2 := range s[size:] {
		if !unicode.IsLetter(r2) {
			break
		}
		if unicode.IsUpper(r2) {
			return false
		}
	}
	return true
}

// headlineBelow reports, for the title candidate ls[i], that the line
// under it is the headline and ls[i] the site's tagline above it ("La
// voix de la Suisse dans le monde depuis 1935", then the headline, then
// "Keystone-SDA"): the next line reads like a title too and is followed
// by the article's header (a byline, a date line, an agency's or a
// source's credit). It returns the headline's index, or -1.
func headlineBelow(ls []*line, i int, lang string) int {
	next := nextBodyAt(ls, i+1)
	if next < 0 {
		return -1
	}
	t := ls[next].text
	if n := wordsUpTo(t, 30); n < 3 || n > 30 || !titleEnd(t) || isBodyLike(t) || titleFragment(t) || isChrome(t) || byline(t) != nil {
		return -1
	}
	if headerAfter(ls, next, lang) && taglineAbove(ls, i, next) {
		return next
	}
	return -1
}

// taglineAbove reports that ls[upper], above the headline ls[lower], is
// the site's tagline and not the headline over its subtitle: it shares no
// word of five letters or more with the first paragraphs of the text
// below, and the lower line does.
func taglineAbove(ls []*line, upper, lower int) bool {
	var text []string
	for _, l := range ls[lower+1:] {
		if l.role == roleBody && isBodyLike(l.text) {
			text = append(text, l.key)
			if len(text) == 3 {
				break
			}
		}
	}
	words := make(map[string]bool)
	for _, t := range text {
		for _, w := range strings.Fields(t) {
			if len(w) >= 5 {
				words[w] = true
			}
		}
	}
	shares := func(s string) bool {
		for _, w := range strings.Fields(fold(s)) {
			if len(w) >= 5 && words[w] {
				return true
			}
		}
		return false
	}
	return !shares(ls[upper].text) && shares(ls[lower].text)
}

// headerAfter reports that the body line after ls[i] is the article's
// header: a byline, a date line, an agency's or a source's credit.
func headerAfter(ls []*line, i int, lang string) bool {
	after := nextBodyAt(ls, i+1)
	if after < 0 {
		return false
	}
	h := ls[after].text
	return headerLine(h, lang) || byline(h) != nil || signatureLike(h)
}

// agencyLine reports a line that is only a news agency's name
// ("Keystone-SDA", "(AFP)").
func agencyLine(s string) bool {
	return len(s) < 40 && agency(strings.Trim(s, " .()[]")) != ""
}

// nextBodyAt is the index of the first body line at or after i, or -1.
func nextBodyAt(ls []*line, i int) int {
	for ; i < len(ls); i++ {
		if ls[i].role == roleBody {
			return i
		}
	}
	return -1
}

// trimBullet removes a list's mark opening a title found in a copied text
// ("• SENEGAL-MIGRATION / Rapatriement …": the headline in a list of the
// page's articles).
func trimBullet(s string) string {
	t := strings.TrimLeft(s, "•·►▶→➜*-–— \u00a0")
	if t == s || wordCount(t) < 2 {
		return s
	}
	return t
}

// isMenuRun reports a site's menu copied as one line: fifteen words or more,
// nearly all capitalised, and no sentence inside or at its end ("My europe
// Brussels, My Love? Europe Decoded Europe News Smart Regions State Of The
// Union The Cube …"). A headline in title case ("Storm Floods The Rhine
// Valley As River Reaches Record Height") is shorter; a paragraph has its
// sentences.
func isMenuRun(s string) bool {
	if wordsUpTo(s, menuRunWords) < menuRunWords {
		return false
	}
	words := strings.Fields(s)
	if len(words) < menuRunWords || endsSentence(s) || strings.Contains(s, ". ") {
		return false
	}
	upper, counted := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		counted++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return counted >= menuRunWords && 5*upper >= 4*counted
}

// menuRunWords is the fewest words of a menu copied as one line.
const menuRunWords = 15

// ledeFirst reports a first line that is the article's lede, not a
// headline: it opens with a dispatch's dateline ("DAKAR - Le
// gouvernement a annoncé …", "PARIS (AFP) - …") and ends a sentence. A
// rubric in that place ("VIDÉO - ") opens headlines too.
func ledeFirst(s, lang string) bool {
	if !isBodyLike(s) || !strings.HasSuffix(strings.TrimSpace(s), ".") {
		return false
	}
	info, ok := dateline(s, lang)
	if !ok {
		info, ok = plainDateline(s)
	}
	return ok && !isRubric(info.place, "")
}

// standfirstUnder reports the standfirst of a copied page: ls[i] is the
// first line under the headline ls[title] (nothing but dropped lines
// between), a sentence of ten to sixty words that no credit marks as a
// caption ("Independent socialist Catherine Connolly's coolness to
// Brussels … put her at odds with the Irish government.").
func standfirstUnder(ls []*line, title, i int, credited map[string]bool) bool {
	for _, l := range ls[title+1 : i] {
		if l.role == roleBody || l.role == roleCaption {
			return false
		}
	}
	l := ls[i]
	if l.credit || credited[l.key] || i+1 < len(ls) && ls[i+1].creditLine {
		return false
	}
	n := wordsUpTo(l.text, 60)
	return n >= 10 && n <= 60 && strings.HasSuffix(strings.TrimSpace(l.text), ".")
}
