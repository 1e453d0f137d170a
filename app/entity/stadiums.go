package entity

import "sync"

var (
	stadiumOnce  sync.Once
	stadiumNamez looseList
)

// stadiumList returns data/stadiums.txt, read on first use.
func stadiumList() *looseList {
	stadiumOnce.Do(func() { stadiumNamez = loadLooseList("stadiums.txt") })
	return &stadiumNamez
}

// groundNouns, with the facility nouns (data/facilities.txt), head a
// listed ground's name: "la patinoire Mériadeck", "la salle
// Gaston-Médecin".
var groundNouns = map[string]bool{"patinoire": true, "salle": true, "halle": true, "enceinte": true, "stadio": true, "estadio": true, "estadi": true, "stadion": true}

// stadiumNames makes places of the grounds of data/stadiums.txt, named
// without a venue noun: "au Matmut Atlantique", "l'Orange Vélodrome",
// "à Anfield", and in a sports report "à Chaban-Delmas", "libérer
// Chaban" (GUIDELINE: stadiums are LOC, with or without their noun),
// where the rules and the model read an organisation (the sponsor's
// name), a person (the one the ground is named after) or a club. The
// name must stand apart from other capitalised words ("Jacques
// Chaban-Delmas" is the mayor); a name that is also a person's, a
// town's, a company's or a common word (" *") counts only in a sports
// report. A venue noun before the name is part of it ("stade du
// Hameau", "Palais des sports Maurice-Thorez"), and makes it a ground in
// any news.
func (a *analysis) stadiumNames(spans [][]span, sports bool) {
	l := stadiumList()
	g := lists()
	for b, toks := range a.toks {
		var found []span
		for i := 0; i < len(toks); i++ {
			if !isCap(toks[i]) {
				continue
			}
			to, c := l.longest(toks, i)
			if to == 0 {
				continue
			}
			if s, ok := a.stadiumAt(b, spans[b], i, to, c, sports, g); ok {
				found = append(found, s)
			}
			i = to - 1
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}

// stadiumAt returns the ground toks[from:to] names in block b, if it
// names one there (stadiumNames).
func (a *analysis) stadiumAt(b int, ss []span, from, to int, c clubName, sports bool, g *gazetteers) (span, bool) {
	toks, info := a.toks[b], a.info[b]
	start := from
	for k := from - 1; k >= 0 && toks[k].kind == word; k-- {
		f := info[k].fold
		if groundLinks[f] || venueKinds[f] {
			if isLower(toks[k]) {
				continue // "stade du Hameau", "Palais des sports Maurice-Thorez"
			}
			break
		}
		if g.facilities[f] || groundNouns[f] {
			start = k // the venue keeps its noun (GUIDELINE)
		}
		break
	}
	if c.strict && !sports && start == from {
		return span{}, false
	}
	if start == from && from > 0 && toks[from-1].kind == word && isCap(toks[from-1]) && !g.stopwords[info[from-1].fold] {
		return span{}, false // "Jacques Chaban-Delmas"
	}
	if to < len(toks) && toks[to].kind == word && isCap(toks[to]) {
		return span{}, false
	}
	for _, s := range ss {
		if s.to <= start || s.from >= to || s.typ == "" {
			continue
		}
		if s.from < start || s.to > to || s.runeEnd > 0 {
			return span{}, false // part of a longer name
		}
	}
	return span{from: start, to: to, typ: LOC, why: whyCorrection, conf: 1}, true
}

// groundLinks join a venue noun to a ground's name: "stade de la
// Beaujoire", "stade du Hameau", "stade de l'Abbé-Deschamps".
var groundLinks = map[string]bool{"de": true, "du": true, "des": true, "d'": true, "la": true, "l'": true, "le": true}
