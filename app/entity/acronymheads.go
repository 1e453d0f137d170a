package entity

import "strings"

// acronymHeads splits a name the rules opened with an acronym (or with
// an acronym after a noun such as "usine", "groupe") where the
// words after it name someone or somewhere else: the rules run an
// acronym on into the capitalised words after it ("G7 Finances"), but
//   - after "de", the acronym's owner or seat follows: "le MPC
//     d'Al-Khatib" is the movement and its leader, "l'usine FDG de
//     Chasseneuil-du-Poitou" the company and its town (GUIDELINE: the
//     longest name, not a body and its complement); the rest is a place
//     when a list or its shape says so, an organisation when a list
//     knows it ("la CGT de Renault"), else a person, shown only with
//     evidence;
//   - a person named in full elsewhere in the article follows the
//     acronym of his body: "le chef de l'ONU Guterres" after "António
//     Guterres".
//
// A Roman numeral is no acronym here ("XV de France"); a common noun's
// acronym before "de" gives what follows alone ("un centre de PMI de
// Marseille", "le PDV de Michelin"; "CHU de Nantes" is corrected
// elsewhere).
func (a *analysis) acronymHeads(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		var add []span
		for i, s := range ss {
			if s.typ != ORG || s.why != whyAcronym && s.why != whyApposition || s.runeEnd > 0 || s.to-s.from < 2 {
				continue
			}
			acr := toks[s.from]
			if !isAcronym(acr) || romanNumeral(acr.text) {
				continue
			}
			common := g.nounAcronyms[acr.fold]
			rest := span{from: s.from + 1, to: s.to, conf: s.conf}
			switch p := strings.TrimSuffix(info[s.from+1].fold, "'"); {
			case common && !((p == "de" || p == "d" || p == "du") && isLower(toks[s.from+1]) && s.to-s.from >= 3 && isCap(toks[s.from+2])):
				continue
			case (p == "de" || p == "d" || p == "du") && isLower(toks[s.from+1]) && s.to-s.from >= 3 && isCap(toks[s.from+2]):
				rest.from = s.from + 2
				k := keyOf(toks, rest.from, rest.to)
				if g.places[k] || g.regions[k] || g.countries[k] || a.placeShape(b, span{from: rest.from, to: rest.to, typ: ORG}).typ == LOC {
					rest.typ, rest.why = LOC, whyCorrection
				} else if !g.institutions[k] && (g.notNames[k] || a.products(spans)[k]) {
					ss[i].to = s.from + 1 // "l'instrument MIRI du JWST": a telescope, no owner
					continue
				} else if g.companies[k] || g.media[k] || g.parties[k] || g.institutions[k] || isAcronym(toks[rest.from]) {
					rest.typ, rest.why = ORG, whyCorrection // "la CGT de Renault"
				} else if place, person, ok := a.placeThenPerson(b, rest); ok {
					ss[i].to = s.from + 1
					add = append(add, place, person) // "l'élue PDC de Porrentruy Anne Roy" (acronymseats.go)
					continue
				} else if a.acronymSeat(b, s.from, rest) {
					rest.typ, rest.why = LOC, whyCorrection // "l'élu PCSI de Cornol", "le G20 de Rio" (acronymseats.go)
				} else {
					rest.typ, rest.why = PER, whyDefaultPer
				}
			case isCap(toks[s.from+1]) && !isAcronym(toks[s.from+1]) && a.surnames[info[s.to-1].fold] && !g.places[keyOf(toks, rest.from, rest.to)]:
				rest.typ, rest.why = PER, whyAlias
			default:
				continue
			}
			if common {
				ss[i] = rest // "un centre de PMI de Marseille", "le PDV de Michelin": a common noun, then its town or its owner
				continue
			}
			ss[i].to = s.from + 1
			add = append(add, rest)
		}
		spans[b] = append(ss, add...)
	}
}
