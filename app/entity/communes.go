package entity

import "strings"

// communes.go: towns no other list knows (issue 15), read by the
// corrections alone.

// nearWords before "de" say that what follows is a place: "près de
// Forest", "non loin de Crots", "aux alentours de Mamirolle".
var nearWords = map[string]bool{"pres": true, "loin": true, "proximite": true, "alentours": true, "environs": true, "abords": true, "portes": true}

// originNouns before "de" give where someone comes from: "le natif de
// Mamirolle", the one place cue trusted in a match report.
var originNouns = map[string]bool{"natif": true, "native": true, "natifs": true, "natives": true, "originaire": true, "originaires": true}

// personalNouns before "de" name someone's kin, friends, counsel or
// works, or a team's players, after which "de X" is a person or a club
// more often than a town: "le fils de Forest", "le dernier livre de
// Mamirolle", "les joueurs de Marchenoir". After another lower-case
// noun "de X" is the town: "le zoning de Drogenbos", "le natif de
// Mamirolle", "l'atelier SNCB de Forest".
var personalNouns = map[string]bool{
	"fils": true, "fille": true, "filles": true, "femme": true, "epouse": true, "mari": true, "veuve": true, "veuf": true,
	"frere": true, "freres": true, "soeur": true, "soeurs": true, "pere": true, "mere": true, "parents": true, "famille": true,
	"enfant": true, "enfants": true, "ami": true, "amie": true, "amis": true, "proche": true, "proches": true, "compagne": true,
	"compagnon": true, "avocat": true, "avocate": true, "avocats": true, "entourage": true, "collegue": true, "collegues": true,
	"livre": true, "roman": true, "film": true, "album": true, "chanson": true, "oeuvre": true, "tableau": true, "toile": true,
	"discours": true, "mort": true, "deces": true, "arrestation": true, "proces": true, "candidature": true, "election": true,
	"joueur": true, "joueurs": true, "joueuse": true, "joueuses": true, "equipe": true, "supporters": true, "entraineur": true,
	"capitaine": true, "gardien": true, "attaquant": true, "defenseur": true, "buteur": true, "victoire": true, "defaite": true,
	"but": true, "passe": true, "double": true, "retour": true, "depart": true,
}

// communes makes a place of a listed commune (data/towns.txt: French,
// and the Brussels region's) or town of the French-speaking world
// (data/worldtowns.txt: "Delémont", "Gonaïves") the sentence puts as a
// place: after a locative preposition ("à Marchenoir", "dans Forest",
// "depuis Drogenbos"), after "près de" and its kin, between "entre" and
// "et" ("entre Crots et Embrun"), after a lower-case noun and "de" but
// for personalNouns ("le zoning de Drogenbos"), or listed with a place
// shown ("Gap, Crots et Embrun"). Only a name a weak cue typed
// (weakReasons), the list of mixed proper nouns (proper.txt) typed, or
// the corrections left low is retyped, and a place a weak cue typed is
// made sure, so that consistent carries it to the other mentions ("à
// Forest", then "l'atelier SNCB de Forest"): never a first name and a
// surname, a title's or a role's person, or a sure organisation. In
// sports news, where "à" gives players ("une passe à X") and "de"
// clubs, only a birthplace counts ("le natif de Mamirolle"), and never
// for a club. places.txt, which the model reads, stays as it was
// trained with (the venueHeads comment in correct.go); towns.txt and
// worldtowns.txt are the corrections' own.
func (a *analysis) communes(spans [][]span, sports, report bool) {
	type candidate struct {
		b int
		s span
	}
	var candidates []candidate
	for b, ss := range spans {
		toks := a.toks[b]
		for _, s := range ss {
			if s.typ == LOC && !s.low && !weakReasons[s.why] || s.typ == DATE || s.runeEnd > 0 {
				continue
			}
			if !(s.low || weakReasons[s.why] || s.why == whyProper || (sports || report || a.race) && s.why == whySports) || firstNameWord(toks[s.from]) || !a.commune(b, s) || a.sureOrg(b, s) {
				continue
			}
			candidates = append(candidates, candidate{b, s})
		}
	}
	if len(candidates) == 0 {
		return
	}
	var listed map[spanAt]bool // names listed with a place, by block and start
	for _, c := range candidates {
		s := c.s
		if (sports || report) && !a.race {
			// Sports news gives players after "à" ("une passe à X") and
			// clubs after "de" ("les joueurs de X"): only a birthplace
			// is sure. A race report's towns are stage towns, read as
			// in other news (cycling.go).
			i := s.from
			if s.typ == ORG || i < 2 || a.info[c.b][i-1].fold != "de" && a.info[c.b][i-1].fold != "d'" || !originNouns[a.info[c.b][i-2].fold] {
				continue
			}
		} else if !a.placeBefore(c.b, s.from) {
			if listed == nil {
				listed = a.listedWithPlace(spans)
			}
			if !listed[spanAt{c.b, s.from}] {
				continue
			}
		}
		for n := range spans[c.b] {
			if t := &spans[c.b][n]; t.from == s.from && t.to == s.to && t.typ == s.typ {
				t.typ, t.why, t.low = LOC, whyCorrection, false // found by its place: listChains may have sorted the spans
			}
		}
	}
}

// spanAt is a span's block and start.
type spanAt struct{ b, from int }

// listedWithPlace returns the block and start of each name listed with a
// place shown ("Gap, Crots et Embrun").
func (a *analysis) listedWithPlace(spans [][]span) map[spanAt]bool {
	listed := map[spanAt]bool{}
	a.listChains(spans, func(b int, chain []span) {
		for _, s := range chain {
			if s.typ == LOC && !s.low {
				for _, o := range chain {
					listed[spanAt{b, o.from}] = true
				}
				return
			}
		}
	})
	return listed
}

// commune reports whether s names a listed commune, by itself or with
// the article it drops after a contracted preposition: "au Menoux" is
// Le Menoux, "aux Mées" Les Mées.
func (a *analysis) commune(b int, s span) bool {
	g := lists()
	key := keyOf(a.toks[b], s.from, s.to)
	if g.communes.has(key) || s.to-s.from == 1 && placeShapedWord(key) {
		return true // towns.txt leaves out the names shaped like a town's
	}
	if s.from == 0 {
		return false
	}
	switch a.info[b][s.from-1].fold {
	case "au", "du":
		return g.communes.has("le " + key)
	case "aux", "des":
		return g.communes.has("les " + key)
	}
	return false
}

// placeBefore reports whether the words before toks[i] of block b put
// it as a place: a locative preposition, "près de" and its kin, or
// "entre X et" before it.
func (a *analysis) placeBefore(b, i int) bool {
	if a.locative(b, i) {
		return true
	}
	info := a.info[b]
	if i >= 2 && (info[i-1].fold == "de" || info[i-1].fold == "d'") {
		prev := a.toks[b][i-2]
		if nearWords[info[i-2].fold] || prev.kind == word && (isLower(prev) || isAcronym(prev)) && !lists().stopwords[info[i-2].fold] && !personalNouns[info[i-2].fold] {
			return true
		}
	}
	if i >= 1 && info[i-1].fold == "entre" {
		return true
	}
	if i >= 3 && info[i-1].fold == "et" {
		for k := i - 2; k >= 0 && k >= i-6; k-- {
			if info[k].fold == "entre" {
				return true
			}
			if a.toks[b][k].kind != word || isLower(a.toks[b][k]) && !lists().stopwords[info[k].fold] {
				break
			}
		}
	}
	return false
}

// pluralCounts come before the plural of a place that names several of
// its kind: "les deux Brabants", "les Flandres", "des deux Corées".
var pluralCounts = map[string]bool{"les": true, "des": true, "aux": true, "deux": true, "trois": true}

// pluralPlaces makes a place of the plural of a listed place after an
// article or a count, when a weak cue typed it or it was left low:
// "Bruxelles et les deux Brabants" (the Flemish and the Walloon
// provinces), "les deux Flandres". The model, which never met the
// plural, reads an unknown word.
func (a *analysis) pluralPlaces(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		for n, s := range ss {
			if s.to-s.from != 1 || s.from == 0 || s.typ == DATE || s.runeEnd > 0 || s.typ == LOC && !s.low || !(s.low || weakReasons[s.why]) {
				continue
			}
			f := info[s.from].fold
			single, ok := strings.CutSuffix(f, "s")
			if !ok || !isCap(toks[s.from]) || !g.places[single] || !pluralCounts[info[s.from-1].fold] || !isLower(toks[s.from-1]) {
				continue
			}
			spans[b][n].typ, spans[b][n].why, spans[b][n].low = LOC, whyCorrection, false
		}
	}
}
