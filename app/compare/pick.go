package compare

import (
	"strings"

	"github.com/sahilm/fuzzy"

	"lecteur/app/search"
)

// Picker finds articles by a few letters of their title, for the compare
// view's article picker. Titles are folded with search.Normalize, so
// "securite" finds "cybersécurité". It matches letters in order
// (sahilm/fuzzy), the way a reader types a few letters to narrow a list;
// it forgives no typo: counting typos is search.Distance's job.
type Picker struct {
	folded []string
}

// NewPicker returns a Picker over titles; Pick returns indexes into it.
func NewPicker(titles []string) *Picker {
	p := &Picker{folded: make([]string, len(titles))}
	for i, t := range titles {
		p.folded[i] = search.Normalize(t)
	}
	return p
}

// Pick returns the indexes of the titles matching query, best first: the
// letters of the query must appear in the title in order (a fuzzy match,
// with words and runs of letters ranking first). A blank query matches
// every title, in their order.
func (p *Picker) Pick(query string) []int {
	// Spaces go: the letters of "sino amer" are found in order in
	// "sino-americaines".
	q := strings.Join(strings.Fields(search.Normalize(query)), "")
	if q == "" {
		out := make([]int, len(p.folded))
		for i := range out {
			out[i] = i
		}
		return out
	}
	matches := fuzzy.Find(q, p.folded)
	out := make([]int, len(matches))
	for i, m := range matches {
		out[i] = m.Index
	}
	return out
}
