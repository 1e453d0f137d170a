package i18n

import "strings"

// months names the months in each interface language.
var months = map[Lang][]string{
	French:  {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	English: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// shortMonths are the usual abbreviations, for the timeline.
var shortMonths = map[Lang][]string{
	French:  {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
	English: {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
}

// Date shows an ISO date ("2013-07-10", "2013-07", "2013", "--05-11") in
// language l: "1er juillet 2013" or "1 July 2013"; anything else as it is.
func (l Lang) Date(iso string) string {
	day, month, year := "", 0, ""
	switch {
	case len(iso) == 10 && iso[4] == '-':
		year, month, day = iso[:4], atoi(iso[5:7]), strings.TrimPrefix(iso[8:], "0")
	case len(iso) == 7 && strings.HasPrefix(iso, "--"):
		month, day = atoi(iso[2:4]), strings.TrimPrefix(iso[5:], "0")
	case len(iso) == 7 && iso[4] == '-':
		year, month = iso[:4], atoi(iso[5:7])
	default:
		return iso
	}
	if month < 1 || month > 12 {
		return iso
	}
	names, ok := months[l]
	if !ok {
		names = months[French]
	}
	if day == "1" && l != English {
		day = "1er"
	}
	return strings.TrimSpace(strings.Join([]string{day, names[month-1], year}, " "))
}

// Month shows a "2013-07" month as "juil. 2013" / "Jul 2013" for the
// timeline's labels, or the full name with full set.
func (l Lang) Month(ym string, full bool) string {
	if len(ym) != 7 || ym[4] != '-' {
		return ym
	}
	m := atoi(ym[5:7])
	if m < 1 || m > 12 {
		return ym
	}
	names := months
	if !full {
		names = shortMonths
	}
	if _, ok := names[l]; !ok {
		l = French
	}
	return names[l][m-1] + " " + ym[:4]
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}
