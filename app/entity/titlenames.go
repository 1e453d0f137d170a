package entity

import "strings"

// titleHeads open capitalised titles and ranks that name nobody and no
// body, besides the roles of data/roles.txt: "le Garde des Sceaux", "le
// Haut-commissaire de la République", "le Vice-champion", "le titre de
// Champion de France".
var titleHeads = map[string]bool{
	"garde": true, "haut-commissaire": true, "haute-commissaire": true, "champion": true, "championne": true,
	"champions": true, "vice-champion": true, "vice-championne": true, "vice-champions": true,
}

// titleComplements are the capitalised words a title's complement may
// hold besides a country: "de la République", "des Sceaux", "d'État".
var titleComplements = map[string]bool{"republique": true, "etat": true, "sceaux": true, "nation": true}

// titleName reports whether s, typed an organisation by a default, a
// weak cue or a correction, is a title or a rank alone (GUIDELINE: roles
// and titles alone are no entities; session 13): a role or a title
// head first, then nothing but lower-case words, links, a country or
// the State ("Garde des Sceaux", "Haut-commissaire de la République",
// "Champion de France"). "le Garde" needs its seals.
func (a *analysis) titleName(b int, s span) bool {
	toks, info := a.toks[b], a.info[b]
	f := info[s.from].fold
	if s.typ != ORG || !isCap(toks[s.from]) || isAcronym(toks[s.from]) || !titleHeads[f] && !lists().roles[f] {
		return false
	}
	switch s.why {
	case whyInstitution, whyAcronymSpelled, whyMinistry, whyOrgHead, whyOrgTail, whyApposition, whyCamel:
		return false
	}
	if f == "garde" && (s.to-s.from < 3 || info[s.to-1].fold != "sceaux") {
		return false
	}
	for k := s.from + 1; k < s.to; k++ {
		if isCap(toks[k]) && !titleComplements[info[k].fold] && !lists().countries[info[k].fold] {
			return false
		}
	}
	return true
}

// titleNames drops the titles and ranks alone (titleName); it runs after
// the other corrections, which may have typed them.
func (a *analysis) titleNames(spans [][]span) {
	for b := range spans {
		out := spans[b][:0]
		for _, s := range spans[b] {
			if s.typ != DATE && s.runeEnd == 0 && a.titleName(b, s) {
				continue
			}
			if r, ok := a.rankedPerson(b, s); ok {
				s = r
			}
			out = append(out, s)
		}
		spans[b] = out
	}
}

// rankParts make the hyphenated military ranks written before a name:
// "Colonel-Major", "Lieutenant-Colonel", "Contre-Amiral".
var rankParts = map[string]bool{
	"colonel": true, "major": true, "lieutenant": true, "general": true, "commandant": true, "capitaine": true,
	"amiral": true, "contre": true, "vice": true, "medecin": true, "sergent": true, "chef": true, "adjudant": true,
}

// generalRanks complete "Général de" or "Général d'" into a rank:
// "Général de Brigade", "Général d'Armée", "Général de Division".
var generalRanks = map[string]bool{"brigade": true, "armee": true, "division": true}

// rankedPerson cuts a military rank off the name after it, which is
// then a person by the title (GUIDELINE: titles stay out of a name):
// "le Colonel-Major Seidou Zada", "le Général de Brigade Abdourahamane
// Tiani" (session 13: organisations in the seen sets). It reports false
// when s opens with no rank or nothing is left after it.
func (a *analysis) rankedPerson(b int, s span) (span, bool) {
	toks, info := a.toks[b], a.info[b]
	if s.typ == DATE || s.to-s.from < 2 || s.runeEnd > 0 || !isCap(toks[s.from]) {
		return s, false
	}
	f := info[s.from].fold
	rank := false
	if parts := strings.Split(f, "-"); len(parts) >= 2 {
		rank = true
		for _, p := range parts {
			rank = rank && rankParts[p]
		}
	}
	if generalRanks[f] && s.from >= 2 && (info[s.from-1].fold == "de" || info[s.from-1].fold == "d'") && info[s.from-2].fold == "general" {
		rank = true
	}
	if !rank {
		return s, false
	}
	for k := s.from + 1; k < s.to; k++ {
		if !isCap(toks[k]) && !lists().particles[info[k].fold] {
			return s, false
		}
	}
	s.from++
	s.typ, s.why, s.conf, s.low = PER, whyTitle, 1, false
	return s, true
}
