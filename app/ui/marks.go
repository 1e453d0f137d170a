package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// marked renders a block of article text with its entity mentions wrapped
// as <mark data-entity="TYPE">. Every part goes through Text, so article
// text is never markup.
func marked(text string, marks []site.Mark) []app.UI {
	spans := site.Spans(text, marks)
	out := make([]app.UI, len(spans))
	for i, s := range spans {
		if s.Mark == nil {
			out[i] = app.Text(s.Text)
			continue
		}
		out[i] = app.Mark().
			Class("ent ent-"+s.Mark.Type).
			DataSet("entity", s.Mark.Type).
			DataSet("entity-id", s.Mark.Entity).
			Title(t("type." + s.Mark.Type)).
			Text(s.Text)
	}
	return out
}

// articleBody renders an article's captions and paragraphs with their
// marks; the title is rendered by the caller (it is block 0).
func articleBody(x *site.Text) app.UI {
	nc := len(x.Captions)
	return app.Div().Class("body").Body(
		app.If(nc > 0, app.Figure().Class("captions").Body(
			app.Range(x.Captions).Slice(func(i int) app.UI {
				return app.FigCaption().Body(marked(x.Captions[i], x.MarksOf(1+i))...)
			}),
		)),
		app.Range(x.Paragraphs).Slice(func(i int) app.UI {
			return app.P().ID(paraID(i)).Body(marked(x.Paragraphs[i], x.MarksOf(1+nc+i))...)
		}),
	)
}

func paraID(i int) string { return "p" + itoa(i+1) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
