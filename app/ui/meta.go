package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// metaLine renders an article's date, source, place and length as one
// quiet line.
func metaLine(s *site.Summary) app.UI {
	var parts []string
	if s.Date != "" {
		parts = append(parts, formatDate(s.Date))
	}
	if s.Source != "" {
		parts = append(parts, s.Source)
	}
	if s.Place != "" {
		parts = append(parts, s.Place)
	}
	if s.Words > 0 {
		parts = append(parts, tf("article.words", s.Words))
	}
	if len(parts) == 0 {
		return nil
	}
	return app.P().Class("meta").Text(strings.Join(parts, " · "))
}

var monthsFR = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// formatDate shows an ISO date ("2013-07-10", "2013-07", "2013",
// "--05-11") the French way; anything else as it is.
func formatDate(iso string) string {
	day, month, year := "", 0, ""
	switch {
	case len(iso) == 10 && iso[4] == '-':
		year, month, day = iso[:4], atoi(iso[5:7]), strings.TrimPrefix(iso[8:], "0")
	case len(iso) == 7 && iso[4] == '-':
		year, month = iso[:4], atoi(iso[5:7])
	case len(iso) == 7 && strings.HasPrefix(iso, "--"):
		month, day = atoi(iso[2:4]), strings.TrimPrefix(iso[5:], "0")
	default:
		return iso
	}
	if month < 1 || month > 12 {
		return iso
	}
	if day == "1" {
		day = "1er"
	}
	return strings.TrimSpace(strings.Join([]string{day, monthsFR[month-1], year}, " "))
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
