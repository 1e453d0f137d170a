package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/search"
	"lecteur/app/site"
)

// marked renders a block of article text with its entity mentions wrapped
// as <mark data-entity="TYPE"> and the words of the reader's query (hits)
// as plain <mark>, nested inside a mention when they fall in one. Every part
// goes through Text, so article text is never markup.
func marked(env Env, text string, marks []site.Mark, hits []search.Range) []app.UI {
	return markedWith(env, text, marks, hits, following{})
}

// following flags the mentions of one entity in a block: the compare
// view's followed entity. Each mention gets data-selected, and the current
// one (by its index in the block's marks) an id to scroll to and
// data-current.
type following struct {
	entity  string // "" follows none
	current int    // index of the current mention in the block's marks, or -1
	id      string // the element id the current mention gets
}

// markedWith is marked with the mentions of f.entity flagged.
func markedWith(env Env, text string, marks []site.Mark, hits []search.Range, f following) []app.UI {
	spans := site.Spans(text, marks)
	out := make([]app.UI, 0, len(spans))
	pos := 0 // rune offset of the current span
	for _, s := range spans {
		n := len([]rune(s.Text))
		inner := highlighted(s.Text, shift(hits, pos, n))
		pos += n
		if s.Mark == nil {
			out = append(out, inner...)
			continue
		}
		m := app.Mark().
			DataSet("entity", s.Mark.Type).
			DataSet("entity-id", s.Mark.Entity).
			Title(env.T("type." + s.Mark.Type)).
			Body(inner...)
		if s.Mark.Low {
			m = m.DataSet("low", "1")
		}
		if f.entity != "" && s.Mark.Entity == f.entity {
			m = m.DataSet("selected", "yes")
			if markIndex(marks, s.Mark) == f.current {
				m = m.ID(f.id).DataSet("current", "yes")
			}
		}
		out = append(out, m)
	}
	return out
}

// markIndex returns the index of mark m in marks: site.Spans points into
// the slice it was given.
func markIndex(marks []site.Mark, m *site.Mark) int {
	for i := range marks {
		if &marks[i] == m {
			return i
		}
	}
	return -1
}

// shift returns the parts of ranges that fall in [from, from+n), relative
// to from.
func shift(ranges []search.Range, from, n int) []search.Range {
	var out []search.Range
	for _, r := range ranges {
		s, e := r.Start-from, r.End-from
		if e <= 0 || s >= n {
			continue
		}
		if s < 0 {
			s = 0
		}
		if e > n {
			e = n
		}
		out = append(out, search.Range{Start: s, End: e})
	}
	return out
}

// articleBody renders an article's captions and paragraphs with their
// marks; the title is rendered by the caller (it is block 0). terms are the
// query's matched terms to mark, if the reader came from a search.
func articleBody(env Env, x *site.Text, terms []string) app.UI {
	nc := len(x.Captions)
	hits := func(s string) []search.Range {
		if len(terms) == 0 {
			return nil
		}
		return search.Highlight(s, terms)
	}
	return app.Div().Class("body").Body(
		app.If(nc > 0, app.Figure().Class("captions").Body(
			app.Range(x.Captions).Slice(func(i int) app.UI {
				return app.FigCaption().Body(marked(env, x.Captions[i], x.MarksOf(1+i), hits(x.Captions[i]))...)
			}),
		)),
		app.Range(x.Paragraphs).Slice(func(i int) app.UI {
			return app.P().ID(paraID(i)).Body(marked(env, x.Paragraphs[i], x.MarksOf(1+nc+i), hits(x.Paragraphs[i]))...)
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
