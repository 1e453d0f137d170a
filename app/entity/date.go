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

// yearCues are the words after which a bare year is a date: "en 2013",
// "d'ici 2050", "depuis 2022".
var yearCues = map[string]bool{
	"en": true, "depuis": true, "ici": true, "des": true, "avant": true, "apres": true,
	"fin": true, "debut": true, "mi": true, "de": true, "d'": true, "a": true, "vers": true,
	"jusqu'en": true, "entre": true, "et": true, "in": true, "since": true, "by": true,
	"until": true, "annee": true, "l'an": true, "an": true, "printemps": true, "ete": true,
	"automne": true, "hiver": true, "courant": true,
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
	if err != nil || n < 1800 || n > 2100 {
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
	}
	// Day month [year]
	if d, ok := dayNumber(toks[i]); ok && i+1 < len(toks) {
		if m, ok := months[toks[i+1].fold]; ok {
			if i+2 < len(toks) {
				if y, ok := yearNumber(toks[i+2]); ok {
					return span{from: from, to: i + 3, typ: DATE, value: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
				}
			}
			return span{from: from, to: i + 2, typ: DATE, value: fmt.Sprintf("--%02d-%02d", m, d)}, true
		}
	}
	if from != i { // a weekday not followed by a day number is no date
		return span{}, false
	}
	// Month [day,] year (English) or month year.
	if m, ok := months[toks[i].fold]; ok && i+1 < len(toks) {
		if y, ok := yearNumber(toks[i+1]); ok {
			return span{from: i, to: i + 2, typ: DATE, value: fmt.Sprintf("%04d-%02d", y, m)}, true
		}
		if d, ok := dayNumber(toks[i+1]); ok && i+3 < len(toks) && toks[i+2].text == "," {
			if y, ok := yearNumber(toks[i+3]); ok {
				return span{from: i, to: i + 4, typ: DATE, value: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
			}
		}
	}
	// dd/mm/yyyy
	if d, ok := dayNumber(toks[i]); ok && i+4 < len(toks) && toks[i+1].text == "/" && toks[i+3].text == "/" {
		if m, err := strconv.Atoi(toks[i+2].text); err == nil && m >= 1 && m <= 12 {
			if y, ok := yearNumber(toks[i+4]); ok && toks[i+4].start == toks[i+3].end {
				return span{from: i, to: i + 5, typ: DATE, value: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
			}
		}
	}
	// A bare year after a cue word.
	if y, ok := yearNumber(toks[i]); ok && i > 0 && yearCues[strings.TrimSuffix(toks[i-1].fold, "'")+suffixApos(toks[i-1])] {
		return span{from: i, to: i + 1, typ: DATE, value: fmt.Sprintf("%04d", y)}, true
	}
	return span{}, false
}

// suffixApos keeps the apostrophe of an elided cue ("d'") in its key.
func suffixApos(t token) string {
	if t.elided {
		return "'"
	}
	return ""
}
