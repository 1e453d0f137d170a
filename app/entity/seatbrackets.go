package entity

// seatBrackets makes a place of the town in brackets after an
// organisation, where the news writes a firm's or a farm's seat: "Les
// Ateliers de Pontaury (Mettet)", "chez Agronuts (Fosses)", "USDK
// (Dunkerque)". The rules read the name in brackets as the body's short
// form, as they read "Caisse nationale d'Assurance-Maladie (Cnam)"; a
// listed town or place that the body's initials do not spell and no
// list names as an organisation ("Ifremer") is its seat
// (bracketedPlaces, brackets.go, does it after a person or a place).
func (a *analysis) seatBrackets(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks := a.toks[b]
		for i := 0; i+1 < len(ss); i++ {
			s, t := ss[i], ss[i+1]
			if s.typ != ORG && !(s.typ == PER && s.low) || t.typ == DATE || t.typ == LOC && !t.low || t.runeEnd > 0 {
				continue
			}
			if t.from != s.to+1 || t.to >= len(toks) || toks[s.to].text != "(" || toks[t.to].text != ")" || isAcronym(toks[t.from]) {
				continue
			}
			k := keyOf(toks, t.from, t.to)
			if !g.places[k] && !g.communes.has(k) || initialsLoose(toks[s.from:s.to], toks[t.from].text) || g.institutions[k] || g.media[k] || g.bodies[k] || g.companies[k] || g.parties[k] {
				continue
			}
			ss[i+1].typ, ss[i+1].why, ss[i+1].conf, ss[i+1].low = LOC, whyCorrection, 1, false
		}
	}
}
