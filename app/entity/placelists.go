package entity

// locativeList reports whether a list of names opens with a place after
// a locative preposition: "à Zermatt, Crans-Montana, Anzère, Nendaz et
// Verbier", "à Dakar, Guédiawaye, Rufisque". One place after "à" or
// "en" says where, and the names listed with it answer the same
// question: they are places too, and no list of surnames
// (listedSurnames leaves such a list alone). Outside match reports, a
// dative list whose first name the model reads as a place is lost with
// it; the seen sets have none, and the model reads most people after
// "à" as people ("hommage à Monet, Renoir et Degas").
func (a *analysis) locativeList(b int, chain []span) bool {
	s := chain[0]
	if s.typ != LOC || s.low || s.from == 0 || !isLower(a.toks[b][s.from-1]) {
		return false
	}
	// A match report's list after "à" names players ("une passe à
	// Griezmann, Mbappé et Giroud"); it is checked last, being the
	// dearest.
	return locPrepositions[a.info[b][s.from-1].fold] && !a.isSports()
}

// locativePlaces makes places of the names of a locative list
// (locativeList) of three names or more, closed by "et" or "ou", that
// only a default or a weak cue typed: the model, reading each unknown
// town on its own, takes some for people ("Anzère, Nendaz et Verbier",
// "Darou Mousty"). A list with an organisation shown by a sure cue, a
// name with a first name or a known surname, and an acronym keep their
// types. Names of one or two words only.
func (a *analysis) locativePlaces(spans [][]span) {
	g := lists()
	a.listChains(spans, func(b int, chain []span) {
		if len(chain) < 3 || !a.locativeList(b, chain) || !a.closedList(b, chain) {
			return
		}
		for _, s := range chain {
			if s.typ == ORG && !s.low && !weakReasons[s.why] && s.why != whyProper {
				return
			}
		}
		for k, s := range chain {
			if s.typ == LOC && !s.low || !weakReasons[s.why] || s.to-s.from > 2 || isAcronym(a.toks[b][s.from]) {
				continue
			}
			known := false
			for i := s.from; i < s.to; i++ {
				t := a.toks[b][i]
				known = known || firstNameWord(t) || g.surnames[a.info[b][i].fold] || !isCap(t)
			}
			if known {
				continue
			}
			chain[k].typ, chain[k].why, chain[k].low = LOC, whyCorrection, false
		}
	})
}

// closedList reports whether the last two names of a chain are joined by
// "et" or "ou": an enumeration, not a place and the sentence's next
// name after a comma ("à Lyon, Dupont a dit").
func (a *analysis) closedList(b int, chain []span) bool {
	last, prev := chain[len(chain)-1], chain[len(chain)-2]
	for k := prev.to; k < last.from; k++ {
		switch a.info[b][k].fold {
		case "et", "ou":
			return true
		}
	}
	return false
}
