package entity

import "strings"

// Where an organisation's name ends (heldout28, heldout29): the rules'
// extendOrg runs a name on through lower-case complements, and nameAt
// joins capitalised words over "de"; these say where neither may go.
// A name never continues over a time phrase ("la Commission de
// surveillance du secteur financier au début du mois"), over "au" and a
// place ("l'Agence pour le développement de l'emploi au Luxembourg"),
// over a participle after a complete name ("la Police endeuillée"), nor
// into a person's full name ("Les Républicains Marc-Philippe
// Daubresse") or the town a company stands in ("GM&S de La
// Souterraine", "World Economic Forum de Davos").

// timeNouns after "de", "du", "des", "d'" or "au" start a time phrase,
// never a complement of a name: "au début du mois", "de la semaine
// dernière", "du printemps". Folded.
var timeNouns = map[string]bool{
	"mois": true, "semaine": true, "semaines": true, "annee": true, "annees": true, "an": true, "jour": true, "jours": true,
	"soir": true, "soiree": true, "matin": true, "matinee": true, "nuit": true, "apres-midi": true, "week-end": true, "weekend": true,
	"trimestre": true, "semestre": true, "printemps": true, "ete": true, "automne": true, "hiver": true, "veille": true, "lendemain": true,
}

// timeAfterAu follow "au" in a time phrase only: "au début de", "au
// cours de", "au milieu de", "au terme de", "au moment de"; after "de"
// they are domains ("Observatoire du milieu marin").
var timeAfterAu = map[string]bool{"debut": true, "cours": true, "milieu": true, "terme": true, "moment": true, "lendemain": true, "fil": true}

// complementStops reports whether the complement that "de", "du", "des",
// "d'", "au" or "aux" opens at toks[k] is no part of an organisation's
// name: a time phrase, or with "au" or "aux" a capitalised place, which
// is where the body is ("l'Agence pour le développement de l'emploi au
// Luxembourg"), unless an acronym in brackets spells the whole (loose:
// "la Mission des Nations unies au Mali (Minusma)").
func complementStops(toks []token, k int, loose bool) bool {
	p := toks[k].fold
	au := p == "au" || p == "aux"
	if !isLower(toks[k]) || !(au || p == "de" || p == "du" || p == "des" || p == "d'") {
		return false
	}
	j := k + 1
	if j < len(toks) && !au && (toks[j].fold == "la" || toks[j].fold == "l'" || toks[j].fold == "le" || toks[j].fold == "les") && p != "d'" {
		j++
	}
	if j >= len(toks) || toks[j].kind != word {
		return false
	}
	f := toks[j].fold
	if isLower(toks[j]) {
		return timeNouns[f] || au && timeAfterAu[f]
	}
	if !au || loose {
		return false
	}
	g := lists()
	for e := min(len(toks), j+4); e > j; e-- {
		if g.places[keyOf(toks, j, e)] && !g.institutions[keyOf(toks, j, e)] {
			return true
		}
	}
	return false
}

// nameParticiples are the participles that are adjectives of bodies'
// names right after their head ("Forces armées", "Église réformée",
// "Centre intégré", "Bureau du Conseil privé"), folded and without their
// ending: any other participle there says something of a complete name
// ("la Police endeuillée", "le Parlement divisé").
var nameParticiples = map[string]bool{
	"arm": true, "unifi": true, "integr": true, "reform": true, "associ": true, "specialis": true, "agr": true, "agre": true,
	"feder": true, "confeder": true, "alli": true, "priv": true, "coordonn": true, "decentralis": true, "deconcentr": true,
	"avanc": true, "appliqu": true, "delegu": true, "mutualis": true, "reun": true, "uni": true,
}

// participle reports whether a lower-case word reads as a past
// participle in "-é", "-ée", "-és", "-ées" that names no body: nouns in
// "-té" ("santé", "sécurité", "comité") and the participles of
// nameParticiples are not.
func participle(t token) bool {
	if !isLower(t) {
		return false
	}
	raw := strings.ToLower(t.text)
	stem := ""
	for _, e := range []string{"ées", "ée", "és", "é"} {
		if s, ok := strings.CutSuffix(raw, e); ok {
			stem = s
			break
		}
	}
	if len([]rune(stem)) < 3 || strings.HasSuffix(stem, "t") {
		return false
	}
	return !nameParticiples[Fold(stem)]
}

// placeAdjective reports whether a lower-case word after a capitalised
// place in a body's name is the place's adjective: "du Valais romand",
// "de la Suisse orientale", "de l'Afrique centrale" (looksAdjective
// reads the last two).
func placeAdjective(t token) bool {
	if !isLower(t) {
		return false
	}
	f := t.fold
	if lists().demonyms[f] || regionalAdjective(f) {
		return true
	}
	for _, e := range []string{"and", "ande", "ands", "andes"} {
		if strings.HasSuffix(f, e) && len(f) > len(e)+2 {
			return true
		}
	}
	return false
}

// fieldNouns take a field after "en" in a body's name, as plural
// practitioners do ("Association des spécialistes en médecine"):
// "Centre de recherche en données massives", "Institut de formation en
// soins infirmiers". Folded.
var fieldNouns = map[string]bool{
	"recherche": true, "formation": true, "enseignement": true, "expertise": true, "innovation": true, "excellence": true,
	"intervention": true, "competence": true, "specialisation": true, "prevention": true, "education": true,
}
