package entity

import "strings"

// party makes an organisation of a political party's name (parties.txt)
// that a weak cue typed otherwise or kept low: "Ecolo" is no common word
// with a capital, "les Verts" no nickname outside sports news (correct
// keeps them for this). A title or a role before it still says a person,
// and sports news is left alone, as in listedParties.
func (a *analysis) party(b int, s span, sports bool) span {
	if sports || s.typ == DATE || s.why == whyTitle || s.why == whyRole && s.to-s.from < 2 && !startsFullName(a.toks[b], s.to) || !lists().parties[keyOf(a.toks[b], s.from, s.to)] {
		// (a party of two words or more after a role, or one before a
		// full name, is the role's party: "le sénateur Les Républicains
		// Marc Dupont", "la sénatrice Renaissance Anne Morel")
		return s
	}
	s.typ, s.why, s.conf, s.low = ORG, whyCorrection, 1, false
	return s
}

// partyArticles come before a party's name written in lower case: "le
// parti socialiste", "du mouvement réformateur".
var partyArticles = map[string]bool{"le": true, "la": true, "l": true, "du": true, "au": true}

// listedParties adds the parties (parties.txt) that no span covers, or
// that hold whole the spans they overlap: the rules read no name in "le
// cdH" or "au parti socialiste", which the news writes in lower case (GUIDELINE: a party named in lower case is
// still an organisation). A party in lower case is taken after an
// article only, and a name of several words ("le parti socialiste", not
// "un parti socialiste"); a word opening a sentence only when the article
// never writes it in lower case. Sports news is left alone: "les Verts"
// there are Saint-Étienne's players.
func (a *analysis) listedParties(spans [][]span, sports bool) {
	if sports {
		return
	}
	g := lists()
	for b := range spans {
		toks, info := a.toks[b], a.info[b]
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if t.kind != word || !g.partyFirst[t.fold] || isLower(t) && !innerCapital(t.text) && (i == 0 || !partyArticles[strings.TrimSuffix(info[i-1].fold, "'")]) {
				continue
			}
			for j := min(len(toks), i+g.partyWords); j > i; j-- {
				if !g.parties[keyOf(toks, i, j)] || j < len(toks) && isCap(toks[j]) && !startsFullName(toks, j) {
					continue
				}
				if isLower(t) && !innerCapital(t.text) && j-i < 2 {
					break // "le vert", whatever the list says
				}
				if j-i == 1 && t.sentStart && !isAcronym(t) && a.art.lower[t.fold] {
					break
				}
				if j-i == 1 && g.notNames[t.fold] && i > 0 && articles[info[i-1].fold] {
					break // "la Renaissance", the era; "Renaissance", the party
				}
				if within(spans[b], i, j) {
					// "la Coalition avenir Québec": the rules read
					// "Coalition" and "Québec", the party holds them.
					kept := spans[b][:0]
					for _, s := range spans[b] {
						if s.to <= i || s.from >= j {
							kept = append(kept, s)
						}
					}
					spans[b] = append(kept, span{from: i, to: j, typ: ORG, why: whyCorrection, conf: 1})
				}
				i = j - 1
				break
			}
		}
	}
}

// within reports whether every span of ss that overlaps toks[from:to]
// lies inside it: a name found there is no longer than the range.
func within(ss []span, from, to int) bool {
	for _, s := range ss {
		if s.from < to && s.to > from && (s.from < from || s.to > to) {
			return false
		}
	}
	return true
}
