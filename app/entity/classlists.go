package entity

import "strings"

// classHeads are plural nouns that say what the names listed after them
// are: "plusieurs hôpitaux de l'AP-HP : Henri Mondor (170 %), Avicenne
// (133 %), Trousseau", "des villes comme Lyon, Lille et Rennes", "les
// éditeurs Gallimard, Flammarion et Grasset". The list is the evidence:
// each name on its own looks like a person or a place.
var classHeads = map[string]Type{
	"hopitaux": ORG, "cliniques": ORG, "lycees": ORG, "colleges": ORG, "ecoles": ORG, "universites": ORG,
	"musees": ORG, "theatres": ORG, "entreprises": ORG, "societes": ORG, "groupes": ORG, "banques": ORG,
	"partis": ORG, "syndicats": ORG, "clubs": ORG, "equipes": ORG, "journaux": ORG, "quotidiens": ORG,
	"hebdomadaires": ORG, "medias": ORG, "chaines": ORG, "radios": ORG, "associations": ORG, "ong": ORG,
	"constructeurs": ORG, "operateurs": ORG, "laboratoires": ORG, "fondations": ORG, "editeurs": ORG,
	"maisons": ORG, "assureurs": ORG, "enseignes": ORG, "distributeurs": ORG, "compagnies": ORG,
	"villes": LOC, "communes": LOC, "pays": LOC, "regions": LOC, "provinces": LOC, "quartiers": LOC,
	"villages": LOC, "localites": LOC, "cantons": LOC, "capitales": LOC, "iles": LOC, "metropoles": LOC,
	"stades": LOC, "gares": LOC, "aeroports": LOC, "salles": LOC, "arrondissements": LOC,
}

// classLinks may stand between a class noun and its list: "hôpitaux :
// X, Y", "villes comme X", "clubs tels que X", "pays, dont X".
var classLinks = map[string]bool{":": true, ",": true, "comme": true, "dont": true, "notamment": true, "tels": true, "telles": true, "que": true, "savoir": true, "en": true, "particulier": true, "(": true, "ainsi": true}

// classLists types the names of a list after a class noun by the class,
// where only a weak cue, a first name or the list of mixed proper nouns
// typed them; a name a sure cue typed (a title, an institution, a
// country) keeps its type.
func (a *analysis) classLists(spans [][]span) {
	a.listChains(spans, func(b int, chain []span) {
		typ, ok := a.classBefore(b, chain[0].from)
		if !ok {
			return
		}
		for k, s := range chain {
			if s.typ == typ && !s.low || s.typ == DATE || s.runeEnd > 0 || s.why == whyTitle || s.why == whyRole || trust[s.why] > 10 && s.typ != PER {
				continue
			}
			if typ == ORG && s.typ == LOC && (s.why == whyPlace || s.why == whyCountry) {
				continue // "les clubs de Lyon, Lille": the towns
			}
			chain[k].typ, chain[k].why, chain[k].low = typ, whyCorrection, false
		}
	})
}

// classBefore returns the class of the plural noun that introduces the
// list whose first name is at toks[i]: the noun, then lower-case
// adjectives or a complement ("de l'AP-HP", "du Grand Paris"), then a
// link (classLinks). A town class may take its list after "de" ("les
// villes de Lyon, Lille et Rennes"); an organisation's may not ("les
// hôpitaux de Paris, Lyon" are in towns), nor a class of buildings ("la
// tournée des stades de Soprano, Indochine et Christine": the singer's).
func (a *analysis) classBefore(b, i int) (Type, bool) {
	toks, info := a.toks[b], a.info[b]
	k := i - 1
	links := 0
	for k >= 0 && links < 3 && classLinks[info[k].fold] && (toks[k].kind != word || isLower(toks[k])) {
		k--
		links++
	}
	if links == 0 && k >= 1 {
		// "les villes de Lyon, Lille et Rennes"
		switch info[k].fold {
		case "de", "d'", "des", "du":
			if f := info[k-1].fold; classHeads[f] == LOC && !facilityNoun(strings.TrimSuffix(f, "s")) && f != "salles" && isLower(toks[k-1]) {
				return LOC, true
			}
		}
		return "", false
	}
	if k > 0 && info[k+1].fold == "savoir" && info[k].fold == "a" {
		k-- // "à savoir"
	}
	// A complement of the class: "de l'AP-HP", "du Grand Paris", or a
	// lower-case adjective in the plural: "parisiens", "publics".
	for n := 0; k >= 0 && n < 5; n++ {
		t, f := toks[k], info[k].fold
		if c, ok := classHeads[f]; ok && isLower(t) {
			return c, true
		}
		switch {
		case t.kind == word && (isCap(t) || isAcronym(t)):
		case f == "de" || f == "d'" || f == "du" || f == "des" || f == "l'" || f == "la" || f == "le":
		case n == 0 && isLower(t) && (strings.HasSuffix(f, "s") || strings.HasSuffix(f, "x")):
		default:
			return "", false
		}
		k--
	}
	return "", false
}
