package corpus

import (
	"regexp"
	"strings"

	"lecteur/app/corpus/pagemeta"
)

// A page copied whole with "select all" names its outlet again and again
// in its menus and footer ("avec l'application Le Figaro", "Le Figaro
// Magazine", "POLITICO Pro"), where the article's text may never name
// it. chromeOutlet reads it from there when nothing credits a source.

// outletNameRe matches an outlet's name in a line: an article and up to
// three capitalised words ("Le Figaro", "The Guardian", "L'Écho", "Le
// Petit Matin"), or a word in capitals of four characters or more
// ("POLITICO", "ZONE911").
var outletNameRe = regexp.MustCompile(`\b(?:(?:Le|La|Les|The)\s+|L['’])\p{Lu}[\p{L}\d-]+(?:\s+\p{Lu}[\p{L}\d-]+){0,2}|\b\p{Lu}[\p{Lu}\d]{3,}\b`)

// minOutletRepeats is how often a name must appear in a page's chrome to
// be its outlet.
const minOutletRepeats = 4

// chromeOutlet returns the name the lines left out of a copied page's
// article (menus, footer, teasers) repeat most, when it is repeated at
// least minOutletRepeats times and twice as often as any other name that
// is not a longer or shorter form of it ("Le Figaro Magazine" counts for
// "Le Figaro"; of two forms seen as often, the longer wins: "Le Petit
// Matin"); "" else. Lines in capitals only (a menu's entries) and agency
// names do not count.
func chromeOutlet(ls []*line) string {
	counts := make(map[string]int)
	spelling := make(map[string]string)
	for _, l := range ls {
		if l.role != roleGone || isCapitals(l.raw) || wordsUpTo(l.raw, 40) > 40 {
			continue
		}
		for _, m := range outletNameRe.FindAllString(l.raw, -1) {
			words := strings.Fields(strings.ReplaceAll(strings.ReplaceAll(m, "L'", "L' "), "L’", "L’ "))
			first := 1 // the article and one word at least
			if len(words) == 1 {
				first = 0
			}
			for n := first; n < len(words); n++ {
				name := strings.Join(words[:n+1], " ")
				name = strings.NewReplacer("L' ", "L'", "L’ ", "L’").Replace(name)
				k := fold(name)
				if k == "" || agencies[k] != "" || rubrics[k] || chromePhrases[k] {
					continue
				}
				counts[k]++
				if _, ok := spelling[k]; !ok {
					spelling[k] = name
				}
			}
		}
	}
	best := ""
	for k, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && (len(k) > len(best) || len(k) == len(best) && k < best) {
			best = k
		}
	}
	if best == "" || counts[best] < minOutletRepeats {
		return ""
	}
	for k, n := range counts {
		if k != best && !strings.HasPrefix(k, best+" ") && !strings.HasPrefix(best, k+" ") && 2*n > counts[best] {
			return ""
		}
	}
	return spelling[best]
}

// outletStampRe matches an outlet's name and the age of the article, as
// an aggregator shows them under a headline ("La Presse4 days ago", "Le
// Devoir · il y a 3 heures").
var outletStampRe = regexp.MustCompile(`^(\p{Lu}[\p{L}\d'’ .&-]{1,40}?)\s*[·•|-]?\s*(?:\d{1,3}\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|il y a\s+\d{1,3}\s*(?:minutes?|min|heures?|h|jours?|semaines?))$`)

// outletStamp reads an outlet's name followed by the article's age; ok
// reports such a line.
func outletStamp(s string) (name string, ok bool) {
	m := outletStampRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	name = strings.TrimSpace(m[1])
	if !isOutletName(name) && !isPressName(name) {
		return "", false
	}
	return name, true
}

// signoffRe matches a closing note opening with a site's name in
// capitals: "ZONE911 - Nous souhaitons un prompt rétablissement …".
var signoffRe = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\d]{2,20})\s+[-–—]\s+\S`)

// siteSignoff reads, at the end of the text, the site's own closing note
// (a wish, a call for tips) opening with the name the page's first lines
// give the site ("ZONE911 EST LÀ POUR INFORMER"): it returns the name, or
// "". A dispatch's dateline opens the first paragraph, not the last, and
// names no site of the page's header.
func siteSignoff(l *line, ls []*line) string {
	m := signoffRe.FindStringSubmatch(l.text)
	if m == nil || wordsUpTo(l.text, 60) > 60 {
		return ""
	}
	for _, h := range ls[:min(len(ls), 5)] {
		if h != l && strings.Contains(h.raw, m[1]) {
			return m[1]
		}
	}
	return ""
}

// blogOwner returns the person a blog's page names as its site: the
// tail of its headline or <title> after " | " is a person's name ("» Certains
// rêvent de Matt Duchene à Ottawa | Mathias Brunet"), and the page names
// no author. A name with a word of the press ("Deccan Herald") or the
// publisher's is the site's; a person's own site (priyaraman.com) is
// hers. "" else.
func blogOwner(m pagemeta.Meta) string {
	site := []string{fold(m.Publisher), strings.ReplaceAll(fold(m.Publisher), " ", "")}
	for _, t := range []string{m.Headline, m.PageTitle} {
		t = tidy(normalizeText(t))
		i := strings.LastIndex(t, " | ")
		if i < 0 {
			continue
		}
		name := strings.TrimSpace(t[i+3:])
		if isPersonName(name) && !isOutletName(name) && !pressWord(name) && !namesSite(name, site) {
			return name
		}
	}
	return ""
}

// pressWord reports a name with a word of the press in it ("Deccan
// Herald", "Daily Mirror").
func pressWord(s string) bool {
	for _, w := range strings.Fields(fold(s)) {
		if pressWords[w] {
			return true
		}
	}
	return false
}
