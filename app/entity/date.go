package entity

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// months maps folded French and English month names to their number.
var months = map[string]int{
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
	"juillet": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// weekdays holds folded French and English day names.
var weekdays = map[string]bool{
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// monthAbbreviations are the short month names of datelines, read only
// after a day number: "11 fév 2019", "3 sept. 2024".
var monthAbbreviations = map[string]int{
	"janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"jan": 1, "feb": 2, "apr": 4, "jul": 7, "aug": 8, "sep": 9,
}

// englishMonths are the English month names and short names that open
// an English date when capitalised: "March 20", "Jan. 30, 2025", "Nov 24".
var englishMonths = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// yearCues are the words after which a bare year is a date: "en 2013",
// "d'ici 2050", "depuis 2022".
var yearCues = map[string]bool{
	"en": true, "depuis": true, "ici": true, "des": true, "avant": true, "apres": true,
	"fin": true, "debut": true, "mi": true, "vers": true, "horizon": true, "voire": true, "pour": true, "a": true,
	"jusqu'en": true, "entre": true, "in": true, "since": true, "by": true,
	"until": true, "annee": true, "l'an": true, "an": true, "printemps": true, "ete": true,
	"automne": true, "hiver": true, "courant": true, "exercice": true,
	"saison": true, "rentree": true, "edition": true, "of": true, "millesime": true, "promotion": true, "campagne": true,
	// A year naming a period of a document (GUIDELINE): "bilan 2022",
	// "budget 2026".
	"bilan": true, "budget": true,
}

// yearSpan matches two years joined by a hyphen, written as one number:
// "l'hiver 2009-2010", "les années 1991-2020".
var yearSpan = regexp.MustCompile(`^(1[0-9]{3}|20[0-9]{2})[-–](1[0-9]{3}|20[0-9]{2})$`)

// rangeCues make a date of a bare year only as one end of a range:
// "de 2012 à 2014", "entre 2012 et 2014", "jusqu'à 2020"; "l'élection
// de 2020" and "à 1939 interpellations" are none.
var rangeCues = map[string]bool{"de": true, "d'": true, "au": true, "et": true}

// rangeLinks join two months of one year: "janvier et février 2018".
// Two dates with their months ("31 mai au 9 juin") stay two, as our own
// articles and most of the real-news gold read them.
var rangeLinks = map[string]bool{"au": true, "et": true, "a": true}

// periodOrdinals open a quarter or a half of a year.
var periodOrdinals = map[string]bool{
	"premier": true, "1er": true, "deuxieme": true, "second": true, "2e": true, "troisieme": true, "3e": true, "quatrieme": true, "4e": true,
}

// span is a recognised stretch of tokens [from, to) with its type.
type span struct {
	from, to int
	typ      Type
	value    string
	// runeStart and runeEnd, when runeEnd > 0, narrow the span to part of
	// one token: "Paris" in "Paris-Bordeaux".
	runeStart, runeEnd int
	// conf is the model's probability that the span is this entity (1 for
	// the rules' dates and for corrections the rules are sure of).
	conf float64
	// why is the rule that typed the span.
	why reason
	// low marks a mention shown only on request (doc.go, "Confidence").
	low bool
}

// dayNumber reads "11" or "1er" as a day of the month.
func dayNumber(t token) (int, bool) {
	s := strings.TrimSuffix(strings.ToLower(t.text), "er")
	if s == "" || (s[0] < '0' || s[0] > '9') && s[0] != '+' && s[0] != '-' {
		return 0, false // not a number: spares Atoi's error
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

func yearNumber(t token) (int, bool) {
	if t.kind != number || len(t.text) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(t.text)
	if err != nil || n < 1000 || n > 2100 {
		return 0, false
	}
	return n, true
}

// findDates returns the dates among toks, left to right. Day and month
// without a year get the value "--MM-DD"; a month and a year "YYYY-MM".
// A month or a day name alone is no date.
func findDates(toks []token) []span {
	var out []span
	for i := 0; i < len(toks); i++ {
		if s, ok := dateAt(toks, i); ok {
			s = daysBefore(toks, s)
			if n := len(out); n > 0 && out[n-1].to > s.from {
				s.from = out[n-1].to // never over the previous date
			}
			out = append(out, s)
			i = s.to - 1
		}
	}
	return out
}

// dottedDate matches a date written as one number: "05.06.18", "14.03.2024".
var dottedDate = regexp.MustCompile(`^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{2}|[0-9]{4})$`)

func dateAt(toks []token, i int) (span, bool) {
	from := i
	if m := dottedDate.FindStringSubmatch(toks[i].text); m != nil && toks[i].kind == number {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if len(m[3]) == 2 {
			y += 2000
			if y > 2069 {
				y -= 100
			}
		}
		if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
			return span{from: i, to: i + 1, typ: DATE, value: fmt.Sprintf("%04d-%02d-%02d", y, mo, d)}, true
		}
	}
	if weekdays[toks[i].fold] && i+1 < len(toks) {
		i++
		if toks[i].text == "," && i+1 < len(toks) && months[toks[i+1].fold] > 0 {
			// "Tuesday, October 16, 2018"
			if s, ok := dateAt(toks, i+1); ok && s.to-s.from >= 2 {
				s.from = from
				return s, true
			}
		}
		if s, ok := dateAt(toks, i); ok && strings.Count(s.value, "-") == 2 && s.value[0] != '-' && s.to-s.from >= 1 && toks[i].kind == number {
			s.from = from // "vendredi 01/02/2013"
			return s, true
		}
	}
	// Day month [year]
	if d, ok := dayNumber(toks[i]); ok && i+1 < len(toks) {
		m, ok := months[toks[i+1].fold]
		next := i + 2
		if !ok {
			if m, ok = monthAbbreviations[toks[i+1].fold]; ok && next < len(toks) && toks[next].text == "." && toks[next].start == toks[i+1].end {
				next++ // "3 sept. 2024"
			}
		}
		if ok {
			if next < len(toks) {
				if y, ok := yearNumber(toks[next]); ok {
					return span{from: from, to: next + 1, typ: DATE, value: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
				}
			}
			if toks[next-1].text == "." && (next >= len(toks) || isCap(toks[next])) {
				next-- // the dot of "sept." also ends the sentence
			}
			return span{from: from, to: next, typ: DATE, value: fmt.Sprintf("--%02d-%02d", m, d)}, true
		}
	}
	if from != i { // a weekday not followed by a day number is no date
		return span{}, false
	}
	// Two months and a year: "janvier et février 2018".
	if m, ok := months[toks[i].fold]; ok && i+3 < len(toks) && rangeLinks[toks[i+1].fold] && months[toks[i+2].fold] > m {
		if y, ok := yearNumber(toks[i+3]); ok {
			return span{from: i, to: i + 4, typ: DATE, value: fmt.Sprintf("%04d-%02d", y, m)}, true
		}
	}
	// A quarter or a half of a year: "quatrième trimestre 2025",
	// "premier semestre 2022".
	if periodOrdinals[toks[i].fold] && i+2 < len(toks) && (toks[i+1].fold == "trimestre" || toks[i+1].fold == "semestre") {
		if y, ok := yearNumber(toks[i+2]); ok {
			return span{from: i, to: i + 3, typ: DATE, value: fmt.Sprintf("%04d", y)}, true
		}
	}
	// Month [day,] year (English) or month year.
	if m, ok := months[toks[i].fold]; ok && i+1 < len(toks) {
		if y, ok := yearNumber(toks[i+1]); ok {
			return span{from: i, to: i + 2, typ: DATE, value: fmt.Sprintf("%04d-%02d", y, m)}, true
		}
	}
	// English month and day, and year: "March 20", "Jan. 30, 2025"; a
	// lower-case month only with its year ("october 16, 2018"), and no
	// month after a name ("Theresa May 5").
	if m, ok := englishMonths[toks[i].fold]; ok && i+1 < len(toks) {
		_, full := months[toks[i].fold]
		cap := isCap(toks[i]) && (i == 0 || !isCap(toks[i-1]))
		next := i + 1
		if !full && toks[next].text == "." && toks[next].start == toks[i].end {
			next++
		}
		if next < len(toks) && (cap || full) {
			if d, ok := dayNumber(toks[next]); ok && (next+1 >= len(toks) || !units[toks[next+1].fold]) {
				if next+2 < len(toks) && toks[next+1].text == "," {
					if y, ok := yearNumber(toks[next+2]); ok {
						return span{from: i, to: next + 3, typ: DATE, value: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
					}
				}
				if cap {
					return span{from: i, to: next + 1, typ: DATE, value: fmt.Sprintf("--%02d-%02d", m, d)}, true
				}
			}
		}
	}
	if s, ok := numericDate(toks, i); ok { // numericdates.go
		return s, true
	}
	// dd/mm/yyyy
	if d, ok := dayNumber(toks[i]); ok && i+4 < len(toks) && toks[i+1].text == "/" && toks[i+3].text == "/" {
		if m, err := strconv.Atoi(toks[i+2].text); err == nil && m >= 1 && m <= 12 {
			if y, ok := yearNumber(toks[i+4]); ok && toks[i+4].start == toks[i+3].end {
				return span{from: i, to: i + 5, typ: DATE, value: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
			}
		}
	}
	if m := yearSpan.FindStringSubmatch(toks[i].text); m != nil && i > 0 && m[1] < m[2] {
		if cue := strings.TrimSuffix(toks[i-1].fold, "'") + suffixApos(toks[i-1]); yearCues[cue] || cue == "annees" || periodSpan(toks, i) {
			// "les années 1991-2020", but "les années 1970" is a decade
			return span{from: i, to: i + 1, typ: DATE, value: m[1] + "/" + m[2]}, true
		}
	}
	// A bare year after a cue word, not counting things ("1939
	// interpellations").
	if y, ok := yearNumber(toks[i]); ok && i > 0 && !countsSomething(toks, i) {
		cue := strings.TrimSuffix(toks[i-1].fold, "'") + suffixApos(toks[i-1])
		if yearCues[cue] || rangeCues[cue] && inYearRange(toks, i, cue) || yearPair(toks, i) {
			return span{from: i, to: i + 1, typ: DATE, value: fmt.Sprintf("%04d", y)}, true
		}
	}
	return span{}, false
}

// units are measures written after a number: "à 1200 km" and "1500 m
// d'altitude" are no years.
var units = map[string]bool{
	"m": true, "km": true, "cm": true, "mm": true, "kg": true, "g": true, "t": true, "l": true,
	"h": true, "min": true, "ha": true, "m2": true, "km2": true, "w": true, "kw": true, "mw": true,
	"°": true, "%": true, "€": true, "$": true, "£": true, "euro": true, "dollar": true,
}

// countsSomething reports whether the number at toks[i] is followed by a
// plural noun or a unit: a count or a measure, no year ("1939
// interpellations", "à 1200 km").
func countsSomething(toks []token, i int) bool {
	if i+1 < len(toks) && units[toks[i+1].fold] {
		return true
	}
	if i+1 >= len(toks) || !isLower(toks[i+1]) || lists().stopwords[bare(toks[i+1])] || lists().particles[toks[i+1].fold] {
		return false
	}
	f := toks[i+1].fold
	return len(f) > 3 && (strings.HasSuffix(f, "s") || strings.HasSuffix(f, "x"))
}

// inYearRange reports whether the year at toks[i], after cue, is one end
// of a range of years ("de 2012 à 2014", "entre 2012 et 2014", "jusqu'à
// 2020") or after a cue with "de" ("à partir de 2027").
func inYearRange(toks []token, i int, cue string) bool {
	switch cue {
	case "de", "d'":
		if i >= 2 {
			switch toks[i-2].fold {
			case "partir", "fin", "debut", "courant", "printemps", "ete", "automne", "hiver":
				return true // "à partir de 2027", "à la fin de 2020"
			}
		}
		if i+2 < len(toks) {
			if _, ok := yearNumber(toks[i+2]); ok && (toks[i+1].fold == "a" || toks[i+1].fold == "au") && !countsSomething(toks, i+2) {
				return true
			}
		}
	case "au":
		if i >= 2 {
			_, ok := yearNumber(toks[i-2])
			return ok
		}
	case "et":
		// "entre 2014 et 2018", "en 1962 et 1968", but not "(1996 et
		// 2000)" where the first year has no cue.
		if i >= 3 {
			_, ok := yearNumber(toks[i-2])
			return ok && (yearCues[strings.TrimSuffix(toks[i-3].fold, "'")+suffixApos(toks[i-3])] || yearPair(toks, i-2))
		}
	}
	return false
}

// yearPair reports whether the year at toks[i] opens a pair of years
// named as times, "Y1 et Y2" with Y1 before Y2 ("On a connu 1981 et
// 2021", "les deux années covid, 2020 et 2021"): not in brackets, where
// years qualify a work or a life ("(1996 et 2000)"), not after "de" ("la
// loi de 1905 et 1910" reads as date.go reads "l'élection de 2020"),
// and not counting things.
func yearPair(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].fold != "et" {
		return false
	}
	y1, _ := yearNumber(toks[i])
	y2, ok := yearNumber(toks[i+2])
	if !ok || y2 <= y1 || countsSomething(toks, i+2) {
		return false
	}
	if i > 0 {
		switch strings.TrimSuffix(toks[i-1].fold, "'") {
		case "(", "de", "d", "du", "des":
			return false
		}
	}
	return true
}

// daysBefore extends a day-and-month date back over the days listed
// before it: "15, 16 et 17 janvier", "du 3 au 14 décembre", "15 et 22
// mars 2020" are one date each, from the first day.
func daysBefore(toks []token, s span) span {
	first := s.from
	if weekdays[toks[first].fold] && first+1 < s.to {
		first++ // "mardi 8 au samedi 12 novembre"
	}
	if _, ok := dayNumber(toks[first]); !ok || s.value == "" {
		return s
	}
	from := s.from
	for from >= 2 {
		switch toks[from-1].fold {
		case "et", "au", ",", "a":
		default:
			return withFirstDay(toks, s, from)
		}
		if _, ok := dayNumber(toks[from-2]); !ok || toks[from-2].kind != number {
			break
		}
		from -= 2
		if from >= 1 && weekdays[toks[from-1].fold] {
			from-- // "mardi 8 au ...": the weekday of the first day
		}
	}
	return withFirstDay(toks, s, from)
}

// withFirstDay moves s to start at toks[from] (a day, or its weekday)
// and gives its value that day.
func withFirstDay(toks []token, s span, from int) span {
	if from == s.from {
		return s
	}
	day := from
	if weekdays[toks[day].fold] {
		day++
	}
	d, _ := dayNumber(toks[day])
	s.from = from
	if n := len(s.value); n >= 2 {
		s.value = fmt.Sprintf("%s%02d", s.value[:n-2], d)
	}
	return s
}

// suffixApos keeps the apostrophe of an elided cue ("d'") in its key.
func suffixApos(t token) string {
	if t.elided {
		return "'"
	}
	return ""
}
