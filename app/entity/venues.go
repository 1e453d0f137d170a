package entity

import "strings"

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

// namedVenues makes one place of "Palais des congrès" and its kind,
// with an adjective between ("Centre international de conférences") and
// the town after ("Palais des congrès de Paris", "Centre international
// de conférence de Diamniadio"), in place of the spans inside it. Also
// "Centre spatial X" and "Centre commercial X", a launch site and a mall.
func (a *analysis) namedVenues(spans [][]span) {
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

// streetOpeners open a street's or a square's name in lower case (or
// with a capital, "Place de la Concorde"): the name after them is the
// street's, whatever its words, common nouns ("place de la République",
// "avenue de l'Indépendance") and titled people ("rue du Général
// Leclerc", "boulevard du Président Wilson") included.
var streetOpeners = map[string]bool{"rue": true, "avenue": true, "boulevard": true, "quai": true, "impasse": true, "allee": true, "esplanade": true, "square": true, "place": true, "chaussee": true, "ruelle": true, "venelle": true, "route": true, "chemin": true, "palais": true}

// roadOpeners are the street nouns that also name a way to a town: "la
// route de Lyon", "le chemin de Damas" give the town, where "la route
// des Plaines" is a road.
var roadOpeners = map[string]bool{"place": true, "route": true, "chemin": true}

// streetTitles are the titles a street's person keeps: "rue du
// Général-Leclerc", "place du Maréchal Foch".
var streetTitles = map[string]bool{"general": true, "president": true, "marechal": true, "docteur": true, "colonel": true, "commandant": true, "capitaine": true, "lieutenant": true, "professeur": true, "abbe": true, "cardinal": true, "pape": true, "roi": true, "reine": true, "prince": true, "chanoine": true, "pasteur": true, "amiral": true, "sergent": true}

// streetNames makes one place of a street or a square and its name.
// "place" is also the common noun ("prendre la place de Maxime
// Prévot", "la place de la France en Europe"): after it, a first name,
// a country or an acronym is no square's name, unless a title stands
// before it ("place du Général de Gaulle").
func (a *analysis) streetNames(spans [][]span) {
	g := lists()
	for b, toks := range a.toks {
		info := a.info[b]
		var found []span
		for i := 0; i+2 < len(toks); i++ {
			f := info[i].fold
			if !streetOpeners[f] || toks[i].kind != word || isAcronym(toks[i]) || isCap(toks[i]) && toks[i].sentStart {
				continue
			}
			k := i + 1
			switch info[k].fold {
			case "de", "d'", "du", "des":
				k++
				if k < len(toks) && (info[k].fold == "la" || info[k].fold == "l'") && info[k-1].fold == "de" {
					k++
				}
			}
			if k >= len(toks) || toks[k].kind != word || !isCap(toks[k]) {
				continue
			}
			titled := streetTitles[info[k].fold]
			if titled {
				k++
				if k >= len(toks) || toks[k].kind != word || !isCap(toks[k]) {
					continue
				}
			}
			if roadOpeners[f] && !titled && (firstNameWord(toks[k]) || g.countries[info[k].fold] || isAcronym(toks[k]) || g.places[info[k].fold] && k == i+2 || a.insteadOf(b, i)) {
				continue
			}
			end := k + 1
			for end < len(toks) {
				switch {
				case toks[end].kind == word && isCap(toks[end]) && toks[end].start == toks[end-1].end+1:
					end++
				case end+1 < len(toks) && (g.particles[info[end].fold] || info[end].fold == "d'") && isLower(toks[end]) && toks[end+1].kind == word && isCap(toks[end+1]) && !g.places[info[end+1].fold]:
					end += 2 // "Charles de Gaulle", not "de Paris"
				default:
					goto done
				}
			}
		done:
			if g.institutions[keyOf(toks, i, end)] || a.instInside(spans[b], i, end) {
				continue // "Quai d'Orsay", "place Beauvau": the ministry
			}
			found = append(found, span{from: i, to: end, typ: LOC, why: whyCorrection, conf: 1})
			i = end - 1
			if end+1 < len(toks) && (info[end].fold == "de" || info[end].fold == "d'") && g.places[info[end+1].fold] {
				// "Palais de la République de Cotonou": the town too, which
				// a name the street replaces may have held.
				found = append(found, span{from: end + 1, to: end + 2, typ: LOC, why: whyCorrection, conf: 1})
				i = end + 1
			}
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}

// instInside reports whether a listed institution's span lies within
// from..to.
func (a *analysis) instInside(ss []span, from, to int) bool {
	for _, s := range ss {
		if s.from >= from && s.to <= to && s.why == whyInstitution {
			return true
		}
	}
	return false
}

// spacedPlaces makes one place of a listed hyphenated place written with
// spaces: "Grande Bretagne", "Guinée Bissau", "Sao Tomé et Principe",
// "Bouches du Rhône", "Saint Germain en Laye" (the lists write
// "Grande-Bretagne", "Saint-Germain-en-Laye"; the press often does not).
func (a *analysis) spacedPlaces(spans [][]span) {
	g := lists()
	for b, toks := range a.toks {
		info := a.info[b]
		var found []span
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].kind != word || !isCap(toks[i]) || isAcronym(toks[i]) || !g.hyphenFirst[info[i].fold] {
				continue
			}
			for j := min(len(toks), i+6); j >= i+2; j-- {
				if toks[j-1].kind != word || !isCap(toks[j-1]) {
					continue
				}
				words := make([]string, 0, j-i)
				ok := true
				for k := i; k < j; k++ {
					if toks[k].kind != word || k > i && toks[k].start != toks[k-1].end+1 {
						ok = false
						break
					}
					words = append(words, info[k].fold)
				}
				if sp := strings.Join(words, " "); !ok || g.places[sp] || g.institutions[sp] || g.media[sp] || g.companies[sp] || g.parties[sp] || !joinedPlace(words) {
					continue // "Sud Ouest" the newspaper, "Maison Blanche" the presidency
				}
				found = append(found, span{from: i, to: j, typ: LOC, why: whyCorrection, conf: 1})
				i = j - 1
				break
			}
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}

// joinedPlace reports whether the words, joined by hyphens or spaces in
// any way with one hyphen at least, are a listed place: "sao tome-et-
// principe", "grande-bretagne".
func joinedPlace(words []string) bool {
	g := lists()
	gaps := len(words) - 1
	for mask := 1; mask < 1<<gaps; mask++ {
		var b strings.Builder
		b.WriteString(words[0])
		for k := 1; k < len(words); k++ {
			if mask&(1<<(k-1)) != 0 {
				b.WriteByte('-')
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(words[k])
		}
		if g.places[b.String()] {
			return true
		}
	}
	return false
}

// celestialNames makes places of the named celestial bodies (celestial,
// correct.go), capitalised, whatever found them or not ("plus massive
// que Jupiter", "la Voie lactée", "la Grande Ourse"; GUIDELINE: named
// celestial bodies are LOC), but a person after a title or a role.
func (a *analysis) celestialNames(spans [][]span) {
	for b, toks := range a.toks {
		var found []span
		for i := 0; i < len(toks); i++ {
			if toks[i].kind != word || !isCap(toks[i]) || isAcronym(toks[i]) {
				continue
			}
			for j := min(len(toks), i+3); j > i; j-- {
				if !celestial[keyOf(toks, i, j)] || j < len(toks) && isCap(toks[j]) {
					continue
				}
				titled := false
				for _, s := range spans[b] {
					titled = titled || s.from <= i && s.to > i && (s.why == whyTitle || s.why == whyRole)
					// "la salle Jupiter" of a launch site: a longer place
					titled = titled || s.typ != PER && s.from <= i && s.to >= j && s.to-s.from > j-i
				}
				if !titled {
					found = append(found, span{from: i, to: j, typ: LOC, why: whyCorrection, conf: 1})
				}
				i = j - 1
				break
			}
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}
