package entity

import "strings"

// The people of match reports that session 14 found typed as
// organisations or places in heldout29 ("Jakub Dobes a repoussé 20 des
// 23 rondelles", "Orel Mangala à la place de Leandro Trossard", "un tir
// de Thomas Belgarde des Tigres"): the model, which reads many clubs in
// sports news, leans to an organisation for a full name whose first name
// no list knows, and the corrections that find clubs and squares cut
// the player off.

// fullNamePlayer makes a player of a name of two or three capitalised
// words in a sports report that the rules read as a person by default
// (no list knows its words) and the model retyped an organisation: "Jakub
// Dobes a repoussé 20 tirs". Clubs are named by a club word, a town, a
// listed club, team or sponsor ("Aston Villa", "Young Boys", "Maple
// Leafs", "Groupama FDJ"), none of which such a name holds.
//
// One word a first name or a weak cue typed a person is a player named
// by his surname when the name lists know it as a surname or a first
// name only (namedPlayer).
func (a *analysis) fullNamePlayer(b int, s span, sports bool) span {
	if sports && s.typ == PER && s.to-s.from == 1 && a.namedPlayer(b, s) {
		s.why, s.conf, s.low = whySports, 1, false
		return s
	}
	if !sports || s.typ != ORG && s.typ != PER || s.why != whyDefaultPer || s.typ == ORG && s.conf >= 0.7 || s.to-s.from < 2 || s.to-s.from > 3 || !a.personShaped(b, s) || a.locative(b, s.from) {
		return s
	}
	if a.clubLike(b, s.from, s.to) {
		return s
	}
	s.typ, s.why, s.conf, s.low = PER, whySports, 1, false
	return s
}

// clubLike reports whether toks[from:to] of block b could name a club or
// a team: a word of a club's name, a listed club, team, cycling team,
// company, medium or band, or a word the article writes in lower case.
func (a *analysis) clubLike(b, from, to int) bool {
	g := lists()
	toks, info := a.toks[b], a.info[b]
	k := keyOf(toks, from, to)
	if _, ok := g.clubNames[k]; ok || g.teamNames[k] || g.companies[k] || g.media[k] || g.institutions[k] || g.parties[k] {
		return true
	}
	if e, ok := g.artists[k]; ok && e.typ == ORG {
		return true
	}
	for i := from; i < to; i++ {
		f := info[i].fold
		if _, ok := g.clubNames[f]; ok || g.clubs[f] || g.teamNames[f] || g.demonyms[f] || g.countries[f] || g.sport[f] || g.notNames[f] || a.art.lower[f] || isAcronym(toks[i]) || eventNameWords[f] || leadingAdjectives[f] || strings.HasSuffix(f, "ligue") || strings.HasSuffix(f, "league") {
			return true
		}
		if end, _ := cyclingTeams().longest(toks, i); end > i {
			return true
		}
	}
	return false
}

// insteadVerbs take "la place de" as "instead of" someone: "prend la
// place de", "cède sa place à".
var insteadVerbs = map[string]bool{"prend": true, "prendre": true, "pris": true, "prise": true, "prennent": true, "prenait": true, "prendra": true, "cede": true, "ceder": true, "laisse": true, "laisser": true, "remplace": true}

// insteadOf reports whether the word "place" at toks[i] of block b is
// the common noun of "à la place de" or "prendre la place de" (instead
// of), not a square: "Orel Mangala à la place de Leandro Trossard".
func (a *analysis) insteadOf(b, i int) bool {
	info := a.info[b]
	if info[i].fold != "place" || !isLower(a.toks[b][i]) || i < 2 || info[i-1].fold != "la" && info[i-1].fold != "sa" {
		return false
	}
	p := info[i-2].fold
	return p == "a" && info[i-1].fold == "la" || insteadVerbs[p]
}

// personAfterPlace reports whether s, right after "place de", is a
// person's name of two or three words no list knows as a place: "à la
// place de Leandro Trossard" (but "à la place de la République").
func (a *analysis) personAfterPlace(b int, s span) bool {
	if s.from < 2 || s.to-s.from < 2 || s.to-s.from > 3 || !a.personShaped(b, s) || lists().places[keyOf(a.toks[b], s.from, s.to)] {
		return false
	}
	p := a.info[b][s.from-1].fold
	return (p == "de" || p == "d'") && a.insteadOf(b, s.from-2)
}

// insteadPerson types s, a name after "à la place de", a person when the
// rules read one (by default or by a first name), a player in a sports
// report.
func (a *analysis) insteadPerson(b int, s span) span {
	if s.why != whyDefaultPer && s.why != whyFirstName && s.why != whyModel {
		return s
	}
	s.typ, s.low = PER, false
	if a.isSports() {
		s.why, s.conf = whySports, 1
	}
	return s
}

// participleAdverbs follow a past participle set off after a name, not
// the noun it folds to: "Dodi Lukebakio, parti en trombe", "Mbappé,
// parti au Real".
var participleAdverbs = map[string]bool{"en": true, "a": true, "au": true, "aux": true, "dans": true, "vers": true, "pour": true, "avec": true, "par": true, "sans": true, "chez": true, "sur": true, "tres": true, "trop": true, "seul": true, "tot": true, "tard": true, "loin": true, "lui": true}

// participleNoun reports whether toks[k], an apposition noun right after
// a comma with no article, is a past participle: "parti" before a
// preposition ("parti en trombe", "parti à la retraite"; but "X, parti
// de gauche" is a party), or "marqué" written with its accent.
func participleNoun(toks []token, k int) bool {
	t := toks[k]
	switch t.fold {
	case "parti", "partis", "partie":
		return k+1 < len(toks) && participleAdverbs[toks[k+1].fold]
	case "marque", "marquee", "marques", "marquees":
		return t.text != t.fold
	}
	return false
}

// eventNameWords name competitions and events, not players: "Australian
// Open", "All Star Game", "Grande Boucle", "Masters Cup".
var eventNameWords = map[string]bool{
	"open": true, "game": true, "games": true, "star": true, "stars": true, "boucle": true, "classic": true, "classique": true,
	"masters": true, "trophy": true, "trophee": true, "cup": true, "coupe": true, "league": true, "ligue": true, "tour": true,
	"prix": true, "series": true, "championship": true, "championnat": true, "final": true, "finale": true, "bowl": true,
	"derby": true, "world": true, "super": true, "all": true, "challenge": true, "classico": true, "clasico": true, "race": true,
}

// peopleBeforeTeams returns the people the rules ran into a team's name
// after "de" ("un tir de Thomas Belgarde des Tigres"), that the teams
// found are about to replace: the name before the particle, when it is
// a person's of two or three words.
func (a *analysis) peopleBeforeTeams(b int, ss, teams []span) []span {
	var out []span
	for _, s := range ss {
		if s.typ == DATE || s.runeEnd > 0 {
			continue
		}
		for _, t := range teams {
			if !(s.from < t.from && t.from < s.to) || t.from-s.from < 3 {
				continue
			}
			p := a.info[b][t.from-1].fold
			if p != "de" && p != "des" && p != "du" && p != "d'" || !isLower(a.toks[b][t.from-1]) {
				continue
			}
			head := span{from: s.from, to: t.from - 1, typ: PER, why: s.why, conf: s.conf, low: s.low}
			if head.to-head.from > 3 || !a.personShaped(b, head) || s.typ != PER && !firstNameWord(a.toks[b][head.from]) {
				continue
			}
			if s.typ != PER {
				head.why = whyFirstName
			}
			out = append(out, head)
		}
	}
	return out
}

// namedPlayer reports whether s, one word a weak cue or a first name
// typed a person in a sports report, is a player named by his surname:
// a word the name lists know only as a surname or a first name
// ("une claque de Benedetto sur Dubois", "Dupont joue une mêlée"), not a
// place, a club, a brand or a body, nor after a place preposition.
func (a *analysis) namedPlayer(b int, s span) bool {
	switch s.why {
	case whyFirstName, whyDefaultOne, whySurname, whyModel, whyPropagated:
	default:
		return false
	}
	g := lists()
	t := a.toks[b][s.from]
	f := a.info[b][s.from].fold
	if t.kind != word || !isCap(t) || isAcronym(t) || !(g.firstNames[f] || g.surnames[f]) || a.locative(b, s.from) {
		return false
	}
	if g.places[f] || g.proper[f] || g.institutions[f] || g.orgHead(f) || g.media[f] || g.countries[f] || g.communes.has(f) || g.common[f] || a.art.lower[f] {
		return false
	}
	if k := s.from + 1; t.sentStart && (k >= len(a.toks[b]) || a.toks[b][k].kind != word || g.stopwords[bare(a.toks[b][k])]) {
		return false // "Juste avant la mi-temps": an adverb before a function word
	}
	return !a.clubLike(b, s.from, s.to)
}

// pairDash reports whether toks[i] is a dash between two names, as a
// report pairs players: "un duo Yambéré – Contento" (not a dateline's
// "BESANÇON - Huit recrues").
func pairDash(toks []token, i int) bool {
	switch toks[i].text {
	case "–", "-", "—":
	default:
		return false
	}
	return i > 0 && isCap(toks[i-1]) && !isAcronym(toks[i-1]) && toks[i-1].end < toks[i].start && i+1 < len(toks) && toks[i+1].start > toks[i].end
}
