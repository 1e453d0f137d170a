package entity

// Companies and bodies the rules read as people by default (session 14,
// from train-s8's "Kering Beauté", "Grand Lyon Habitat", "Calder Valley
// Roofing"): a name of several words that no first name opens is no
// person when a listed company opens it (a company and its division) or
// when one of its words is a listed place (a town's housing office, a
// valley's roofer): people named without a known first name are named
// by words no list knows ("Maïder Arosteguy", "Dodi Lukebakio"), and
// a person's first or last word may be a place ("Dionne Warwick").

// defaultCompanies retypes such names organisations. A name a title, a
// role, a first name, the article's other mentions or a match report
// made a person stays one.
func (a *analysis) defaultCompanies(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		for i, s := range ss {
			if s.typ != PER || s.why != whyDefaultPer || s.to-s.from < 2 || s.runeEnd > 0 || titleBefore(toks, s.from) || roleBefore(toks, s.from) {
				continue
			}
			company := g.companies[info[s.from].fold] && isCap(toks[s.from])
			place := false
			person := false
			for k := s.from; k < s.to; k++ {
				t := toks[k]
				if t.kind != word || !isCap(t) {
					continue
				}
				if firstNameWord(t) || a.surnames[info[k].fold] {
					person = true
				}
				if (g.places[info[k].fold] && !g.surnames[info[k].fold] || allPlaces(info[k].fold)) && (k > s.from && k < s.to-1 || k == s.from+1 && leadingAdjectives[info[s.from].fold]) {
					place = true // a place inside the name: "Grand Lyon Habitat" (not "Dionne Warwick", "Orel Mangala")
				}
			}
			if person || !company && !place {
				continue
			}
			ss[i].typ, ss[i].why = ORG, whyCorrection
		}
	}
}
