package entity

// bracketedPlaces makes places of the towns that brackets locate, when
// only a weak cue typed them: a name followed by its department or
// region in brackets ("Amboise (Indre-et-Loire)", "Clamecy (Nièvre)"),
// and a name in brackets after a place, the town a village belongs to
// ("à Plainevaux (Esneux)"). The news writes a town so; a person followed
// by a department in brackets is a member of parliament, and keeps the
// type a first name, a title or a role gave him. A single name in
// brackets after a person's full name is the riding or the town of an
// elected member, as Quebec's and Belgium's news write them: "Andrée
// Laforest (Chicoutimi)", "le premier ministre (L'Assomption)" read with
// the person before it; its capitalised article is part of it.
func (a *analysis) bracketedPlaces(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks := a.toks[b]
		for i := 0; i+1 < len(ss); i++ {
			s, t := ss[i], ss[i+1]
			article := 0
			if t.from == s.to+2 && isCap(toks[s.to+1]) && articles[a.info[b][s.to+1].fold] {
				article = 1 // "(L'Assomption)", "(Le Mans)"
			}
			if s.typ == DATE || t.typ == DATE || s.to+1+article != t.from || t.to >= len(toks) || toks[s.to].text != "(" || toks[t.to].text != ")" {
				continue
			}
			switch {
			case s.typ == PER && !s.low && s.to-s.from >= 2 && a.personEvidence(b, s) && a.weakTown(b, withoutArticle(toks, a.info[b], t)) && t.runeEnd == 0:
				ss[i+1].from -= article
				ss[i+1].typ, ss[i+1].why, ss[i+1].conf, ss[i+1].low = LOC, whyCorrection, 1, false
				continue
			case article > 0:
				continue
			}
			switch {
			case g.regions[keyOf(toks, t.from, t.to)] && a.weakTown(b, s):
				ss[i].typ, ss[i].why, ss[i].conf, ss[i].low = LOC, whyCorrection, 1, false
			case s.typ == LOC && !s.low && (s.why == whyPlace || s.why == whyCountry || s.why == whyLocPrep || s.why == whyCorrection) && a.weakTown(b, t):
				ss[i+1].typ, ss[i+1].why, ss[i+1].conf, ss[i+1].low = LOC, whyCorrection, 1, false
			}
		}
	}
}

// withoutArticle returns s without the capitalised article that opens it:
// "Gardeur" of "Le Gardeur".
func withoutArticle(toks []token, info []tokInfo, s span) span {
	if s.to-s.from == 2 && isCap(toks[s.from]) && articles[info[s.from].fold] {
		s.from++
	}
	return s
}

// weakTown reports whether s may be a town that only a weak cue typed:
// one word, no first name, acronym, agency or listed organisation.
func (a *analysis) weakTown(b int, s span) bool {
	if s.to-s.from != 1 || s.typ == LOC && !s.low || !weakReasons[s.why] && s.why != whyProper {
		return false
	}
	t := a.toks[b][s.from]
	g := lists()
	f := t.fold
	return !firstNameWord(t) && !isAcronym(t) && !newsAgencies[f] && !g.companies[f] && !g.media[f] && !g.parties[f] && !g.institutions[f]
}
