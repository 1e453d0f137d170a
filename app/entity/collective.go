package entity

import "strings"

// collectiveHeads are common nouns that name a group, a government or a
// time by the person at its head: "le gouvernement Trudeau", "le régime
// Biya", "l'ère Macky Sall", "la famille Sioen", "les frères Dardenne".
// The name after them is that person's (GUIDELINE: a surname alone is a
// person), where the model, which has no such context in its old
// newspapers, reads no name at all.
var collectiveHeads = map[string]bool{
	"gouvernement": true, "gouvernements": true, "administration": true, "regime": true,
	"ere": true, "clan": true, "famille": true, "freres": true, "soeurs": true,
	"epoux": true, "dynastie": true, "camp": true, "presidence": true,
}

// collectiveNames types as a person, shown, the name of one or two
// capitalised words that follows a collective head written in lower
// case, unless the name is a listed place ("le gouvernement Québec" is
// no one's), an acronym ("le régime IEM"), a common word the article
// writes in lower case, or a name the rules are sure is something else.
func (a *analysis) collectiveNames(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks := a.toks[b]
		for i, s := range ss {
			if s.typ == DATE || s.runeEnd > 0 || s.from == 0 || s.to-s.from > 2 || s.why == whyRole || s.why == whyTitle {
				continue
			}
			head := toks[s.from-1]
			if head.kind != word || isCap(head) || !collectiveHeads[a.info[b][s.from-1].fold] {
				continue
			}
			if s.typ != PER && (trust[s.why] > 10 || s.why == whyCorrection) {
				continue // "le gouvernement Fédéral du Canada"? sure cues win
			}
			ok := !a.hasPartyWord(b, s)
			for k := s.from; k < s.to; k++ {
				t, f := toks[k], a.info[b][k].fold
				if !isCap(t) || isAcronym(t) || g.places[f] || g.countries[f] || g.stopwords[bare(t)] || g.common[f] || g.demonyms[f] || a.art.lower[f] || g.orgHead(f) || g.institutions[f] || g.media[f] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			// whyRole: the head says a person as a role word would,
			// evidence enough to show it (personEvidence).
			ss[i].typ, ss[i].why, ss[i].conf, ss[i].low = PER, whyRole, 1, false
		}
	}
}

// bodyOfPerson cuts a person's full name off the end of a body's name
// the rules ran over "de": "le Conseil des ministres de Justin Trudeau"
// is the council and its head, two names (GUIDELINE: a body named by a
// common noun and its head). The person is a known first name and one or
// two capitalised words that are no place, no head of a body and no
// common word.
func (a *analysis) bodyOfPerson(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		var out []span
		changed := false
		for _, s := range ss {
			if s.typ != ORG && s.typ != LOC || s.runeEnd > 0 || s.to-s.from < 4 {
				out = append(out, s)
				continue
			}
			cut := -1
			for n := 2; n <= 3; n++ {
				p := s.to - n // the first name
				if p-1 < s.from+2 || info[p-1].fold != "de" || !firstNameWord(toks[p]) || !isCap(toks[p]) {
					continue
				}
				ok := true
				for k := p + 1; k < s.to; k++ {
					f := info[k].fold
					ok = ok && isCap(toks[k]) && !isAcronym(toks[k]) && !g.places[f] && !g.orgHead(f) && !g.instHeads[f] && !g.common[f] && !g.stopwords[bare(toks[k])]
				}
				if ok {
					cut = p
					break
				}
			}
			if cut < 0 {
				out = append(out, s)
				continue
			}
			body := s
			body.to = cut - 1
			out = append(out, body, span{from: cut, to: s.to, typ: PER, why: whyRole, conf: 1})
			changed = true
		}
		if changed {
			spans[b] = out
		}
	}
}

// shoutedPart reports whether a hyphenated word has a part in capitals,
// as coalitions of parties are written ("PS-cdH", "MR-Ecolo").
func shoutedPart(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if len([]rune(p)) >= 2 && strings.ToUpper(p) == p && strings.ToLower(p) != p {
			return true
		}
	}
	return false
}
