package entity

// rolePreludes may stand between the comma after a name and the role
// that describes it: "Vital Kamerhe, nouveau président élu", "Marc
// Dufour, l'actuel maire".
var rolePreludes = map[string]bool{
	"le": true, "la": true, "l'": true, "un": true, "une": true, "notre": true, "leur": true, "son": true, "sa": true,
	"nouveau": true, "nouvelle": true, "ancien": true, "ancienne": true, "actuel": true, "actuelle": true,
	"futur": true, "future": true, "ex": true, "-": true, "premier": true, "premiere": true,
	"egalement": true, "aussi": true, "alors": true, "desormais": true, "deja": true, "lui-meme": true, "elle-meme": true,
}

// appositionRoles shows as a person a name of two or three capitalised
// words the article describes by a role right after a comma: "s'est
// ouverte par Vital Kamerhe, nouveau président élu" (the model, reading
// "par" and a name it does not know, made a body of him). The role is a
// lower-case noun of roles.txt ("président", "ministre", "maire"); the
// name is person-shaped (no place, no common word, no head of a body).
func (a *analysis) appositionRoles(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks := a.toks[b]
		for i, s := range ss {
			if s.typ == DATE || s.runeEnd > 0 || s.to-s.from < 2 || s.to-s.from > 3 || s.typ == PER && (s.why == whyRole || s.why == whyTitle) {
				continue
			}
			if s.typ != PER && (trust[s.why] > 10 || s.why == whyCorrection) {
				continue
			}
			if s.to+1 >= len(toks) || toks[s.to].text != "," || !a.personShaped(b, s) || a.hasPartyWord(b, s) {
				continue
			}
			k := s.to + 1
			for n := 0; n < 3 && k < len(toks) && rolePreludes[a.info[b][k].fold]; n++ {
				k++
			}
			if k >= len(toks) || !isLower(toks[k]) || !g.roles[toks[k].fold] {
				continue
			}
			ss[i].typ, ss[i].why, ss[i].conf, ss[i].low = PER, whyRole, 1, false
		}
	}
}

// hasPartyWord reports whether a word of s is a party's name or a
// coalition's ("MR-Les Engagés", "PS-cdH"): no person's.
func (a *analysis) hasPartyWord(b int, s span) bool {
	for k := s.from; k < s.to; k++ {
		if t := a.toks[b][k]; shoutedPart(t.text) || lists().parties[a.info[b][k].fold] {
			return true
		}
	}
	return false
}

// rolesBeforeComma shows as a person a name of two or three capitalised
// words set off by a comma after a role and its domain: "le chef de la
// junte, Salou Djibo" (a town of Catalonia and one of Burkina Faso
// made a place of him), "le ministre de l'Intérieur, Bernard
// Cazeneuve". Only the comma's apposition: "le ministre a visité Saint-
// Louis" names no one.
func (a *analysis) rolesBeforeComma(spans [][]span) {
	for b, ss := range spans {
		toks := a.toks[b]
		for i, s := range ss {
			if s.typ == DATE || s.typ == PER || s.runeEnd > 0 || s.to-s.from < 2 || s.to-s.from > 3 || s.from < 2 || toks[s.from-1].text != "," {
				continue
			}
			if s.to < len(toks) && (isCap(toks[s.to]) || toks[s.to].text == "(") {
				continue
			}
			if s.to+1 < len(toks) && (toks[s.to].text == "," || a.info[b][s.to].fold == "et") && isCap(toks[s.to+1]) {
				continue // "grâce au soutien d'Innovacom, Applied Materials, Bpifrance": a list
			}
			if i > 0 && ss[i-1].to == s.from-1 && (ss[i-1].typ == ORG || ss[i-1].typ == PER) {
				continue // a list again, of bodies or people
			}
			if !roleBefore(toks, s.from) || !a.nameWords(b, s) {
				continue
			}
			ss[i].typ, ss[i].why, ss[i].conf, ss[i].low = PER, whyRole, 1, false
		}
	}
}

// nameWords reports whether every word of s may be a person's name:
// nameShaped (capitalised, no acronym, function word, role, head of a
// body or common word), and no institution's head, country, demonym,
// word the article writes in lower case or party; a place's name may be
// one (Salou, Djibo, Florence).
func (a *analysis) nameWords(b int, s span) bool {
	if !a.nameShaped(b, s) || a.hasPartyWord(b, s) {
		return false
	}
	g := lists()
	for k := s.from; k < s.to; k++ {
		if f := a.info[b][k].fold; g.instHeads[f] || g.countries[f] || g.demonyms[f] || a.art.lower[f] {
			return false
		}
	}
	return true
}
