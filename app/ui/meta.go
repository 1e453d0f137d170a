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
	return app.P().Class("meta").Body(localBadge(s.ID), app.Text(strings.Join(parts, " · ")))
}

// formatDate shows an ISO date in the interface language (i18n.Lang.Date).
func formatDate(iso string) string { return lang.Date(iso) }

// formatMonth shows a "2013-07" month in the interface language.
func formatMonth(ym string, full bool) string { return lang.Month(ym, full) }

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
