package entity

import "strings"

// bodyNames mends the extent of bodies' names the rules cut short, in
// every block: a name opened by an organisation's head runs on over "et"
// and a second complement ("Service départemental d'incendie et de
// Secours", "Groupe de soutien à l'islam et aux musulmans"), and a
// ministry written all in lower case is a ministry ("le ministère de la
// culture et des arts"), as it is with capitals. Spans the longer name
// covers give way to it.
func (a *analysis) bodyNames(spans [][]span) {
	g := lists()
	for b, toks := range a.toks {
		found := append(a.datedNames(b, spans[b]), a.parks(b)...)
		covered := make([]bool, len(toks))
		for _, s := range spans[b] {
			for k := s.from; k < s.to; k++ {
				covered[k] = true
			}
		}
		for _, s := range spans[b] {
			if s.typ != ORG || s.low || s.runeEnd > 0 || s.to+2 >= len(toks) || !g.orgHead(a.info[b][s.from].fold) && a.info[b][s.from].fold != "ministere" {
				continue
			}
			if to, ok := andMore(toks, s.to); ok && hasComplement(toks, s.from+1, s.to) {
				s.to = to
				found = append(found, s)
			} else if to, ok := adjectiveList(toks, s.to); ok {
				s.to = to
				found = append(found, s)
			}
		}
		for i := 0; i+2 < len(toks); i++ {
			if covered[i] || toks[i].fold != "ministere" || !isLower(toks[i]) {
				continue
			}
			to, _ := extendOrg(toks, i+1, false)
			if to <= i+2 || !lowerComplement(toks, i+1, to) {
				continue
			}
			if more, ok := andMore(toks, to); ok {
				to = more
			}
			found = append(found, span{from: i, to: to, typ: ORG, why: whyMinistry, conf: 1})
			i = to - 1
		}
		if len(found) == 0 {
			continue
		}
		spans[b] = replaceOverlapping(spans[b], found)
	}
}

// adjectiveSuffixes end the French adjectives that qualify a body in its
// name: "Économique", "Social", "Environnemental", "Culturelle",
// "Technique", "Professionnel".
var adjectiveSuffixes = []string{"al", "ale", "el", "elle", "ique", "if", "ive", "aire", "ier", "iere", "eux", "euse", "ien", "ienne", "ais", "aise", "ain", "aine"}

// adjectiveWord reports whether t is a capitalised adjective no list
// knows as a name.
func adjectiveWord(t token) bool {
	if t.kind != word || !isCap(t) || isAcronym(t) || known(t) {
		return false
	}
	for _, suf := range adjectiveSuffixes {
		if strings.HasSuffix(t.fold, suf) && len(t.fold) > len(suf)+2 {
			return true
		}
	}
	return false
}

// adjectiveList reports where a body's name that ends at toks[to] with
// an adjective ends when more capitalised adjectives follow it, after
// commas and a last "et": "Conseil Économique, Social, Environnemental
// et Culturel".
func adjectiveList(toks []token, to int) (int, bool) {
	if to < 1 || !adjectiveWord(toks[to-1]) {
		return to, false
	}
	k := to
	for k+1 < len(toks) && toks[k].text == "," && adjectiveWord(toks[k+1]) {
		k += 2
	}
	if k == to || k+1 >= len(toks) || toks[k].fold != "et" || !isLower(toks[k]) || !adjectiveWord(toks[k+1]) {
		return to, false
	}
	return k + 2, true
}

// hasComplement reports whether toks[from:to], the words of a body's
// name after its head, hold a complement, which "et" may join a second
// complement to ("Service départemental d'incendie et de secours"); a
// head and its adjective alone end the name before "et" ("l'Union
// européenne et des marchés").
func hasComplement(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		switch strings.TrimSuffix(toks[k].fold, "'") {
		case "de", "d", "du", "des", "a", "au", "aux", "pour", "contre", "sur":
			return true
		}
	}
	return false
}

// andMore reports where a body's name that ends at toks[to] ends when
// "et" and a second complement follow it: "d'Incendie et de Secours".
func andMore(toks []token, to int) (int, bool) {
	if to+1 >= len(toks) || toks[to].fold != "et" || !isLower(toks[to]) || !andComplement(toks, to+1) {
		return to, false
	}
	end, _ := extendOrg(toks, to+1, false)
	return end, end > to+2
}

// lowerComplement reports whether the complement toks[from:to] of a
// lower-case "ministère" names a portfolio: it opens with "de", "du",
// "des" or "d'" and holds no capital, so "ministère de la Culture" is
// left to the rules and "ministère de Kinshasa" to nobody.
func lowerComplement(toks []token, from, to int) bool {
	if p := toks[from].fold; p != "de" && p != "du" && p != "des" && p != "d'" {
		return false
	}
	for k := from; k < to; k++ {
		if toks[k].kind == word && !isLower(toks[k]) {
			return false
		}
	}
	return true
}

// movementHeads open the names of movements and parties named after a
// day ("Mouvement du 23 juin", "Front du 14 mars"); a council or a court
// before a date is a meeting or a ruling ("le Conseil du 3 mars").
var movementHeads = map[string]bool{
	"mouvement": true, "front": true, "collectif": true, "coalition": true, "alliance": true,
	"rassemblement": true, "parti": true, "union": true, "brigade": true, "brigades": true,
}

// datedNames finds the names that end with a date ("Mouvement du 23
// mars", "place du 14 Juillet", "rue du 8-Mai"): a date of a day and a
// month, after "du" and a movement's head (an organisation) or a street's or
// a place's (a place). The date is no date there.
func (a *analysis) datedNames(b int, ss []span) []span {
	g := lists()
	toks := a.toks[b]
	var found []span
	for _, s := range ss {
		if s.typ != DATE || s.from < 2 || toks[s.from-1].fold != "du" {
			continue
		}
		if _, ok := dayNumber(toks[s.from]); !ok || s.to-s.from > 3 {
			continue // "du 23 mars", "du 8-Mai"; not "du 23 mars 2012"
		}
		head := s.from - 2
		f := toks[head].fold
		var typ Type
		switch {
		case movementHeads[f] && isCap(toks[head]):
			typ = ORG
		case g.facilities[f]:
			typ = LOC
		default:
			continue
		}
		found = append(found, span{from: head, to: s.to, typ: typ, why: whyCorrection, conf: 1})
	}
	return found
}

// parkHeads and parkKinds open the names of protected areas written with
// a lower-case head: "parc national des Virunga", "réserve naturelle de
// Scandola", "parc naturel régional du Vercors".
var (
	parkHeads = map[string]bool{"parc": true, "reserve": true, "foret": true}
	parkKinds = map[string]bool{"national": true, "nationale": true, "naturel": true, "naturelle": true, "regional": true, "regionale": true, "marin": true}
)

// parks finds the protected areas of block b, from their lower-case head
// to the end of the capitalised name after "de", "des", "du" or "d'".
func (a *analysis) parks(b int) []span {
	toks, info := a.toks[b], a.info[b]
	var found []span
	for i := 0; i+3 < len(toks); i++ {
		if !parkHeads[info[i].fold] || !isLower(toks[i]) || !parkKinds[info[i+1].fold] {
			continue
		}
		k := i + 2
		for k < len(toks) && parkKinds[info[k].fold] {
			k++ // "parc naturel régional"
		}
		if k+1 >= len(toks) || !(info[k].fold == "de" || info[k].fold == "des" || info[k].fold == "du" || info[k].fold == "d'") {
			continue
		}
		start := k + 1
		if articles[info[start].fold] && info[k].fold == "de" {
			start++ // "parc national de la Pendjari"
		}
		end := start
		for end < len(toks) && toks[end].kind == word && isCap(toks[end]) {
			end++
		}
		if end == start {
			continue
		}
		found = append(found, span{from: i, to: end, typ: LOC, why: whyCorrection, conf: 1})
		i = end - 1
	}
	return found
}

// joinedByAnd makes one organisation of two names joined by "and" in a
// French article, where "and" is no word of the text but of a company's
// English name: "l'agence de notation Standard and Poor's", "Procter
// and Gamble" (an English possessive ends it). A state's name stays a
// place ("Trinidad and Tobago"); English articles are left alone, where
// "and" lists names.
func (a *analysis) joinedByAnd(spans [][]span) {
	if a.isEnglish() {
		return
	}
	g := lists()
	for b, ss := range spans {
		toks := a.toks[b]
		out := ss[:0]
		for i := 0; i < len(ss); i++ {
			s := ss[i]
			if i+1 < len(ss) && s.typ != DATE && ss[i+1].typ != DATE && s.runeEnd == 0 && ss[i+1].runeEnd == 0 && s.to+1 == ss[i+1].from && toks[s.to].text == "and" && s.why != whyTitle && s.why != whyRole && ss[i+1].why != whyTitle {
				t := ss[i+1]
				to := t.to
				if to < len(toks) && (toks[to].text == "'s" || toks[to].text == "’s") && toks[to].start == toks[to-1].end {
					to++
				}
				typ := ORG
				if k := keyOf(toks, s.from, to); g.places[k] || g.countries[k] {
					typ = LOC
				}
				out = append(out, span{from: s.from, to: to, typ: typ, why: whyCorrection, conf: 1})
				i++
				continue
			}
			out = append(out, s)
		}
		spans[b] = out
	}
}

// numberedBodies are the services named with their department's number:
// "le Sdis 38", "le SDIS 05", "le Samu 93", "la CRS 8".
var numberedBodies = map[string]bool{"sdis": true, "samu": true, "smur": true, "crs": true, "ddt": true, "ddtm": true, "cdg": true}

// numberedServices makes one organisation of such a service and its
// number (the acronym alone is an organisation already; "Sdis", written
// in title case, was no name at all).
func (a *analysis) numberedServices(spans [][]span) {
	for b, toks := range a.toks {
		var found []span
		for i := 0; i+1 < len(toks); i++ {
			t, n := toks[i], toks[i+1]
			if t.kind != word || !isCap(t) || !numberedBodies[a.info[b][i].fold] || n.kind != number || len(n.text) > 3 || n.start != t.end+1 {
				continue
			}
			found = append(found, span{from: i, to: i + 2, typ: ORG, why: whyCorrection, conf: 1})
			i++
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}
