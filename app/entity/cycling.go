package entity

import (
	"strings"
	"sync"
)

// cyclingWords are words of road-race reports: "le peloton", "l'étape",
// "les coureurs", "l'échappée", "le contre-la-montre".
var cyclingWords = map[string]bool{
	"peloton": true, "pelotons": true, "etape": true, "etapes": true, "coureur": true, "coureurs": true,
	"echappee": true, "echappees": true, "contre-la-montre": true, "sprint": true, "sprints": true,
	"sprinteur": true, "sprinteurs": true, "grimpeur": true, "grimpeurs": true, "puncheur": true, "puncheurs": true,
	"maillot": true, "maillots": true, "cyclisme": true, "cycliste": true, "cyclistes": true, "fuyards": true,
	"equipier": true, "equipiers": true, "baroudeur": true, "baroudeurs": true, "bordures": true, "worldtour": true,
}

// cyclingReport reports whether the article reads as a road-race report:
// cycling words of three kinds, four times in all. isSports may not say
// so: a race report has few of the match words of data/sport.txt.
func (a *analysis) cyclingReport() bool {
	kinds := map[string]bool{}
	n := 0
	for b := range a.toks {
		for _, in := range a.info[b] {
			if cyclingWords[in.fold] {
				kinds[in.fold] = true
				n++
			}
		}
	}
	return len(kinds) >= 3 && n >= 4
}

// looseList is a list of names read like data/clubnames.txt (" *"
// marks a strict entry), by looseKey, with its longest name in tokens
// and the first words of its names (a token whose first word none has
// is passed over at once).
type looseList struct {
	names map[string]clubName
	first wordSet
	toks  int
}

// loadLooseList reads a looseList from data/name.
func loadLooseList(name string) looseList {
	l := looseList{names: map[string]clubName{}, first: wordSet{}}
	eachClubLine(name, func(line string, c clubName) {
		toks := tokenize(line)
		key := looseKey(toks, 0, len(toks))
		l.names[key] = c
		head, _, _ := strings.Cut(key, " ")
		l.first[head] = true
		l.toks = max(l.toks, len(toks))
	})
	return l
}

// longest returns the end of the longest listed name that starts at
// toks[i], and its entry; 0 when none does.
func (l *looseList) longest(toks []token, i int) (int, clubName) {
	head, _, _ := strings.Cut(toks[i].fold, "-")
	if !l.first[head] {
		return 0, clubName{}
	}
	var buf [96]byte
	for j := min(len(toks), i+l.toks); j > i; j-- {
		if teamSeparator(toks[j-1]) {
			continue
		}
		if e, ok := l.names[string(appendLooseKey(buf[:0], toks, i, j))]; ok {
			return j, e
		}
	}
	return 0, clubName{}
}

var (
	cyclingOnce  sync.Once
	cyclingTeamz looseList
)

// cyclingTeams returns data/cyclingteams.txt, read on first use.
func cyclingTeams() *looseList {
	cyclingOnce.Do(func() { cyclingTeamz = loadLooseList("cyclingteams.txt") })
	return &cyclingTeamz
}

// teamSeparator reports whether a token only separates the words of a
// team's name: "Trek - Segafredo", "Canyon//SRAM", "Visma | Lease a Bike".
func teamSeparator(t token) bool {
	return t.kind == punct && (t.fold == "-" || t.fold == "/" || t.fold == "|")
}

// looseKey is the folded words of toks[from:to] joined by single spaces,
// separators left out and hyphens inside words made spaces: "Trek -
// Segafredo", "Trek-Segafredo" and "Trek Segafredo" share one key.
func looseKey(toks []token, from, to int) string {
	return string(appendLooseKey(nil, toks, from, to))
}

// appendLooseKey appends looseKey(toks, from, to) to b.
func appendLooseKey(b []byte, toks []token, from, to int) []byte {
	start := len(b)
	for k := from; k < to; k++ {
		if teamSeparator(toks[k]) {
			continue
		}
		if len(b) > start {
			b = append(b, ' ')
		}
		for _, c := range []byte(toks[k].fold) {
			if c == '-' {
				c = ' '
			}
			b = append(b, c)
		}
	}
	return b
}

// teamTails close a cycling team's name after its sponsors: "Astana Pro
// Team", "Cofidis Women Team", "Movistar Team".
var teamTails = map[string]bool{"team": true, "pro": true, "cycling": true, "racing": true, "women": true, "ladies": true}

// cyclingTeamNames makes organisations of the professional cycling teams
// of data/cyclingteams.txt in a race or sports report ("Lilian Calmejane
// (Direct Energie)", "chez Astana", "Jasper Stuyven (Trek - Segafredo)"),
// where the rules and the model read a person, a place or two names.
// The name must stand apart from other capitalised words; a name that
// is also a place, a person's or a common word (" *") counts only in a
// race report or in brackets after a rider, and a place's name after
// "à" or "en" is the place ("arrivée à Astana").
func (a *analysis) cyclingTeamNames(spans [][]span, sports, cycling bool) {
	if !sports && !cycling {
		return
	}
	l := cyclingTeams()
	g := lists()
	for b, toks := range a.toks {
		info := a.info[b]
		var found []span
		for i := 0; i < len(toks); i++ {
			if !isCap(toks[i]) {
				continue
			}
			from := i
			if info[i].fold == "team" && i+1 < len(toks) {
				i++ // "Team Sky", "Team TotalEnergies"
			}
			to, c := l.longest(toks, i)
			if to == 0 && from < i {
				if e, ok := l.names[looseKey(toks, from, from+2)]; ok {
					i, to, c = from, from+2, e // "Team Sky" is listed whole
				}
			}
			if to == 0 {
				i = from
				continue
			}
			for to < len(toks) && isCap(toks[to]) && teamTails[info[to].fold] {
				to++ // "Astana Pro Team"
			}
			if s, ok := a.cyclingTeamAt(b, spans[b], from, to, c, sports, cycling, g); ok {
				found = append(found, s)
			}
			i = to - 1
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}

// cyclingTeamAt returns the team toks[from:to] names in block b, if it
// names one there (cyclingTeamNames).
func (a *analysis) cyclingTeamAt(b int, ss []span, from, to int, c clubName, sports, cycling bool, g *gazetteers) (span, bool) {
	toks, info := a.toks[b], a.info[b]
	if from > 0 && toks[from-1].kind == word && isCap(toks[from-1]) && !g.stopwords[info[from-1].fold] {
		return span{}, false // part of a longer name
	}
	if to < len(toks) && toks[to].kind == word && isCap(toks[to]) {
		return span{}, false // "Bora Bora", "Sky News"
	}
	bracketed := from > 0 && toks[from-1].text == "(" && to < len(toks) && toks[to].text == ")"
	if c.strict && !cycling && !bracketed {
		return span{}, false
	}
	if key := keyOf(toks, from, to); c.strict && (g.places[key] || g.countries[key]) && from > 0 && (locPrepositions[info[from-1].fold] || info[from-1].fold == "de" && from > 1 && clubTownNouns[info[from-2].fold]) {
		return span{}, false // "l'arrivée à Astana": the town
	}
	for _, s := range ss {
		if s.to <= from || s.from >= to || s.typ == "" {
			continue
		}
		if s.from < from || s.to > to {
			if s.typ == ORG && !(s.to <= to && a.riderBefore(b, s.from, from)) {
				return span{}, false // a longer organisation's name
			}
			if s.typ == DATE || s.runeEnd > 0 {
				return span{}, false
			}
		}
	}
	return span{from: from, to: to, typ: ORG, why: whyCorrection, conf: 1}, true
}

// riderBefore reports whether toks[from:to] is a rider's nationality and
// the link to the team: "le Français de la Groupama-FDJ", "l'Espagnol
// du Movistar", which the rules join to the team's name.
func (a *analysis) riderBefore(b, from, to int) bool {
	info := a.info[b]
	if from >= to || !lists().demonyms[info[from].fold] {
		return false
	}
	for k := from + 1; k < to; k++ {
		if !groundLinks[info[k].fold] {
			return false
		}
	}
	return to > from+1
}
