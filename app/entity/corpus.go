package entity

import "strings"

// Reconcile makes the mentions of a corpus agree with each other before
// Link: a name written alone ("Macron", "Benalla") takes the type of the
// person whose full name ends with it elsewhere in the corpus, and is
// shown if that person is; a low-confidence person whose exact name is
// shown elsewhere is shown too. Listed places, institutions and media keep
// their type ("Paris" stays a place next to "Pierre Paris"). docs are
// changed in place.
func Reconcile(docs []Doc) {
	g := lists()
	surer := map[string]bool{} // folded names and name tails of people shown
	for _, d := range docs {
		for _, m := range d.Mentions {
			if m.Type != PER || m.Low {
				continue
			}
			f := Fold(m.Text)
			surer[f] = true
			words := strings.Fields(f)
			for k := 1; k < len(words); k++ {
				if tail := strings.Join(words[k:], " "); !g.particles[words[k]] || k+1 < len(words) {
					surer[tail] = true
				}
			}
		}
	}
	for i := range docs {
		for j := range docs[i].Mentions {
			m := &docs[i].Mentions[j]
			if m.Type == DATE || (m.Type == PER && !m.Low) {
				continue
			}
			f := Fold(m.Text)
			if !surer[f] || g.places[f] || g.institutions[f] || g.media[f] || g.orgHead(f) {
				continue
			}
			if m.Type != PER && len(strings.Fields(f)) > 1 {
				continue // a longer organisation or place keeps its type
			}
			m.Type, m.Low = PER, false
		}
	}
}
