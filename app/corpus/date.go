package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// months maps folded French and English month names and abbreviations to
// their number.
var months = map[string]int{
	"janvier": 1, "janv": 1, "january": 1, "jan": 1,
	"fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
	"mars": 3, "march": 3, "mar": 3,
	"avril": 4, "avr": 4, "april": 4, "apr": 4,
	"mai": 5, "may": 5,
	"juin": 6, "june": 6, "jun": 6,
	"juillet": 7, "juil": 7, "july": 7, "jul": 7,
	"aout": 8, "august": 8, "aug": 8,
	"septembre": 9, "sept": 9, "september": 9, "sep": 9,
	"octobre": 10, "oct": 10, "october": 10,
	"novembre": 11, "nov": 11, "november": 11,
	"decembre": 12, "dec": 12, "december": 12,
}

const monthAlt = `janvier|janv|january|jan|fevrier|fevr|fev|february|feb|mars|march|mar|avril|avr|april|apr|mai|may|juin|june|jun|juillet|juil|july|jul|aout|august|aug|septembre|sept|september|sep|octobre|october|oct|novembre|november|nov|decembre|december|dec`

// Date patterns, matched on folded text (lower case, no accents, no
// punctuation).
var (
	dayMonthYearRe = regexp.MustCompile(`\b(\d{1,2})(?: ?er| st| nd| rd| th)? (` + monthAlt + `) (\d{4})\b`)
	monthDayYearRe = regexp.MustCompile(`\b(` + monthAlt + `) (\d{1,2})(?: st| nd| rd| th)? (\d{4})\b`)
	dayMonthRe     = regexp.MustCompile(`\b(\d{1,2})(?: ?er| st| nd| rd| th)? (` + monthAlt + `)\b`)
	numericRe      = regexp.MustCompile(`\b(\d{1,4}) (\d{1,2}) (\d{1,4})\b`)
	timeRe         = regexp.MustCompile(`\b\d{1,2} ?(?:h|heures?)(?: ?\d{2})?(?: ?min)?\b|\b\d{1,2} \d{2}(?: \d{2})?(?: ?[ap] ?m)?\b|\b\d{1,2} ?[ap] ?m\b`)
)

// dateWords may surround a date on a date line: weekdays, "publié le",
// "mis à jour", "updated", time zones.
var dateWords = foldSet(
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "wed", "thu", "fri", "sat", "sun",
	"le", "l", "publie", "publiee", "mis", "a", "jour", "modifie", "modifiee",
	"date", "edition", "du", "et", "posted", "published", "updated", "on", "at",
	"last", "gmt", "utc", "cet", "cest", "heure", "de", "paris", "h", "min",
	"am", "pm", "to", "par", "en", "ligne", "sur", "depuis",
	"cree", "creee", "actualise", "actualisee",
)

// date is a calendar date whose year may be unknown.
type date struct{ y, m, d int }

// iso formats d as ISO 8601: "2013-07-10", or "--07-10" without a year.
func (d date) iso() string {
	if d.y == 0 {
		return fmt.Sprintf("--%02d-%02d", d.m, d.d)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d)
}

func (d date) valid() bool {
	if d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31 {
		return false
	}
	if d.y != 0 && (d.y < 1800 || d.y > 2200) {
		return false
	}
	days := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if d.d > days[d.m-1] {
		return false
	}
	return d.y == 0 || d.m != 2 || d.d < 29 || d.y%4 == 0 && (d.y%100 != 0 || d.y%400 == 0)
}

// findDate returns the first date written in s and the byte range of the
// match in fold(s)'s terms. Full dates win over dates without a year.
// Numeric dates are read day first ("10/07/2013"), month first when the
// language is English and the numbers allow it, year first when the first
// number has four digits ("2013-07-10").
func findDate(folded, lang string) (date, []int, bool) {
	if m := dayMonthYearRe.FindStringSubmatchIndex(folded); m != nil {
		d := date{atoi(folded[m[6]:m[7]]), months[folded[m[4]:m[5]]], atoi(folded[m[2]:m[3]])}
		if d.valid() {
			return d, m[:2], true
		}
	}
	if m := monthDayYearRe.FindStringSubmatchIndex(folded); m != nil {
		d := date{atoi(folded[m[6]:m[7]]), months[folded[m[2]:m[3]]], atoi(folded[m[4]:m[5]])}
		if d.valid() {
			return d, m[:2], true
		}
	}
	if m := numericRe.FindStringSubmatchIndex(folded); m != nil {
		a, b, c := folded[m[2]:m[3]], folded[m[4]:m[5]], folded[m[6]:m[7]]
		var d date
		switch {
		case len(a) == 4 && len(c) <= 2:
			d = date{atoi(a), atoi(b), atoi(c)}
		case len(c) == 4 && len(a) <= 2:
			d = date{atoi(c), atoi(b), atoi(a)}
			if lang == "en" && atoi(b) <= 12 || d.m > 12 {
				d.m, d.d = d.d, d.m
			}
			if !d.valid() {
				d.m, d.d = d.d, d.m
			}
		}
		if d.valid() {
			return d, m[:2], true
		}
	}
	if m := dayMonthRe.FindStringSubmatchIndex(folded); m != nil {
		d := date{0, months[folded[m[4]:m[5]]], atoi(folded[m[2]:m[3]])}
		if d.valid() {
			return d, m[:2], true
		}
	}
	return date{}, nil, false
}

// dateLine reads a line that is only a date: "mercredi 10 juillet 2013
// 09h20", "Publié le 11 mai 2017 à 18:04", "Updated July 10, 2013 9:20 am
// GMT". Such lines are page metadata, and the first one gives the
// publication date. A date inside a sentence or a caption ("le 11 mai 2017 à
// Bari") is an event, not the publication, and is never taken.
func dateLine(s, lang string) (date, bool) {
	if !strings.ContainsAny(s, "0123456789") || wordsUpTo(s, 16) > 16 {
		return date{}, false
	}
	folded := fold(s)
	d, loc, ok := findDate(folded, lang)
	if !ok {
		// "26/09/12": a year of two digits, written with slashes or dots
		// (folded, it would read as a time or a score).
		m := shortDateRe.FindStringSubmatchIndex(s)
		if m == nil {
			return date{}, false
		}
		d = date{2000 + atoi(s[m[8]:m[9]]), atoi(s[m[6]:m[7]]), atoi(s[m[2]:m[3]])}
		if d.y > time.Now().Year()+1 {
			d.y -= 100
		}
		if lang == "en" && d.m <= 12 && d.d <= 12 || d.m > 12 {
			d.m, d.d = d.d, d.m
		}
		if !d.valid() {
			return date{}, false
		}
		folded = fold(s[:m[0]] + " " + s[m[1]:])
		loc = []int{0, 0}
	}
	rest := folded[:loc[0]] + " " + folded[loc[1]:]
	// A second date ("mis à jour le ...") may follow the first.
	if _, loc2, ok := findDate(rest, lang); ok {
		rest = rest[:loc2[0]] + " " + rest[loc2[1]:]
	}
	rest = timeRe.ReplaceAllString(rest, " ")
	rest = zoneRe.ReplaceAllString(rest, " ")
	rest = readingTimeFoldedRe.ReplaceAllString(rest, " ")
	for _, w := range strings.Fields(rest) {
		if !dateWords[w] && !(lang == "en" && zoneWords[w]) {
			return date{}, false
		}
	}
	return d, true
}

// zoneWords are the time zones of English date lines ("11:34 PM EST Nov
// 19, 2019"); "est" is a French verb, so French lines do not get them.
var zoneWords = foldSet("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "et", "pt", "ct")

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// shortDateRe matches a numeric date with a year of two digits:
// "26/09/12", "05.04.13".
var shortDateRe = regexp.MustCompile(`\b(\d{1,2})([/.])(\d{1,2})[/.](\d{2})\b`)

// readingTimeFoldedRe matches, at the end of a folded date line, the
// article's reading time: "publie le 3 mars 2021 lecture 4 minutes",
// "march 4 2022 5 min read".
var readingTimeFoldedRe = regexp.MustCompile(`(?:\b(?:temps de )?lecture|\breading time)? ?\b\d+ min(?:ute)?s?(?: read| de lecture)?\s*$`)

// zoneRe matches a time zone offset on a folded date line: "utc 1".
var zoneRe = regexp.MustCompile(`\b(?:utc|gmt|cet|cest)(?: \d{1,2})?(?: \d{2})?\b`)

// updateRe matches a date line that gives the last update, not the
// publication.
var updateRe = regexp.MustCompile(`(?i)^\s*(?:mis(?:e)? à jour|modifi[ée]|actualis[ée]|updated|last updated)`)

// nameStampRe matches a name run into a publication stamp, without a
// separator: "Associated Press Published 11:34 PM EST Nov 19, 2019".
var nameStampRe = regexp.MustCompile(`^(\S.{1,60}?)\s+((?i:published|updated|publi[ée]e?|mis à jour|mise à jour)\b.*)$`)

// composite reads a line of page metadata whose parts, separated by "|"
// or "•", are each a date, a byline, a source or a short name ("Le Monde |
// 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 | Par Martin
// Untersinger"), or of a name and a stamp ("Associated Press Published
// 11:34 PM EST Nov 19, 2019"). It reports such a line and, if a is not nil, fills a's
// empty date and its authors from it.
func composite(s, lang string, a *Article) bool {
	if wordsUpTo(s, 40) > 40 {
		return false
	}
	var parts []string
	switch m := nameStampRe.FindStringSubmatch(s); {
	case strings.ContainsAny(s, "|•"):
		parts = strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '•' })
	case m != nil:
		// "Associated Press Published 11:34 PM EST Nov 19, 2019".
		parts = []string{m[1], m[2]}
	default:
		return false
	}
	var d, source string
	var authors []string
	dated := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if x, names, src, ok := datedByline(p, lang); ok {
			// "Rédigé par leral.net le Mercredi 19 Décembre 2018 à 09:38 |
			// | 2 commentaire(s)|"
			dated = true
			if d == "" {
				d = x.iso()
			}
			authors = append(authors, names...)
			if source == "" {
				source = src
			}
			continue
		}
		if x, ok := dateLine(p, lang); ok {
			dated = true
			if d == "" && !updateRe.MatchString(p) {
				d = x.iso()
			}
			continue
		}
		if agencyLine(p) {
			if source == "" {
				source = agency(strings.Trim(p, " .()[]"))
			}
			continue
		}
		if names := byline(p); names != nil {
			authors = append(authors, names...)
			continue
		}
		if wordsUpTo(p, 4) <= 4 && !endsSentence(p) {
			continue
		}
		return false
	}
	if !dated {
		return false
	}
	if a != nil {
		if a.Date == "" {
			a.Date = d
		}
		a.Authors = appendNew(a.Authors, authors...)
		if a.Source == "" {
			a.Source = source
		}
	}
	return true
}

var isoRe = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)

// metaDate reads a date given as metadata: ISO 8601 ("2013-07-10T09:20:00Z")
// or any form findDate knows.
func metaDate(s string) (date, bool) {
	if m := isoRe.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		d := date{atoi(m[1]), atoi(m[2]), atoi(m[3])}
		return d, d.valid()
	}
	d, _, ok := findDate(fold(s), "")
	return d, ok
}

// moment is a page's own time, to read relative dates against: a date
// and, when known, an hour (-1 when not).
type moment struct {
	date
	hour int
}

// hourRe finds a time of day in a date as tools write it: "10:15:00".
var hourRe = regexp.MustCompile(`\b([01]?\d|2[0-3]):[0-5]\d\b`)

// metaMoment reads a saved page's date and hour ("Tue Nov 28 2023
// 10:15:00 GMT+0100"); the zero moment when s holds no date.
func metaMoment(s string) moment {
	d, ok := metaDate(s)
	if !ok || d.y == 0 {
		return moment{}
	}
	m := moment{date: d, hour: -1}
	if h := hourRe.FindStringSubmatch(s); h != nil {
		m.hour = atoi(h[1])
	}
	return m
}

var (
	// relativeDayRe matches a stamp naming a day relative to today:
	// "Publié hier à 18h32", "aujourd'hui à 10h05", "Updated yesterday".
	relativeDayRe = regexp.MustCompile(`^(?:(?:publie|publiee|mis a jour|mise a jour|modifie|modifiee|posted|published|updated|last updated|le|on)\s+)*(aujourd hui|hier|avant hier|today|yesterday)(?:\s+(?:a|at|vers)\s+\d{1,2}(?:\s*h|\s+\d{2}|\s*[ap]\s*m)\S*(?:\s+\d{2})?(?:\s*[ap]\s*m)?)?$`)
	// relativeAgoRe matches "il y a 3 heures", "Publié il y a 2 jours",
	// "2 hours ago".
	relativeAgoRe = regexp.MustCompile(`^(?:(?:publie|publiee|mis a jour|mise a jour|modifie|modifiee|posted|published|updated|last updated)\s+)*(?:il y a\s+(\d{1,3})\s*(minutes?|mn|min|heures?|h|jours?|j|semaines?)|(\d{1,3})\s*(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?)\s+ago)$`)
)

// relativeLine reads a stamp giving the date relative to the page's own
// time now: "il y a 3 heures", "hier à 18h32", "2 days ago". A stamp in
// hours crosses midnight only when the page's hour is known.
func relativeLine(s string, now moment) (date, bool) {
	if now.y == 0 || wordsUpTo(s, 10) > 10 {
		return date{}, false
	}
	k := fold(s)
	t := time.Date(now.y, time.Month(now.m), now.d, max(now.hour, 0), 0, 0, 0, time.UTC)
	var back time.Duration
	if m := relativeDayRe.FindStringSubmatch(k); m != nil {
		switch m[1] {
		case "hier", "yesterday":
			back = 24 * time.Hour
		case "avant hier":
			back = 48 * time.Hour
		}
	} else if m := relativeAgoRe.FindStringSubmatch(k); m != nil {
		n, unit := m[1], m[2]
		if n == "" {
			n, unit = m[3], m[4]
		}
		switch unit[0] {
		case 'm':
			back = time.Duration(atoi(n)) * time.Minute
		case 'h':
			back = time.Duration(atoi(n)) * time.Hour
		case 'j', 'd':
			back = time.Duration(atoi(n)) * 24 * time.Hour
		case 's', 'w':
			back = time.Duration(atoi(n)) * 7 * 24 * time.Hour
		}
		if back < 24*time.Hour && now.hour < 0 {
			back = 0 // no hour known: the same day
		}
	} else {
		return date{}, false
	}
	t = t.Add(-back)
	return date{t.Year(), int(t.Month()), t.Day()}, true
}

// dateLineRel is dateLine, or, when the page's own time is known, a
// stamp relative to it (relativeLine).
func dateLineRel(s, lang string, now moment) (date, bool) {
	if d, ok := dateLine(s, lang); ok {
		return d, true
	}
	return relativeLine(s, now)
}
