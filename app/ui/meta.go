package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
	"lecteur/app/ui/resultrows"
)

// metaLine renders an article's date, source, place and length as one
// quiet line.
func metaLine(env Env, s *site.Summary) app.UI {
	text := resultrows.MetaText(env.Lang, s)
	if text == "" {
		return nil
	}
	return app.P().Class("meta").Body(localBadge(env, s.ID), app.Text(text))
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
