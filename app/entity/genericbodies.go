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

// collectiveNouns are capitalised common nouns for groups of people,
// which no set annotates: "l'Opposition", "la Société civile".
var collectiveNouns = map[string]bool{"opposition": true, "majorite": true, "societe civile": true}

// genericBodies keeps low the bodies named by their head and their level
// alone, which the article does not name ("le Conseil communal", "la
// Banque Centrale"; GUIDELINE: bodies named by a common noun are no
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
			if p := s.from + 2; s.to > p && townBodies[f] && isCap(toks[s.from]) && (info[s.from+1].fold == "de" || info[s.from+1].fold == "d'") && isCap(toks[p]) && g.places[keyOf(toks, p, s.to)] {
				// "la Ville de Saguenay", "la Mairie d'Antananarivo": a
				// generic noun before a town gives the town (GUIDELINE).
				ss[i].from, ss[i].typ, ss[i].why, ss[i].conf, ss[i].low = p, LOC, whyCorrection, 1, false
				continue
			}
			generic := s.to-s.from == 2 && isCap(toks[s.from]) && g.orgHead(f) && f != "police" && f != "gendarmerie" && levelAdjectives[info[s.from+1].fold]
			if generic || collectiveNouns[k] && isCap(toks[s.from]) {
				ss[i].low = true
			}
		}
	}
}
