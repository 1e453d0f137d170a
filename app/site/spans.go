package site

// Span is a run of a block's text, either plain or one entity mention.
type Span struct {
	Text string
	// Mark is the mention this span is, or nil for plain text.
	Mark *Mark
}

// Spans splits text into plain runs and marked mentions. Marks are rune
// offsets; marks that are out of range, empty or overlap an earlier one
// are ignored, so bad data never breaks a page.
func Spans(text string, marks []Mark) []Span {
	r := []rune(text)
	var out []Span
	pos := 0
	for i := range marks {
		m := &marks[i]
		if m.Start < pos || m.End <= m.Start || m.End > len(r) {
			continue
		}
		if m.Start > pos {
			out = append(out, Span{Text: string(r[pos:m.Start])})
		}
		out = append(out, Span{Text: string(r[m.Start:m.End]), Mark: m})
		pos = m.End
	}
	if pos < len(r) {
		out = append(out, Span{Text: string(r[pos:])})
	}
	return out
}

// RenameMarks returns marks with the entity ids rename changes replaced
// (rename maps old ids to new ones, as ingest.Merge gives it); marks
// itself is not changed.
func RenameMarks(marks [][]Mark, rename map[string]string) [][]Mark {
	if len(rename) == 0 {
		return marks
	}
	out := make([][]Mark, len(marks))
	for b, ms := range marks {
		out[b] = make([]Mark, len(ms))
		for j, m := range ms {
			if id, ok := rename[m.Entity]; ok {
				m.Entity = id
			}
			out[b][j] = m
		}
	}
	return out
}
