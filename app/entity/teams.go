package entity

import "strings"

// englishMatchWords are words of English match reports, specific to
// sport so that news of politics or business ("team", "win", "final")
// does not read as one. The French rules' sports mode (isSports) is not
// switched on by them: its cities-as-clubs and bare-names-as-players
// rules were written for French reports and lose on English ones.
var englishMatchWords = map[string]bool{
	"squad": true, "innings": true, "wicket": true, "wickets": true, "overs": true, "batsman": true,
	"bowler": true, "scrum": true, "lineout": true, "line-out": true, "line-outs": true, "tries": true,
	"goalkeeper": true, "striker": true, "midfielder": true, "semi-final": true, "semi-finals": true,
	"quarter-final": true, "quarter-finals": true, "half-time": true, "hat-trick": true,
	"penalties": true, "referee": true, "playoffs": true, "play-offs": true, "coach": true,
	"captain": true, "test": true, "match": true, "series": true, "championship": true,
}

// matchReport reports whether the article reads as a match report, in
// French (isSports) or in English (four kinds of match words or scores,
// six in all).
func (a *analysis) matchReport(sports bool) bool {
	if sports {
		return true
	}
	if !a.isEnglish() {
		return false
	}
	kinds := map[string]bool{}
	n := 0
	for b, toks := range a.toks {
		for k, in := range a.info[b] {
			switch {
			case englishMatchWords[in.fold]:
				kinds[in.fold] = true
				n++
			case toks[k].kind == number && matchScore.MatchString(toks[k].text):
				kinds["<score>"] = true
				n++
			}
		}
	}
	return len(kinds) >= 4 && n >= 6
}

// opponentCues stand before a team as the other side of a match: "face
// à la Suisse", "affronter le Brésil", "against India", "win over
// Australia", "Australia v India". The word before "over", "with" or
// "by" must say a match was won, drawn or lost. "Contre" is left out:
// "la guerre contre l'Azerbaïdjan" in a match report is a war.
var opponentCues = map[string]bool{
	"affronter": true, "affronte": true, "affrontera": true, "affrontent": true,
	"affronteront": true, "against": true, "v": true, "vs": true, "versus": true,
	"rencontrer": true, "rencontrera": true, "rencontreront": true, "rencontrent": true,
}

// matchNouns name a match: a country right after one, or after "contre"
// right after one, is a side ("le match Cameroun contre Cap-Vert", "le
// match contre la Namibie"); "contre" alone is not enough (above).
var matchNouns = map[string]bool{"match": true, "matchs": true, "rencontre": true, "duel": true, "choc": true, "derby": true}

// resultWords say a match was won, drawn or lost, before "over", "with"
// or "by": "win over Australia", "draw with India", "defeat by Meath".
var resultWords = map[string]bool{
	"win": true, "wins": true, "won": true, "victory": true, "draw": true, "drew": true,
	"defeat": true, "defeated": true, "beaten": true, "loss": true, "lost": true,
}

// teamCountry makes an organisation of a country that stands as a side
// in a match report: after an opponent cue or before "v"/"vs" ("Australia
// v India"). Elsewhere in the same report the country stays a place
// ("returning to India").
func (a *analysis) teamCountry(b int, s span, report bool) span {
	toks, info := a.toks[b], a.info[b]
	if !report || s.typ != LOC || !lists().countries[keyOf(toks, s.from, s.to)] {
		return s
	}
	at := s.from - 1
	if at >= 0 && (articles[info[at].fold] || info[at].fold == "the") {
		at-- // "face à la Suisse", "affronter le Brésil"
	}
	cue := false
	if at >= 0 {
		f := strings.TrimSuffix(info[at].fold, ".")
		switch {
		case opponentCues[f] || matchNouns[f]:
			cue = true
		case f == "contre" && at > 0 && (matchNouns[info[at-1].fold] || at > 1 && matchNouns[info[at-2].fold]):
			cue = true
		case (f == "a" || f == "au") && at > 0 && info[at-1].fold == "face":
			cue = true // "face à la Suisse", "face au Panama"
		case (f == "over" || f == "with" || f == "by") && at > 0 && resultWords[info[at-1].fold]:
			cue = true
		}
	}
	if k := s.to; k < len(toks) && (info[k].fold == "v" || info[k].fold == "vs") {
		cue = true
	}
	if !cue {
		return s
	}
	s.typ, s.why, s.conf, s.low = ORG, whyCorrection, 1, false
	return s
}

// leagueTeams makes organisations of the league teams a match report
// names by their nickname (data/teamnames.txt): "les Canadiens", "the
// Celtics", with their city after "de" or before them ("les Canucks de
// Vancouver", "the Sydney Roosters"); an article before them is no part
// of the name ("Les Canadiens ont battu"). The nickname must stand apart
// from other capitalised words ("Rugby Union" is no team), and replaces
// the spans it overlaps ("Vancouver" alone, "Canucks" as a person).
func (a *analysis) leagueTeams(spans [][]span) {
	g := lists()
	for b, toks := range a.toks {
		info := a.info[b]
		var found []span
		for i := 0; i < len(toks); i++ {
			if !(toks[i].kind == word && isCap(toks[i]) || toks[i].kind == number) {
				continue
			}
			to := 0
			for n := min(g.teamNameWords, len(toks)-i); n >= 1; n-- {
				if g.teamNames[keyOf(toks, i, i+n)] {
					to = i + n
					break
				}
			}
			if to == 0 || to-i == 1 && g.demonyms[info[i].fold] && !a.leagueReport() {
				continue // "le Canadien" in a football report is a player (players.go)
			}
			from := i
			if from > 0 && isCap(toks[from-1]) && !g.stopwords[info[from-1].fold] {
				// a city before the nickname, or another name it is part of
				k := capRunBefore(toks, from)
				if !g.places[keyOf(toks, k, from)] {
					i = to - 1
					continue
				}
				from = k
			}
			if to < len(toks) && isCap(toks[to]) {
				i = to - 1
				continue
			}
			if to+1 < len(toks) && (info[to].fold == "de" || info[to].fold == "d'") && isCap(toks[to+1]) {
				if end := capRunAfter(toks, to+1); g.places[keyOf(toks, to+1, end)] {
					to = end // "Canucks de Vancouver"
				}
			}
			found = append(found, span{from: from, to: to, typ: ORG, why: whyCorrection, conf: 1})
			i = to - 1
		}
		if len(found) > 0 {
			found = append(found, a.peopleBeforeTeams(b, spans[b], found)...) // "Thomas Belgarde des Tigres" (sportspeople.go)
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}

// sportsVenueHeads open the name of a sports venue named after a sponsor or
// a person, in a match report: "Centre Bell", "Court Philippe-Chatrier",
// "Centre Court". Followed right away by a capitalised word (not by
// "de", as in "Centre de formation"), the name is a place.
var sportsVenueHeads = map[string]bool{"centre": true, "center": true, "court": true, "arena": true, "arene": true, "amphitheatre": true, "amphitheater": true, "colisee": true}

// venues makes places of the venues of a match report that the rules
// read as organisations by their head ("Centre", "Court").
func (a *analysis) venues(spans [][]span) {
	for b := range spans {
		toks, info := a.toks[b], a.info[b]
		for i, s := range spans[b] {
			if s.typ != ORG || s.to-s.from < 2 || !isCap(toks[s.from]) || !sportsVenueHeads[info[s.from].fold] || !isCap(toks[s.from+1]) {
				continue
			}
			spans[b][i].typ, spans[b][i].why, spans[b][i].low = LOC, whyCorrection, false
		}
	}
}

// clubName is an entry of data/clubnames.txt: strict when the name is
// also a common word or a first name (marked " *"), so that it is a club
// only after an article ("le Standard", "l'Espérance", "le Lou"). The
// press writes acronyms as words too ("l'Asvel"): case is not matched.
type clubName struct{ strict bool }

// loadClubNames reads a list of club names, folded, and returns them
// with their longest length in words.
func loadClubNames(name string) (map[string]clubName, int) {
	out := map[string]clubName{}
	words := 0
	eachClubLine(name, func(line string, c clubName) {
		out[Fold(line)] = c
		words = max(words, len(tokenize(line)))
	})
	return out, words
}

// eachClubLine calls f with each name of the list data/name and its
// entry: comments and blank lines skipped, a closing " *" read as strict.
// A list that is not there gives nothing.
func eachClubLine(name string, f func(line string, c clubName)) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var c clubName
		if t, ok := strings.CutSuffix(line, " *"); ok {
			line, c.strict = t, true
		}
		f(line, c)
	}
}

// clubTownNouns stand before "de" and a town that is the town, not its
// club, in a sports report too: "le maire de Porto", "natif de Genk".
var clubTownNouns = map[string]bool{"ville": true, "region": true, "maire": true, "mairie": true, "natif": true, "native": true, "originaire": true, "pres": true, "banlieue": true, "habitants": true, "quartier": true, "principaute": true}

// namedClubs makes organisations of the clubs a sports report names by
// one word or a short name alone (data/clubnames.txt): "Galatasaray a
// battu Fenerbahçe", "l'Efes", "le Raja", "Fribourg-Gottéron", where the
// rules and the model read a person, a place, or nothing. The name must
// stand apart from other capitalised words ("Enner Valencia" is a
// player, "Porto Alegre" a town). It is left alone when a title or a
// role makes it a person, when it is the surname of a player the
// article names in full, when a sure rule made it a place (a facility,
// an event's town: "Grand Prix de Monaco"), and, for a town, after a
// place preposition ("à Porto", "au Pirée") or a town noun ("le maire
// de Porto") and in a dateline. Outside sports news nothing changes.
func (a *analysis) namedClubs(spans [][]span) {
	g := lists()
	for b, toks := range a.toks {
		var found []span
		for i := 0; i < len(toks); i++ {
			if toks[i].kind != word || !isCap(toks[i]) {
				continue
			}
			to := 0
			var c clubName
			for n := min(g.clubNameWords, len(toks)-i); n >= 1; n-- {
				e, ok := g.clubNames[keyOf(toks, i, i+n)]
				if ok {
					to, c = i+n, e
					break
				}
			}
			if to == 0 {
				continue
			}
			if s, ok := a.clubAt(b, spans[b], i, to, c); ok {
				found = append(found, s)
			}
			i = to - 1
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}

// clubAt returns the club toks[from:to] names in block b, if it names
// one there (namedClubs).
func (a *analysis) clubAt(b int, ss []span, from, to int, c clubName) (span, bool) {
	g := lists()
	toks, info := a.toks[b], a.info[b]
	if from > 0 && toks[from-1].kind == word && isCap(toks[from-1]) && !g.stopwords[info[from-1].fold] {
		return span{}, false // "Enner Valencia", "Saint-Germain-en-Laye"
	}
	if to < len(toks) && toks[to].kind == word && isCap(toks[to]) {
		return span{}, false // "Porto Alegre"
	}
	prev := ""
	if from > 0 {
		prev = strings.TrimSuffix(info[from-1].fold, "'")
	}
	if c.strict && prev != "le" && prev != "la" && prev != "l" && prev != "du" && prev != "au" {
		return span{}, false // "Standard" alone may be the adjective
	}
	if key := keyOf(toks, from, to); g.places[key] || g.communes.has(key) || g.proper[key] {
		// A town ("Davos" is in proper.txt alone); other clubs are
		// clubs after "à" too ("parti à Galatasaray").
		if a.locative(b, from) || (prev == "de" || prev == "d") && from > 1 && clubTownNouns[info[from-2].fold] {
			return span{}, false // "à Porto", "le maire de Porto": the town
		}
		if datelineAt(toks, span{from: from, to: to}) {
			return span{}, false // "PORTO - ": where the report is written
		}
	}
	if to-from == 1 && a.surnames[info[from].fold] {
		return span{}, false // "Enner Valencia", then "Valencia a égalisé"
	}
	start := from
	for _, s := range ss {
		if s.to <= from || s.from >= to {
			continue
		}
		if s.from == from-1 && s.to == to && articles[info[s.from].fold] {
			if !toks[s.from].sentStart {
				start = s.from // "et La Gantoise attend": the article is part of the name
			}
			continue // "Le Jaraaf de Dakar" opening a sentence: it is not
		}
		if s.typ == DATE || s.from < from || s.to > to {
			return span{}, false // part of a longer name ("Standard de Liège" aside, listed)
		}
		if s.from == from && s.to == to && s.typ != ORG && (s.why == whyTitle || s.why == whyRole || s.why == whyAlias || s.why == whyCorrection || trust[s.why] > 10) {
			return span{}, false // "l'entraîneur Raja", a facility's or an event's place
		}
	}
	return span{from: start, to: to, typ: ORG, why: whyCorrection, conf: 1}, true
}
