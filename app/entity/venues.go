package entity

// venueKinds are the lower-case complements that make a venue of a
// capitalised "Palais", "Parc", "Centre" or "Halle": "Palais des
// congrès", "Palais des sports", "Parc des expositions", "Centre
// international de conférences". The complement is lower case, so the
// rules see "Palais" alone (a facility noun, dropped) or "Centre" (an
// organisation's head); the venue is a place (GUIDELINE: venues are LOC).
var venueKinds = map[string]bool{
	"congres": true, "sports": true, "expositions": true, "exposition": true, "festivals": true,
	"conference": true, "conferences": true, "spectacles": true, "expos": true,
}

// venueOpeners head a venue's name with a capital.
var venueOpeners = map[string]bool{"palais": true, "parc": true, "centre": true, "halle": true, "halles": true, "maison": true}

// venueNames makes one place of "Palais des congrès" and its kind,
// with an adjective between ("Centre international de conférences") and
// the town after ("Palais des congrès de Paris", "Centre international
// de conférence de Diamniadio"), in place of the spans inside it. Also
// "Centre spatial X" and "Centre commercial X", a launch site and a mall.
func (a *analysis) venueNames(spans [][]span) {
	for b, toks := range a.toks {
		info := a.info[b]
		var found []span
		for i := 0; i+1 < len(toks); i++ {
			if !venueOpeners[info[i].fold] || !isCap(toks[i]) || isAcronym(toks[i]) {
				continue
			}
			k := i + 1
			end := 0
			if info[i].fold == "centre" && (info[k].fold == "spatial" || info[k].fold == "commercial") && isLower(toks[k]) {
				end = k + 1
				for end < len(toks) && toks[end].kind == word && (isCap(toks[end]) || isLower(toks[end]) && looksAdjective(toks[end].text)) {
					end++ // "Centre spatial guyanais", "Centre commercial Grand Var"
				}
			} else {
				for k < len(toks) && isLower(toks[k]) && looksAdjective(toks[k].text) && !venueKinds[info[k].fold] {
					k++ // "international"
				}
				if k+1 >= len(toks) || !(info[k].fold == "des" || info[k].fold == "de" || info[k].fold == "du") || !venueKinds[info[k+1].fold] {
					continue
				}
				end = k + 2
				named := end
				for end < len(toks) && toks[end].kind == word && isCap(toks[end]) && !isAcronym(toks[end]) {
					end++ // "Parc des sports André-Michelin"
				}
				if end > named {
					// Named after a person, the venue leaves its town
					// apart, as "stade Amadou Barry de Kaolack" does.
					found = append(found, span{from: i, to: end, typ: LOC, why: whyCorrection, conf: 1})
					i = end - 1
					continue
				}
			}
			// The town: "de Paris", "d'Ajaccio".
			if end+1 < len(toks) && (info[end].fold == "de" || info[end].fold == "d'") && isCap(toks[end+1]) && toks[end+1].kind == word {
				end += 2
				for end < len(toks) && toks[end].kind == word && isCap(toks[end]) && toks[end].start == toks[end-1].end+1 {
					end++
				}
			}
			found = append(found, span{from: i, to: end, typ: LOC, why: whyCorrection, conf: 1})
			i = end - 1
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}
