package entity

// museumDomains are the lower-case fields a museum is named by: "Musée
// d'histoire naturelle", "musée des beaux-arts", "musée d'art et
// d'archéologie".
var museumDomains = map[string]bool{
	"histoire": true, "art": true, "arts": true, "beaux-arts": true, "archeologie": true, "sciences": true,
	"prehistoire": true, "civilisation": true, "civilisations": true, "ethnographie": true, "zoologie": true,
}

// fieldAdjectives qualify a museum's field and end in no adjective's
// ending: "musée d'Art moderne", "musée des Arts premiers".
var fieldAdjectives = map[string]bool{
	"moderne": true, "modernes": true, "contemporain": true, "premiers": true, "populaires": true, "decoratifs": true, "anciens": true,
}

// museumNames makes one organisation of a museum named by its field,
// with its adjectives, a second field and its town: "le Musée d'histoire
// naturelle", "le musée d'Histoire naturelle", "le musée d'Art et
// d'Archéologie d'Évreux", "les Musées royaux des Beaux-Arts de
// Belgique" (GUIDELINE: museums are ORG, named with their town). The
// rules find its parts, or nothing when the field is in lower case. In
// lower case throughout it is a kind of museum ("un musée d'histoire
// locale"), no name. A
// longer name around the museum keeps its own ("l'Association des Amis
// du Musée Daubigny").
func (a *analysis) museumNames(spans [][]span) {
	for b, toks := range a.toks {
		info := a.info[b]
		var found []span
		for i := 0; i < len(toks); i++ {
			if f := info[i].fold; f != "musee" && f != "musees" {
				continue
			}
			k := i + 1
			for k < len(toks) && isLower(toks[k]) && looksAdjective(toks[k].text) {
				k++ // "Musées royaux", "musée national"
			}
			end := a.museumField(b, k)
			if end == k || !isCap(toks[i]) && !isCap(toks[end-1]) {
				continue // "un musée d'art contemporain" names none
			}
			for field := true; ; {
				if field && end < len(toks) && isLower(toks[end]) && (looksAdjective(toks[end].text) || fieldAdjectives[info[end].fold]) {
					end++ // "naturelle", "moderne"
				} else if end < len(toks) && info[end].fold == "et" && a.museumField(b, end+1) > end+1 {
					end = a.museumField(b, end+1) // "et d'Archéologie"
					field = true
				} else if p := a.particle(b, end); p > end && p < len(toks) && isCap(toks[p]) && toks[p].kind == word {
					end = capRunAfter(toks, p) // "d'Évreux", "de Belgique"
					field = false
				} else {
					break
				}
			}
			inside := false
			for _, s := range spans[b] {
				inside = inside || s.from < i && i < s.to || s.from <= i && s.to > end
			}
			if !inside {
				found = append(found, span{from: i, to: end, typ: ORG, why: whyCorrection, conf: 1})
			}
			i = end - 1
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}

// particle returns the index after "de", "d'", "du", "des", "de la" or
// "de l'" at k, or k.
func (a *analysis) particle(b, k int) int {
	info := a.info[b]
	if k >= len(info) {
		return k
	}
	switch info[k].fold {
	case "du", "des", "d'":
		return k + 1
	case "de":
		if k+1 < len(info) && (info[k+1].fold == "la" || info[k+1].fold == "l'") && isLower(a.toks[b][k+1]) { // "de La Rochelle" keeps its article
			return k + 2
		}
		return k + 1
	}
	return k
}

// museumField returns the end of a museum's field after a particle at
// k ("d'histoire", "des Beaux-Arts", "d'Art"), or k.
func (a *analysis) museumField(b, k int) int {
	toks, info := a.toks[b], a.info[b]
	p := a.particle(b, k)
	if p == k || p >= len(toks) || !museumDomains[info[p].fold] {
		return k
	}
	return p + 1
}
