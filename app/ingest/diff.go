package ingest

import (
	"lecteur/app/site"
	"lecteur/app/story"
)

// PairDiff aligns two versions of a story (story.Align and
// story.Headline) into the form the page shows: spans of the two texts.
func PairDiff(left, right *site.Text) site.PairDiff {
	return pairDiff(story.NewAligner(), left, right)
}

func pairDiff(al *story.Aligner, left, right *site.Text) site.PairDiff {
	a := al.Align(left.Paragraphs, right.Paragraphs)
	p := site.PairDiff{Left: left.ID, Right: right.ID, Units: make([]site.DiffUnit, len(a.Units))}
	lt := story.Sentence{Text: left.Title, Para: -1}
	rt := story.Sentence{Text: right.Title, Para: -1}
	h := story.Headline(left.Title, right.Title)
	p.Headline = site.DiffUnit{Diff: string(h.Diff),
		Left:  spans(lt, story.Side(h.Edits, true)),
		Right: spans(rt, story.Side(h.Edits, false)),
	}
	for i, u := range a.Units {
		d := site.DiffUnit{Diff: string(u.Diff), Moved: u.Moved}
		if u.Left >= 0 {
			d.Left = sideSpans(a.Left[u.Left], u, true)
		}
		if u.Right >= 0 {
			d.Right = sideSpans(a.Right[u.Right], u, false)
		}
		p.Units[i] = d
	}
	return p
}

// sideSpans is one side of unit u, whose sentence on that side is s.
func sideSpans(s story.Sentence, u story.Unit, left bool) []site.TextRun {
	if u.Diff != story.Changed {
		return []site.TextRun{{Para: s.Para, Start: s.Start, End: s.Start + len(s.Text)}}
	}
	return spans(s, story.Side(u.Edits, left))
}

// spans places pieces, which spell s's text end to end, in s's paragraph;
// pieces that do not (never seen) give the sentence whole, changed.
func spans(s story.Sentence, pieces []story.Piece) []site.TextRun {
	end := s.Start + len(s.Text)
	var out []site.TextRun
	at := s.Start
	for _, p := range pieces {
		if p.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Changed == p.Changed {
			out[n-1].End += len(p.Text)
		} else {
			out = append(out, site.TextRun{Para: s.Para, Start: at, End: at + len(p.Text), Changed: p.Changed})
		}
		at += len(p.Text)
	}
	if at != end || len(out) == 0 {
		return []site.TextRun{{Para: s.Para, Start: s.Start, End: end, Changed: s.Text != ""}}
	}
	return out
}

// StoryDiffs works out what the pages show of story st, whose versions'
// texts and dates are texts and dates (in the order of st.Articles): the
// sentence matrix (story.Matrix), the earliest versions (story.Earliest)
// and the pairs of versions aligned, every pair up to
// site.AllPairsUpTo versions, else each version with the first (the
// earliest: st.Articles is earliest first).
func StoryDiffs(st *site.Story, texts []*site.Text, dates []string) site.StoryDiffs {
	d := site.StoryDiffs{ID: st.ID, Articles: st.Articles, Earliest: story.Earliest(dates)}
	paras := make([][]string, len(texts))
	for i, t := range texts {
		paras[i] = t.Paragraphs
	}
	// One Aligner for the story: its versions share most sentences.
	al := story.NewAligner()
	g := al.Matrix(paras)
	for _, r := range g.Rows {
		row := site.MatrixRow{Version: -1, Cells: make([]string, len(r.Cells))}
		for v, c := range r.Cells {
			row.Cells[v] = string(c.Diff)
			if row.Version < 0 && c.Diff != "" {
				s := g.Sentences[v][c.Sentence]
				row.Version, row.Text = v, site.TextRun{Para: s.Para, Start: s.Start, End: s.Start + len(s.Text)}
			}
		}
		if row.Version >= 0 {
			d.Rows = append(d.Rows, row)
		}
	}
	n := len(texts)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if n <= site.AllPairsUpTo || i == 0 {
				d.Pairs = append(d.Pairs, pairDiff(al, texts[i], texts[j]))
			}
		}
	}
	return d
}
