package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// metaLine renders an article's date, source, place and length as one
// quiet line.
func metaLine(env Env, s *site.Summary) app.UI {
	text := metaText(env, s)
	if text == "" {
		return nil
	}
	return app.P().Class("meta").Body(localBadge(env, s.ID), app.Text(text))
}

// metaText is the text of metaLine (metaNode in the result list), empty
// when the article has none of its parts.
func metaText(env Env, s *site.Summary) string {
	var parts []string
	if s.Date != "" {
		parts = append(parts, env.Date(s.Date))
	}
	if s.Source != "" {
		parts = append(parts, s.Source)
	}
	if s.Place != "" {
		parts = append(parts, s.Place)
	}
	if s.Words > 0 {
		parts = append(parts, env.Tf("article.words", s.Words))
	}
	return strings.Join(parts, " · ")
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
