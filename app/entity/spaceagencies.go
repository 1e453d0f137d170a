package entity

// spaceAgencies makes organisations of the space agencies named in lower
// case by their country or continent: "l'agence spatiale américaine",
// "l'agence spatiale canadienne" (GUIDELINE: a body named in lower case
// is still ORG, "agence spatiale canadienne"). With a capital the rules
// find them already ("l'Agence spatiale européenne"); a body found
// around one keeps its name.
func (a *analysis) spaceAgencies(spans [][]span) {
	g := lists()
	for b, toks := range a.toks {
		info := a.info[b]
		var found []span
		for i := 0; i+2 < len(toks); i++ {
			if info[i].fold != "agence" || info[i+1].fold != "spatiale" || !isLower(toks[i+2]) || !g.demonyms[info[i+2].fold] && !continentalAdjectives[info[i+2].fold] {
				continue
			}
			covered := false
			for _, s := range spans[b] {
				covered = covered || !s.low && s.from < i+3 && i < s.to
			}
			if !covered {
				found = append(found, span{from: i, to: i + 3, typ: ORG, why: whyCorrection, conf: 1})
			}
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}
