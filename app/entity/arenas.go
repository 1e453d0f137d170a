package entity

// arenaTails close the name of a venue named after a sponsor or a
// place: "Adidas Arena", "Accor Arena", "O2 Arena", "Olympic Stadium".
var arenaTails = map[string]bool{"arena": true, "arene": true, "stadium": true}

// arenas makes places of the venues named after a sponsor or a person
// that the rules read as organisations, in any news (venues, teams.go,
// does it in match reports): "Centre" right before a capitalised name
// ("au Centre Bell", "le Centre Vidéotron", "le Centre Georges-Vézina")
// and a name closed by "Arena" ("l'Adidas Arena"). GUIDELINE: venues are
// LOC. "Centre" before an adjective or "de" heads a body ("Centre
// National d'Études Spatiales", "Centre d'aide aux victimes"), and a
// listed institution keeps its type.
func (a *analysis) arenas(spans [][]span) {
	g := lists()
	for b := range spans {
		toks, info := a.toks[b], a.info[b]
		for i, s := range spans[b] {
			if s.typ != ORG || s.to-s.from < 2 || !isCap(toks[s.from]) || g.institutions[keyOf(toks, s.from, s.to)] || g.media[keyOf(toks, s.from, s.to)] {
				continue
			}
			last := s.to - 1
			named := sportsVenueHeads[info[s.from].fold] && isCap(toks[s.from+1]) && !isAcronym(toks[s.from+1]) && !looksAdjective(toks[s.from+1].text) && !g.demonyms[info[s.from+1].fold]
			if !named && !(arenaTails[info[last].fold] && isCap(toks[last])) {
				continue
			}
			spans[b][i].typ, spans[b][i].why, spans[b][i].low = LOC, whyCorrection, false
		}
	}
}
