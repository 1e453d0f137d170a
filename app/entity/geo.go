package entity

// naturalFeatures are the lower-case nouns of French geography that name
// a natural place with the name after them, directly or through "de":
// "le fleuve Mono", "le désert du Sahara", "le glacier de la Suretta",
// "l'archipel des Comores", "l'océan Indien". The noun is part of the
// place (GUIDELINE: natural features keep their noun), whatever the name
// alone is read as ("Chine" a country, "Bounty" a ship).
var naturalFeatures = map[string]bool{
	// water
	"fleuve": true, "riviere": true, "torrent": true, "lac": true, "etang": true,
	"lagune": true, "lagon": true, "marais": true, "mer": true, "ocean": true, "golfe": true,
	"baie": true, "anse": true, "detroit": true, "estuaire": true, "delta": true, "cascade": true,
	"chutes": true, "fosse": true, "glacier": true,
	// relief
	"desert": true, "causse": true, "colline": true, "combe": true, "montagne": true, "massif": true,
	"pic": true, "volcan": true, "col": true, "plateau": true, "plaine": true, "vallee": true,
	"vallon": true, "gorges": true, "canyon": true, "grotte": true, "gouffre": true, "falaise": true,
	"dune": true, "oasis": true, "isthme": true, "cordillere": true,
	// islands, woods
	"archipel": true, "ile": true, "iles": true, "ilot": true, "atoll": true, "presqu'ile": true,
	"peninsule": true, "bois": true, "foret": true,
}

// countryFeatures are the natural features a country names as a whole:
// "la mer de Chine", "l'archipel des Comores", "le golfe de Guinée";
// other features before a country are its ("le plus grand glacier
// d'Europe").
var countryFeatures = map[string]bool{"mer": true, "ocean": true, "archipel": true, "iles": true, "golfe": true, "desert": true}

// builtPlaces are the lower-case nouns of works and land use that name a
// place with the name after them: "le barrage d'Emosson", "le cimetière
// de Bab al-Saghir", "la paroisse St-Monica", "la centrale de Fukushima
// Daiichi". Before a listed place alone they are a generic noun and give
// the town ("la centrale de Flamanville": Flamanville), as facility does
// for "l'aéroport de Nantes".
var builtPlaces = map[string]bool{
	"centrale": true, "cimetiere": true, "paroisse": true, "gisement": true,
}

// works are the built places named as the works themselves, which keep
// their noun before a town too: "le tunnel de Toulon", "le barrage
// d'Emosson", "le gazoduc Maghreb-Europe".
var works = map[string]bool{
	"barrage": true, "tunnel": true, "viaduc": true, "digue": true, "canal": true, "gazoduc": true,
	"oleoduc": true, "pipeline": true, "ecluse": true,
}

// builtPairs are the built places written with an adjective or a second
// noun: "la zone industrielle de Glo-Djigbé", "le poste frontière de
// Kanyaru Haut", "le palais présidentiel d'Iavoloha", "la centrale
// solaire Noor I". An international airport keeps its noun before a
// town too ("l'aéroport international de Catane").
var builtPairs = map[string]bool{
	"zone industrielle": true, "zone artisanale": true, "zone commerciale": true, "zone franche": true,
	"zone portuaire": true, "poste frontiere": true, "palais presidentiel": true, "centrale solaire": true,
	"centrale nucleaire": true, "centrale thermique": true, "aeroport international": true,
	"parc national": true, "parc naturel": true, "reserve naturelle": true,
}

// pairHeads are the first words of builtPairs.
var pairHeads = map[string]bool{"zone": true, "poste": true, "palais": true, "centrale": true, "aeroport": true, "parc": true, "reserve": true}

// saintly names run on through "de": "la paroisse Notre Dame de
// Fatima", "la paroisse Saint Jean de Latran".
var saintly = map[string]bool{"notre": true, "saint": true, "sainte": true, "st": true, "ste": true}

// directOnly are the nouns named by a name right after them alone: "le
// quartier Erasmus Garden", "la zone Bommelscheier"; with "de" they give
// the name ("le quartier des Chartrons": Chartrons, in train/).
var directOnly = map[string]bool{"quartier": true, "zone": true}

// geoArticles are the articles and prepositions before a feature a
// country names: "la mer de Chine", "en mer de Chine".
var geoArticles = map[string]bool{"le": true, "la": true, "l'": true, "les": true, "du": true, "des": true, "au": true, "aux": true, "en": true}

// geoDeterminers may stand right before a feature's noun; after a bare
// "de" the noun is a common noun's complement ("front de mer de
// Port-Louis", "fruits de mer").
var geoDeterminers = map[string]bool{"le": true, "la": true, "l'": true, "les": true, "du": true, "des": true, "au": true, "aux": true, "en": true, "un": true, "une": true, "ce": true, "cet": true, "cette": true,
	// and the adjectives before a noun: "le nouveau quartier Erasmus Garden"
	"nouveau": true, "nouvel": true, "nouvelle": true, "ancien": true, "ancienne": true, "vieux": true, "vieil": true, "vieille": true, "vaste": true, "petit": true, "petite": true, "grand": true, "grande": true, "immense": true, "gigantesque": true, "geant": true, "geante": true}

// geoNames makes one place of a geographic or infrastructure noun and the
// capitalised name after it, in place of the spans inside it: "le désert
// du Sahara" for "Sahara", "la rivière Loing" that nothing found. The
// name must be capitalised ("la mer de sable", "le bois de chauffage"
// are none), the noun in lower case outside any name ("Banque centrale
// des États"), and a longer span across the phrase is left alone.
func (a *analysis) geoNames(spans [][]span) {
	g := lists()
	for b, toks := range a.toks {
		info := a.info[b]
		var found []span
		for i := 0; i+1 < len(toks); i++ {
			f := info[i].fold
			natural, work, built, direct := naturalFeatures[f], works[f], builtPlaces[f], directOnly[f]
			k := i + 1
			pair := false
			if pairHeads[f] && k+1 < len(toks) && isLower(toks[k]) && builtPairs[f+" "+info[k].fold] {
				pair, built, k = true, true, k+1
			}
			if !natural && !work && !built && !direct || !isLower(toks[i]) && !pair {
				continue // "la Zone industrielle de Glo-Djigbé" has its capital
			}
			if i > 0 && (isCap(toks[i-1]) && !toks[i-1].sentStart || toks[i-1].kind == word && !geoDeterminers[info[i-1].fold] && !pair) {
				continue // "Banque centrale", "front de mer"; but « vallée du Lion »
			}
			comp := false
			switch info[k].fold {
			case "de", "d'", "du", "des":
				comp = true
				k++
				if k < len(toks) && (info[k].fold == "la" || info[k].fold == "l'") && info[k-1].fold == "de" {
					k++
				}
			}
			if k >= len(toks) || !isCap(toks[k]) || isAcronym(toks[k]) || comp && direct && !pair {
				continue
			}
			end := k + 1
			for end < len(toks) && toks[end].start == toks[end-1].end+1 && toks[end].kind == word {
				if isCap(toks[end]) && !isAcronym(toks[end]) || arabicArticle(toks[end].text) {
					end++ // "Grand Combin", "Bab al-Saghir"
					continue
				}
				if saintly[info[k].fold] && end+1 < len(toks) && (info[end].fold == "de" || info[end].fold == "d'") && isCap(toks[end+1]) {
					end += 2 // "Notre Dame de Fatima", a saint's name
					continue
				}
				break
			}
			if end+1 < len(toks) && (toks[end].text == "-" || toks[end].text == "–") && toks[end].start == toks[end-1].end+1 && toks[end+1].start == toks[end].end+1 && isCap(toks[end+1]) {
				end += 2 // "aéroport international de Yaoundé - Nsimalen"
			}
			name := keyOf(toks, k, end)
			switch {
			case g.media[name] || g.institutions[name] || g.companies[name] || g.parties[name]:
				continue // "sur le plateau de France Inter"
			case natural && comp && g.communes.has(name):
				continue // "le lac de Mervent": the town
			case natural && g.countries[name] && (!countryFeatures[f] || i == 0 || !geoArticles[info[i-1].fold]):
				continue // "le plus grand glacier d'Europe"
			case direct && end == k+1 && placeShapedWord(name):
				continue // "le quartier Notre-Dame-de-Grâce", named as a town is: the name
			case f == "centrale" && comp && end == k+1:
				continue // "la centrale nucléaire de Zaporijia": its site, listed or not ("Fukushima Daiichi" is the station's)
			case (built || direct) && (g.places[name] || g.communes.has(name)) && f+" "+info[i+1].fold != "aeroport international":
				continue // "la centrale nucléaire de Zaporijia": the town
			}
			// The town after the name is a place of its own: "la centrale
			// solaire Noor I de Ouarzazate", as seat cuts a stadium's.
			town := 0
			if end+1 < len(toks) && (info[end].fold == "de" || info[end].fold == "d'") && isCap(toks[end+1]) && g.places[info[end+1].fold] {
				town = end + 1
			}
			if a.crossed(spans[b], i, max(end, town+1)) {
				continue
			}
			found = append(found, span{from: i, to: end, typ: LOC, why: whyCorrection, conf: 1})
			i = end - 1
			if town > 0 {
				found = append(found, span{from: town, to: town + 1, typ: LOC, why: whyCorrection, conf: 1})
				i = town
			}
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}

// arabicArticle reports whether w is a name's Arabic article joined to
// its capitalised word: "al-Saghir", "el-Kamour".
func arabicArticle(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-"} {
		if len(w) > len(p) && w[:len(p)] == p {
			return isCap(token{text: w[len(p):], kind: word})
		}
	}
	return false
}

// crossed reports whether a span overlapping from..to starts before it
// or runs past it: the phrase is then part of a longer name ("Banque
// centrale du Luxembourg"), or its name of a name the rule would cut
// ("Emosson de Finhaut").
func (a *analysis) crossed(ss []span, from, to int) bool {
	for _, s := range ss {
		if s.from < to && from < s.to && (s.from < from || s.to > to) {
			return true
		}
	}
	return false
}
