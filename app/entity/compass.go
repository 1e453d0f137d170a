package entity

// compassRegions makes places of the points of the compass that name a
// part of a country, capitalised after an article: "dans l'Est du pays",
// "le grand Ouest", "le Sud-Ouest". Only where no name holds the word
// already ("l'Afrique de l'Ouest" is one place) but the word alone, weakly
// typed, and never opening a
// sentence ("Est-ce").
func (a *analysis) compassRegions(spans [][]span) {
	for b, toks := range a.toks {
		info := a.info[b]
		var found []span
		for i := 1; i < len(toks); i++ {
			if !compass[info[i].fold] || !isCap(toks[i]) || toks[i].sentStart || isAcronym(toks[i]) {
				continue
			}
			from := i
			if info[i-1].fold == "grand" || info[i-1].fold == "grande" {
				from = i - 1 // "le grand Ouest"
			}
			if from == 0 || !articles[info[from-1].fold] && info[from-1].fold != "l'" {
				continue
			}
			if i+1 < len(toks) && toks[i+1].kind == word && isCap(toks[i+1]) {
				continue // "le Nord Cotentin": another name
			}
			free := true
			for _, s := range spans[b] {
				if s.from <= i && i < s.to && !(s.from >= from && s.to == i+1 && (s.low || weakReasons[s.why])) {
					free = false // a weakly typed "Ouest" alone is replaced
					break
				}
			}
			if free {
				found = append(found, span{from: from, to: i + 1, typ: LOC, why: whyCorrection, conf: 1})
			}
		}
		if found != nil {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}
