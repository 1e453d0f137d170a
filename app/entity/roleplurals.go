package entity

import "strings"

// pluralHeads are the plural nouns of people that are no roles.txt
// entry: families and siblings ("les familles Faure et Machet", "les
// frères Lumière"), police and players ("les gendarmes Lobsiger et
// Noyer", "les internationaux Dupont et Ntamack").
var pluralHeads = map[string]bool{
	"familles": true, "freres": true, "soeurs": true, "epoux": true, "cousins": true, "cousines": true, "jumeaux": true, "jumelles": true,
	"gendarmes": true, "policiers": true, "policieres": true, "agents": true, "inspecteurs": true, "brigadiers": true, "adjudants": true,
	"joueurs": true, "joueuses": true, "attaquants": true, "defenseurs": true, "internationaux": true, "coequipiers": true, "pilotes": true, "arbitres": true,
}

// pluralNumbers open a plural head as a determiner does: "deux gendarmes".
var pluralNumbers = map[string]bool{"deux": true, "trois": true, "quatre": true, "cinq": true}

// pluralHead reports whether f (folded, lower case in the text) is the
// plural of a role or a profession ("ministres", "présidents",
// "peintres") or a pluralHeads noun.
func pluralHead(f string) bool {
	if pluralHeads[f] {
		return true
	}
	s, ok := strings.CutSuffix(f, "s")
	if !ok {
		s, ok = strings.CutSuffix(f, "x")
	}
	return ok && (lists().roles[s] || professions[s])
}

// pluralRoles makes people, shown, of the names listed after a plural
// role noun: "les gendarmes Lobsiger et Noyer", "les ministres Attal et
// Borne", "les familles Faure et Machet". The singular ("le ministre
// Borne") is a role before a name for the rules, but the plural is no
// role word and the model, reading each surname alone, doubts them (or
// reads a town). The list runs from the name right after the noun to the
// first "et" or "ou"; a name that is an acronym, a country, a party, a
// body or a common word, or more than three words, leaves the list
// alone ("les députés LR et PS").
func (a *analysis) pluralRoles(spans [][]span) {
	g := lists()
	a.listChains(spans, func(b int, chain []span) {
		toks, info := a.toks[b], a.info[b]
		h := chain[0].from - 1
		if h < 1 || !isLower(toks[h]) || !pluralHead(info[h].fold) {
			return
		}
		if d := info[h-1].fold; !determiners[d] && !pluralNumbers[d] {
			return
		}
		n := 0
		for k := 1; k < len(chain); k++ {
			if a.closedList(b, chain[:k+1]) {
				n = k + 1
				break
			}
		}
		if n == 0 {
			return
		}
		for _, s := range chain[:n] {
			if s.typ == DATE || s.runeEnd > 0 || s.to-s.from > 3 || a.hasPartyWord(b, s) {
				return
			}
			for k := s.from; k < s.to; k++ {
				t, f := toks[k], info[k].fold
				if !isCap(t) && !g.particles[f] || isAcronym(t) || g.countries[f] || g.demonyms[f] || g.common[f] || g.institutions[f] || g.media[f] || g.parties[f] || g.orgHead(f) || a.art.lower[f] {
					return
				}
			}
		}
		for k := range chain[:n] {
			chain[k].typ, chain[k].why, chain[k].conf, chain[k].low = PER, whyRole, 1, false
		}
	})
}
