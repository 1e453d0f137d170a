package entity

// levelAdjectives say at which level a body sits, and nothing of which
// body it is: "le Conseil communal", "l'Agence nationale", "la Banque
// centrale".
var levelAdjectives = map[string]bool{
	"national": true, "nationale": true, "central": true, "centrale": true, "communal": true, "communale": true,
	"regional": true, "regionale": true, "local": true, "locale": true,
}

// townBodies name a town's council or the State's office there by the
// place: "la Ville de Saguenay", "la Mairie d'Antananarivo", "la
// Préfecture de Guadeloupe".
var townBodies = map[string]bool{"ville": true, "mairie": true, "municipalite": true, "prefecture": true, "sous-prefecture": true}

// genericNounPlace returns where the place starts in s when s is a
// town's body or a hospital named by a generic noun and the place
// ("la Ville de Saguenay", "le Centre hospitalier d'Auch",
// "le centre hospitalier universitaire de Nantes"), or 0.
func (a *analysis) genericNounPlace(b int, s span) int {
	toks, info := a.toks[b], a.info[b]
	k := s.from + 1
	switch f := info[s.from].fold; {
	case townBodies[f] && isCap(toks[s.from]):
	case f == "centre" && k < s.to && info[k].fold == "hospitalier":
		k++
		for k < s.to && isLower(toks[k]) && looksAdjective(toks[k].text) {
			k++ // "universitaire", "régional"
		}
	default:
		return 0
	}
	if k+1 >= s.to || info[k].fold != "de" && info[k].fold != "d'" || !isCap(toks[k+1]) || !lists().places[keyOf(toks, k+1, s.to)] {
		return 0
	}
	return k + 1
}

// collectiveNouns are capitalised common nouns for groups of people,
// which no set annotates: "l'Opposition", "la Société civile".
var collectiveNouns = map[string]bool{"opposition": true, "majorite": true, "societe civile": true}

// genericBodies keeps low the bodies named by their head and their level
// alone in lower case, which the article does not name ("le Conseil
// communal", "l'Agence nationale"; "la Banque Mondiale", in title case,
// may be a name; GUIDELINE: bodies named by a common noun are no
// entities, short forms alone nothing in most sets), and the collective
// nouns ("la Société civile"); a listed organisation keeps its name ("la
// Banque mondiale", "l'Assemblée nationale"), and police bodies are
// organisations in lower case too (GUIDELINE).
func (a *analysis) genericBodies(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		for i, s := range ss {
			if s.typ != ORG || s.low || s.runeEnd > 0 || s.why == whyInstitution || s.why == whyAcronymSpelled {
				continue
			}
			k := keyOf(toks, s.from, s.to)
			if listedBody(k) || g.bodies[k] {
				continue
			}
			f := info[s.from].fold
			if p := a.genericNounPlace(b, s); p > 0 {
				// "la Ville de Saguenay", "la Mairie d'Antananarivo": a
				// generic noun before a town gives the town (GUIDELINE).
				ss[i].from, ss[i].typ, ss[i].why, ss[i].conf, ss[i].low = p, LOC, whyCorrection, 1, false
				continue
			}
			generic := s.to-s.from == 2 && isCap(toks[s.from]) && g.orgHead(f) && f != "police" && f != "gendarmerie" && levelAdjectives[info[s.from+1].fold] && isLower(toks[s.from+1])
			if generic || collectiveNouns[k] && isCap(toks[s.from]) {
				ss[i].low = true
			}
		}
	}
}
