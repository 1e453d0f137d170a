package entity

// bodyThenPerson splits a body's name that the rules ran into the person
// named after it: "le président du Conseil d'Etat Antonio Hodgers"
// (session 13: an organisation of a seen set). The body opens with an
// organisation's head; the person is a known first name and one or two
// capitalised words that end the name and are no place or body, after
// the body's last capitalised word or a particle (collective.go cuts
// "Conseil des ministres de Justin Trudeau" in two already).
func (a *analysis) bodyThenPerson(b int, s span) ([]span, bool) {
	toks, info := a.toks[b], a.info[b]
	g := lists()
	if s.typ != ORG || s.runeEnd > 0 || s.to-s.from < 3 || !isCap(toks[s.from]) || !g.orgHead(info[s.from].fold) {
		return nil, false
	}
	for p := s.to - 2; p >= s.from+1 && p >= s.to-3; p-- {
		if !firstNameWord(toks[p]) || !isCap(toks[p-1]) && !g.particles[info[p-1].fold] {
			continue
		}
		for k := p + 1; k < s.to; k++ {
			if !isCap(toks[k]) || isAcronym(toks[k]) || g.places[info[k].fold] || g.orgHead(info[k].fold) {
				return nil, false
			}
		}
		person := span{from: p, to: s.to, typ: PER, why: whyFirstName, conf: max(s.conf, 0.9)}
		body := s
		body.to = p
		for body.to > body.from && g.particles[info[body.to-1].fold] {
			body.to--
		}
		if body.to-body.from < 1 {
			return []span{person}, true
		}
		return []span{body, person}, true
	}
	return nil, false
}
