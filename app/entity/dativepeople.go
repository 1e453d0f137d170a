package entity

// dativeHeads take a person after "à": "rendre hommage à Miles Davis",
// "grâce à Livio Jean-Charles", "associé à Zambo Anguissa", "succède à",
// "confie le poste à". A place after them is rare ("face à Lyon" is a
// team, and a listed place is left as it is).
var dativeHeads = map[string]bool{
	"hommage": true, "grace": true, "associe": true, "associee": true, "associes": true, "succede": true, "succeder": true, "succedera": true,
	"confie": true, "confiee": true, "remis": true, "remise": true, "decerne": true, "decernee": true, "attribue": true, "attribuee": true,
	"merci": true, "repondu": true, "repond": true, "ecrit": true, "oppose": true, "opposee": true,
}

// dativePeople gives back to people the names after "à" that the model
// reads as places where the words before say a person: a name opened by
// a known first name, which only the model typed a place ("cède le
// portefeuille à François-Philippe Champagne"), and a person-shaped name
// after a dativeHeads noun or participle and "à" ("hommage à Miles
// Davis"). A name the place lists know, a hyphenated name alone (a
// stadium, a station: "à Jean-Bouin") and a sure organisation keep their
// types. Each word may be a place's ("Champagne", "Davis"): a first
// name or the head before "à" says the person.
func (a *analysis) dativePeople(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		for i, s := range ss {
			if s.typ != LOC || s.runeEnd > 0 || s.from < 2 || s.to-s.from > 3 || info[s.from-1].fold != "a" || !isLower(toks[s.from-1]) {
				continue
			}
			if k := keyOf(toks, s.from, s.to); g.places[k] || g.countries[k] || g.companies[k] || g.institutions[k] || g.media[k] || !a.nameShaped(b, s) {
				continue
			}
			switch {
			case s.why == whyFirstName && s.to-s.from >= 2:
			case dativeHeads[info[s.from-2].fold] && (isLower(toks[s.from-2]) || toks[s.from-2].sentStart) && (s.why == whyLocPrep || s.why == whySurname || s.why == whyModel || weakReasons[s.why]):
			default:
				continue
			}
			ss[i].typ, ss[i].why, ss[i].conf, ss[i].low = PER, whyCorrection, 1, false
		}
	}
}

// nameShaped reports whether every word of s is a capitalised word, no
// acronym, no function word, role, organisation's head or common word:
// personShaped without its place test.
func (a *analysis) nameShaped(b int, s span) bool {
	g := lists()
	for k := s.from; k < s.to; k++ {
		t, f := a.toks[b][k], a.info[b][k].fold
		if t.kind != word || !isCap(t) || isAcronym(t) || g.stopwords[bare(t)] || g.roles[f] || g.orgHead(f) || g.common[f] || saintHeads[f] {
			return false
		}
	}
	return true
}
