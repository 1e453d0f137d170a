package story

// Grid is the group view of a story: every sentence any version has, one
// row each, and which versions have it.
type Grid struct {
	Rows []Row
	// Sentences[v] are the sentences of version v.
	Sentences [][]Sentence
}

// Row is one sentence of a story across its versions.
type Row struct {
	// Text is the sentence in the words of the first version that has it.
	Text string
	// Cells has one cell per version, in the order given to Matrix.
	Cells []Cell
}

// Cell is one version's copy of a row's sentence.
type Cell struct {
	// Diff is Same when the version has the sentence as Text writes it,
	// Changed when it has it with words changed, "" when it does not have
	// it.
	Diff Diff
	// Sentence is the sentence's index in the version's Grid.Sentences,
	// or -1.
	Sentence int
}

// Matrix lines up the sentences of several versions of a story (each
// given as its paragraphs): the rows follow the first version, with the
// sentences the others add placed where they add them. Each version is
// aligned (as Align does) against the rows so far.
func Matrix(versions [][]string) Grid { return NewAligner().Matrix(versions) }

// Matrix is Matrix with the sentences prepared once.
func (al *Aligner) Matrix(versions [][]string) Grid {
	var g Grid
	for v, paras := range versions {
		sents := Split(paras)
		g.Sentences = append(g.Sentences, sents)
		texts := make([]string, len(sents))
		for i, s := range sents {
			texts[i] = s.Text
		}
		rowTexts := make([]string, len(g.Rows))
		for i, r := range g.Rows {
			rowTexts[i] = r.Text
		}
		var rows []Row
		for _, u := range al.alignTexts(rowTexts, texts) {
			var r Row
			if u.Left >= 0 {
				r = g.Rows[u.Left]
			} else {
				r = Row{Text: texts[u.Right], Cells: make([]Cell, v, len(versions))}
				for k := range r.Cells {
					r.Cells[k].Sentence = -1
				}
			}
			c := Cell{Sentence: u.Right}
			if u.Right >= 0 {
				c.Diff = Same
				if u.Diff == Changed {
					c.Diff = Changed
				}
			}
			r.Cells = append(r.Cells, c)
			rows = append(rows, r)
		}
		g.Rows = rows
	}
	return g
}

// Earliest returns the indexes of the versions published first, by their
// ISO 8601 dates ("2025-03-14", "2025-03-14T09:12"): all those that tie.
// Days compare first; among versions of the first day, times compare when
// known, and a version without a time ties with the earliest time. Dates
// without a year ("--03-14") and empty ones are not compared. It returns
// nil when no version has a full date.
func Earliest(dates []string) []int {
	day := func(d string) string { return d[:min(len(d), 10)] }
	firstDay, firstTime := "", ""
	for _, d := range dates {
		if len(d) < 4 || d[0] < '0' || d[0] > '9' {
			continue
		}
		if firstDay == "" || day(d) < firstDay {
			firstDay, firstTime = day(d), ""
		}
		if day(d) == firstDay && len(d) > 10 && (firstTime == "" || d[10:] < firstTime) {
			firstTime = d[10:]
		}
	}
	var out []int
	for i, d := range dates {
		if firstDay != "" && len(d) >= 4 && day(d) == firstDay && (len(d) <= 10 || d[10:] == firstTime) {
			out = append(out, i)
		}
	}
	return out
}
