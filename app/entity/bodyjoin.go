package entity

// bodyLinks may join the two halves of a body's name written in title
// case: "Agence Nationale pour l'Organisation de la Conférence de l'Union
// Africaine", "Comité National pour la Réconciliation et le
// Développement de la Guinée". The rules cut such names at the link.
var bodyLinks = map[string]bool{"pour": true, "et": true, "sur": true, "contre": true}

// bodyLinkArticles may follow a link: "pour la", "et le", "pour l'".
var bodyLinkArticles = map[string]bool{"la": true, "le": true, "l'": true, "les": true}

// titleCaseBodies joins a body's name in title case to the capitalised
// name the rules found after "pour", "et", "sur" or "contre" (and an
// article): one name. The left half opens with a head of a body and
// writes every word of four letters or more with a capital; after
// "et" the left half must not end with a place (its name is whole) and
// the right half must not be a body the rules are sure of nor open with a
// body's head, a facility, a place or a first name ("l'Agence Nationale
// et la Banque Mondiale", "la Banque du Canada et les Aéroports du
// Cameroun" are two).
func (a *analysis) titleCaseBodies(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		var out []span
		changed := false
		for i := 0; i < len(ss); i++ {
			s := ss[i]
			if i+1 >= len(ss) || s.typ != ORG || s.runeEnd > 0 || !isCap(toks[s.from]) || !g.orgHead(info[s.from].fold) || !a.titleCase(b, s) {
				out = append(out, s)
				continue
			}
			r := ss[i+1]
			k := s.to
			if k >= len(toks) || !bodyLinks[info[k].fold] || !isLower(toks[k]) {
				out = append(out, s)
				continue
			}
			link := info[k].fold
			k++
			if k < len(toks) && bodyLinkArticles[info[k].fold] {
				k++
			}
			if r.from != k || r.typ == DATE || r.runeEnd > 0 || !a.titleCase(b, r) || r.typ == PER && !r.low && a.personEvidence(b, r) {
				out = append(out, s)
				continue
			}
			if f := info[r.from].fold; link == "et" && (g.places[info[s.to-1].fold] || r.typ == ORG && !r.low && trust[r.why] > 10 || g.orgHead(f) || g.facilities[f] || g.institutions[f] || g.places[f] || g.countries[f] || firstNameWord(toks[r.from]) || isAcronym(toks[r.from])) {
				out = append(out, s)
				continue
			}
			s.to, s.why, s.conf, s.low = r.to, whyOrgHead, 1, false
			out = append(out, s)
			i++
			changed = true
		}
		if changed {
			spans[b] = out
		}
	}
}

// titleCase reports whether a span writes every word of four letters or
// more but function words with a capital: "Conférence de l'Union Africaine".
func (a *analysis) titleCase(b int, s span) bool {
	for k := s.from; k < s.to; k++ {
		if t := a.toks[b][k]; t.kind == word && len([]rune(t.text)) >= 4 && !isCap(t) && !lists().stopwords[bare(t)] && !bodyLinks[t.fold] {
			return false
		}
	}
	return true
}
