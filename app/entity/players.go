package entity

import "strings"

// playerNotTown reports whether s, a place by the rules or the model in
// a sports report, names a player rather than a town's club (club):
//   - a name of two words or more opened by a known first name, or made
//     of words no list knows, none a function word, a role or an
//     organisation's head ("Roman Yaremchuk", "Leny Yoro"): the model
//     reads an unknown foreign name as a place, and the report's rule
//     would make a club of it; the whole name must be no listed place,
//     town, club or country;
//   - one word that only the English place list knows, as a town far
//     from any league ("Lopez", "Mori": GeoNames towns that are common
//     surnames; a club named by its town in French-language news is a
//     town of the French lists or of data/clubnames.txt), or any town's
//     name after a player's action and "de" ("un centre d'Ito", "une
//     frappe de Lopez"), which no club makes.
func (a *analysis) playerNotTown(b int, s span) bool {
	g := lists()
	toks, info := a.toks[b], a.info[b]
	key := keyOf(toks, s.from, s.to)
	if _, ok := g.clubNames[key]; ok || g.communes.has(key) || g.countries[key] || g.regions[key] || g.proper[key] || g.companies[key] || g.institutions[key] || g.teamNames[key] {
		return false
	}
	if s.to-s.from == 1 {
		t := toks[s.from]
		if isAcronym(t) || !isCap(t) {
			return false
		}
		return g.places[key] && g.enPlaces[key] || a.playerAction(b, s.from)
	}
	if g.places[key] && !g.enPlaces[key] || !a.nameShaped(b, s) || s.to-s.from > 3 {
		return false
	}
	french := func(f string) bool { return g.places[f] && !g.enPlaces[f] || g.communes.has(f) }
	for k := s.from; k < s.to; k++ {
		f := info[k].fold
		if _, ok := g.clubNames[f]; ok || venueWords[f] || g.clubs[f] || g.proper[f] || g.companies[f] || g.institutions[f] || g.media[f] || g.teamNames[f] || g.countries[f] || g.regions[f] {
			return false // "Cegeka Arena", "Union Saint-Gilloise"
		}
		if french(f) && (k == s.to-1 || s.why != whyDefaultPer && !firstNameWord(toks[k])) {
			return false // "Villeneuve Loubet"; but "Roman Yaremchuk"
		}
	}
	return firstNameWord(toks[s.from]) || s.why == whyDefaultPer || s.why == whyModel
}

// venueWords name a sports venue inside its name: "Cegeka Arena",
// "Roazhon Park", "Ullevaal Stadion".
var venueWords = map[string]bool{
	"arena": true, "arene": true, "stadium": true, "stadion": true, "stadio": true, "estadio": true, "estadi": true,
	"park": true, "parc": true, "stade": true, "velodrome": true, "dome": true, "hall": true, "centre": true, "center": true, "court": true,
}

// dativeAt reports whether "à" before toks[i] follows a head that takes
// a person (dativeHeads) or an opponent ("face à"): "grâce à Lesgourgues"
// and "un penalty détourné face à Söderlund" name players, where "à
// Lesgourgues" alone would be where a match is played.
func (a *analysis) dativeAt(b, i int) bool {
	return i >= 2 && a.info[b][i-1].fold == "a" && (dativeHeads[a.info[b][i-2].fold] || a.info[b][i-2].fold == "face")
}

// playerActions are the moves of one player, named with "de" and the
// player: "un centre d'Ito", "une frappe de Lopez", "le coup de casque
// de Diakité", "une pénalité de Ramos".
var playerActions = map[string]bool{
	"centre": true, "centres": true, "frappe": true, "frappes": true, "tir": true, "tirs": true, "tete": true,
	"reprise": true, "passe": true, "passes": true, "parade": true, "parades": true, "arret": true, "arrets": true,
	"service": true, "debordement": true, "remise": true, "lob": true, "casque": true, "volee": true, "talonnade": true,
	"deviation": true, "interception": true, "percee": true, "plaquage": true, "drop": true, "transformation": true,
	"franc": true, "penalite": true, "relance": true, "dribble": true, "acceleration": true,
}

// playerAction reports whether toks[i] follows a player's action and
// "de" (playerActions).
func (a *analysis) playerAction(b, i int) bool {
	info := a.info[b]
	return i >= 2 && (info[i-1].fold == "de" || info[i-1].fold == "d'") && isLower(a.toks[b][i-2]) && playerActions[info[i-2].fold]
}

// hockeyWords are words of an ice-hockey report.
var hockeyWords = map[string]bool{"hockey": true, "lnh": true, "nhl": true, "rondelle": true, "patinoire": true, "montreal": true, "lhjmq": true, "ahl": true}

// leagueReport reports whether the article reads as a report of the
// North American or Australian leagues of data/teamnames.txt: a hockey
// word, or a team's nickname that is no demonym ("les Bruins", "les
// Sénateurs"). A nickname that is also a demonym names the team there
// ("le Canadien" of Montreal); elsewhere it is a player's nationality
// ("le Canadien inscrira une troisième réalisation" of a football
// report).
func (a *analysis) leagueReport() bool {
	g := lists()
	for b := range a.info {
		for k, in := range a.info[b] {
			if hockeyWords[in.fold] || isCap(a.toks[b][k]) && g.teamNames[in.fold] && !g.demonyms[in.fold] {
				return true
			}
		}
	}
	return false
}

// personInitials makes people of the acronyms that spell the initials of
// a person the article names in full: "LBB" after "Louis Bielle-Biarrey",
// "DSK" after "Dominique Strauss-Kahn", "JLM" after "Jean-Luc Mélenchon"
// (each part of a hyphenated name gives its letter, "ben" its own or
// none: "MBS" after "Mohammed ben Salmane"). The rules read
// an acronym as an organisation; one after a determiner ("la SNC"), or
// that a list knows as a body, a company, a medium or a party, keeps
// its type. Initials of three letters or more only.
func (a *analysis) personInitials(spans [][]span) {
	g := lists()
	initials := map[string]bool{}
	for b, ss := range spans {
		for _, s := range ss {
			if s.typ != PER || s.low || s.to-s.from < 2 || s.runeEnd > 0 {
				continue
			}
			for _, w := range personInitialForms(a.toks[b][s.from:s.to]) {
				if len(w) >= 3 {
					initials[w] = true
				}
			}
		}
	}
	if len(initials) == 0 {
		return
	}
	for b, ss := range spans {
		toks := a.toks[b]
		for i, s := range ss {
			t := toks[s.from]
			if s.typ != ORG || s.to-s.from != 1 || !isAcronym(t) || !initials[t.text] {
				continue
			}
			if s.from > 0 && determiners[strings.TrimSuffix(a.info[b][s.from-1].fold, "'")] {
				continue // "la SNC": a body
			}
			if f := t.fold; g.institutions[f] || g.companies[f] || g.media[f] || g.parties[f] || g.nounAcronyms[f] || g.proper[f] || g.bodies[f] {
				continue
			}
			ss[i].typ, ss[i].why, ss[i].conf, ss[i].low = PER, whyAlias, 1, false
		}
	}
}

// personInitialForms returns the initials a name's words may give, in
// capitals: every capitalised word and part of a hyphenated word gives
// its first letter, "ben" or "bin" its own or none, a French particle
// none.
func personInitialForms(ws []token) []string {
	forms := []string{""}
	for _, w := range ws {
		if w.kind != word {
			continue
		}
		var letters []string
		for _, part := range strings.Split(w.text, "-") {
			if r := []rune(part); len(r) > 0 {
				letters = append(letters, strings.ToUpper(string(r[0])))
			}
		}
		joined := strings.Join(letters, "")
		if !isCap(w) {
			if !arabicParticles[w.fold] {
				continue // "Charles de Gaulle" is no "CDG"
			}
			n := len(forms)
			for _, f := range forms[:n] {
				forms = append(forms, f+joined) // "MBS", or "MS"
			}
			continue
		}
		for k := range forms {
			forms[k] += joined
		}
	}
	return forms
}

// arabicParticles may give their letter to a name's initials: "MBS".
var arabicParticles = map[string]bool{"ben": true, "bin": true, "ibn": true}

// venueOf reports whether toks[i] follows a venue noun and "de", a word
// between them or none: "la salle comble de Micropolis", "le stade
// de Furiani" name a place, not a player.
func (a *analysis) venueOf(b, i int) bool {
	toks, info := a.toks[b], a.info[b]
	if i < 2 || info[i-1].fold != "de" && info[i-1].fold != "d'" {
		return false
	}
	k := i - 2
	if k > 0 && isLower(toks[k]) && !lists().stopwords[info[k].fold] && !lists().facilities[info[k].fold] {
		k-- // "comble", "municipal"
	}
	return isLower(toks[k]) && (lists().facilities[info[k].fold] || groundNouns[info[k].fold])
}
