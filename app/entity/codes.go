package entity

import (
	"regexp"
	"strings"
	"unicode"
)

// codes drops the acronyms that name no organisation but a kind of
// thing, a model or a code, though written in capitals like a body's
// initials (GUIDELINE: products, events, roles and common nouns are no
// entities). An acronym is one of them when it is:
//   - spelled in brackets by lower-case words that open with a role or
//     a kind noun, which make it a common noun's short form for the
//     whole article ("le secrétaire général (SG)", then "le SG Kinda"
//     is the person; "le virus du Nil occidental (VNO)");
//   - written after "un", "une" or a possessive and never after "le" or
//     "la" in the article ("un EP", "son EP"; but "un RCT en pleine
//     forme" and "le RCT");
//   - set after a noun of kinds, standards, instruments or stars in
//     lower case ("la technologie NFT", "aux normes PMR", "l'instrument
//     SPHERE", "l'étoile HIP65426"), or, with a digit, after any
//     lower-case noun ("l'usine AP60", "des obligations AT1");
//   - one letter and two digits or more, without an article ("sur
//     A320"), letters glued to a year ("CAN2023"), a decree's reference
//     ("n°2016-055/PRN"): a model, an edition, a code;
//   - a French division in a sports report ("la D2", "de N1");
//   - a diplomat's honorific before a name ("SEM Patrice Talon");
//   - one capital letter after a label noun ("le groupe B", "sa série
//     F").
//
// A listed institution, medium, company or party is kept whatever its
// context. A listed town in capitals is a place (capitalPlace), and a
// headline in capitals no name (shouted). codes runs after the other
// corrections, which may have typed the acronym by its bracket or
// propagated it.
func (a *analysis) codes(spans [][]span, sports bool) {
	roles := a.spelledAcronyms(true)
	common := a.spelledAcronyms(false)
	for f := range a.determinedAcronyms() {
		common[f] = true
	}
	for b := range spans {
		toks := a.toks[b]
		out := spans[b][:0]
		for _, s := range spans[b] {
			if f := toks[s.from].fold; s.typ == ORG && s.to-s.from >= 2 && s.runeEnd == 0 && roles[f] && isCap(toks[s.from+1]) && !isAcronym(toks[s.from+1]) {
				// "Le SG Kinda": the role's acronym, then the person.
				s.from, s.typ, s.why, s.low = s.from+1, PER, whyRole, false
			}
			if s.typ == ORG && s.to-s.from == 1 && s.runeEnd == 0 && isAcronym(toks[s.from]) && !listedBody(toks[s.from].fold) && (common[toks[s.from].fold] || roles[toks[s.from].fold] || a.codeAt(b, s.from, sports)) ||
				sports && s.typ == LOC && s.to-s.from == 1 && divisionCode.MatchString(toks[s.from].text) ||
				s.typ != DATE && s.to-s.from == 1 && a.labelLetter(b, s.from) {
				continue
			}
			if s.typ != DATE && s.runeEnd == 0 {
				if k, ok := a.shouted(b, s); ok {
					if kk := keyOf(toks, s.from, k); k == s.from || !listedBody(kk) && !lists().places[kk] && !lists().proper[kk] && !hasClubName(kk) {
						continue // "ET NON À DE NOUVELLES CONCESSIONS", "NON, NON", "INFECTIONS À VIRUS": only a known name survives its headline
					}
					s.to = k // "SOUTHAMPTON PAR K.O."
				}
			}
			if s.typ == ORG && !sports && s.to-s.from == 1 && s.runeEnd == 0 && (s.why == whyAcronym || weakReasons[s.why]) && a.capitalPlace(toks[s.from]) {
				s.typ, s.why, s.conf, s.low = LOC, whyCorrection, 1, false // "GRAMAT (Lot) -"
			}
			out = append(out, s)
		}
		spans[b] = out
	}
}

// capitalPlace reports whether t, written in capitals, is a listed place
// or commune and no listed organisation: a dateline's or a headline's
// town ("GRAMAT", "PULIGNY-MONTRACHET"), no acronym; short words are
// acronyms more often than towns.
func (a *analysis) capitalPlace(t token) bool {
	g := lists()
	if !isAcronym(t) || strings.ContainsAny(t.text, "0123456789&") || listedBody(t.fold) || g.nounAcronyms[t.fold] || countryInitials[t.text] {
		return false
	}
	if len([]rune(t.text)) < 5 {
		return false // "OMS" is a commune too
	}
	return g.places[t.fold] || g.communes.has(t.fold)
}

// listedBody reports whether the folded word f is a listed
// organisation of any kind.
func listedBody(f string) bool {
	g := lists()
	return g.institutions[f] || g.media[f] || g.companies[f] || g.parties[f] || g.bodies[f]
}

// spelledAcronyms returns the acronyms the article spells in brackets
// after lower-case words that open with a role ("le secrétaire général
// (SG)"), or, when roles is false, with a kind noun ("le virus du Nil
// occidental (VNO)").
func (a *analysis) spelledAcronyms(roles bool) map[string]bool {
	out := map[string]bool{}
	for _, toks := range a.toks {
		for i := 2; i+1 < len(toks); i++ {
			if toks[i-1].text != "(" || toks[i+1].text != ")" || !isAcronym(toks[i]) {
				continue
			}
			for k := i - 2; k >= 0 && k >= i-11; k-- {
				if toks[k].kind != word || isCap(toks[k]) {
					break
				}
				if isLower(toks[k]) && (roles && lists().roles[toks[k].fold] || !roles && kindNouns[toks[k].fold]) && (initialsMatch(toks[k:i-1], toks[i].text) || initialsLoose(toks[k:i-1], toks[i].text)) {
					out[toks[i].fold] = true
					break
				}
			}
		}
	}
	return out
}

// commonDeterminers make a common noun of the acronym after them: "un
// EP", "son EP", "un FPT supplémentaire".
var commonDeterminers = map[string]bool{"un": true, "une": true, "son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "ce": true, "cet": true, "cette": true, "chaque": true}

// definiteArticles name one thing: "le RCT" names a club, whatever "un
// RCT en pleine bourre" says.
var definiteArticles = map[string]bool{"le": true, "la": true, "l'": true, "du": true, "au": true}

// determinedAcronyms returns the acronyms the article writes after an
// indefinite article or a possessive and never after a definite one:
// "un EP éponyme", "extrait de son EP".
func (a *analysis) determinedAcronyms() map[string]bool {
	common, named := map[string]bool{}, map[string]bool{}
	for b, toks := range a.toks {
		for i := 1; i < len(toks); i++ {
			if !isAcronym(toks[i]) {
				continue
			}
			switch prev := a.info[b][i-1].fold; {
			case commonDeterminers[prev]:
				common[toks[i].fold] = true
			case definiteArticles[prev]:
				named[toks[i].fold] = true
			}
		}
	}
	for f := range named {
		delete(common, f)
	}
	return common
}

// kindNouns name kinds, standards, instruments and stars: an acronym
// right after one in lower case is what it qualifies, no body ("la
// technologie NFT", "l'instrument SPHERE").
var kindNouns = map[string]bool{
	"technologie": true, "technologies": true, "norme": true, "normes": true, "standard": true, "protocole": true, "format": true,
	"label": true, "modele": true, "version": true, "vaccin": true, "vaccins": true, "variant": true, "virus": true,
	"strategie": true, "borne": true, "bornes": true, "instrument": true, "spectrometre": true, "spectrographe": true,
	"camera": true, "detecteur": true, "etoile": true, "planete": true, "exoplanete": true, "galaxie": true, "asteroide": true,
	"obligations": true, "obligation": true, "indice": true, "indices": true,
}

// editionCode is letters glued to a year: "CAN2023", "JO2024".
var editionCode = regexp.MustCompile(`^\p{Lu}{2,}-?(?:19|20)\d\d$`)

// modelCode is one letter and two digits or more: "A320", "S28".
var modelCode = regexp.MustCompile(`^\p{Lu}\d{2,}$`)

// unitCode is a unit written after its number: "16 GWh", "300 MW", "5
// Go", "2,4 GHz".
var unitCode = regexp.MustCompile(`^(?:[kKMGTP](?:W|Wh|Wc|Wp|VA|Hz|o|B|bit)|Wh|Wc|VA|Hz)$`)

// divisionCode is a French sports division: "D1", "N2", "R3", "N1F".
var divisionCode = regexp.MustCompile(`^[DNR][1-4]F?$`)

// capsHonorifics are a diplomat's titles in capitals: "SEM Patrice Talon"
// (Son Excellence Monsieur).
var capsHonorifics = map[string]bool{"sem": true, "se": true}

// codeAt reports whether the acronym toks[i] of block b names a kind, a
// model or a code by its context (codes).
func (a *analysis) codeAt(b, i int, sports bool) bool {
	toks := a.toks[b]
	t := toks[i]
	digit := false
	for _, r := range t.text {
		if unicode.IsDigit(r) {
			digit = true
		}
	}
	prev := ""
	if i > 0 {
		prev = a.info[b][i-1].fold
	}
	switch {
	case capsHonorifics[t.fold] && i+1 < len(toks) && isCap(toks[i+1]):
		return true
	case editionCode.MatchString(t.text):
		return true
	case sports && divisionCode.MatchString(t.text):
		return true
	case modelCode.MatchString(t.text) && !codeArticles[prev] && prev != "(":
		return true
	}
	if a.transitLine(b, i) {
		return true // "les lignes K et T4", "le tram T2": a line
	}
	if i >= 2 && toks[i-1].text == "/" && toks[i-2].kind == number && toks[i-1].start == toks[i-2].end && t.start == toks[i-1].end {
		return true // "le décret n°2016-055/PRN": a reference's code
	}
	if i == 0 || !isLower(toks[i-1]) || toks[i-1].end+1 != t.start {
		return false
	}
	return kindNouns[prev] || digit && !lists().stopwords[prev] && !lists().particles[prev] && !lists().demonyms[prev] && !looksAdjective(toks[i-1].text)
}

// codeArticles are the articles and contracted articles before a name.
var codeArticles = map[string]bool{"le": true, "la": true, "l'": true, "les": true, "du": true, "des": true, "au": true, "aux": true, "un": true, "une": true}

// labelNouns name what a letter labels: "le groupe B", "sa série F",
// "la poule A".
var labelNouns = map[string]bool{
	"groupe": true, "groupes": true, "serie": true, "poule": true, "categorie": true, "classe": true, "type": true,
	"plan": true, "option": true, "annexe": true, "niveau": true, "vitamine": true, "lettre": true, "zone": true,
}

// labelLetter reports whether toks[i] of block b is one capital letter
// after a lower-case label noun: a group, a series, a class, no name.
func (a *analysis) labelLetter(b, i int) bool {
	toks := a.toks[b]
	if i == 0 || len([]rune(toks[i].text)) != 1 || !isCap(toks[i]) || !isLower(toks[i-1]) {
		return false
	}
	return labelNouns[a.info[b][i-1].fold]
}

// capsFunctionWords are function words that no acronym spells: written in
// capitals, they show a headline or a slogan in capitals ("ET NON À DE
// NOUVELLES CONCESSIONS", "SOUTHAMPTON PAR K.O.", "dit NON").
var capsFunctionWords = map[string]bool{"et": true, "a": true, "par": true, "pour": true, "sur": true, "avec": true, "dans": true, "non": true, "ou": true, "sans": true}

// shouted reports whether s is written in capitals and holds a function
// word, and where the first one is: the name ends before it.
func (a *analysis) shouted(b int, s span) (int, bool) {
	toks := a.toks[b]
	first, words := -1, 0
	for k := s.from; k < s.to; k++ {
		t := toks[k]
		if t.kind != word {
			continue
		}
		if strings.ToUpper(t.text) != t.text || strings.ToLower(t.text) == t.text {
			return 0, false
		}
		words++
		if first < 0 && capsFunctionWords[t.fold] {
			first = k
		}
	}
	if words < 2 && (first < 0 || toks[first].fold != "non") {
		return 0, false // "l'A 7" is a motorway
	}
	return first, first >= 0
}

// hasClubName reports whether the folded name f is a listed club's.
func hasClubName(f string) bool {
	_, ok := lists().clubNames[f]
	return ok
}

// lineNouns name transit lines, whose codes follow: "la ligne T4", "les
// lignes K et T4", "le tram T2", "le RER B" (GUIDELINE: a line is no
// organisation).
var lineNouns = map[string]bool{
	"ligne": true, "lignes": true, "tram": true, "trams": true, "tramway": true, "tramways": true, "metro": true, "metros": true,
	"bus": true, "navette": true, "navettes": true, "rer": true, "transilien": true, "ter": true,
}

// lineCode matches a line's code: "T4", "M14", "B".
var lineCode = regexp.MustCompile(`^\p{Lu}\d{0,2}$`)

// transitLine reports whether toks[i] of block b is a line's code after
// its line noun, directly or through a list of codes ("les lignes K et
// T4", "les lignes 13, B et T3").
func (a *analysis) transitLine(b, i int) bool {
	toks, info := a.toks[b], a.info[b]
	if !lineCode.MatchString(toks[i].text) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		f := info[k].fold
		switch {
		case lineNouns[f] && (isLower(toks[k]) || isAcronym(toks[k])):
			return true
		case f == "," || f == "et" || f == "ou" || lineCode.MatchString(toks[k].text) || toks[k].kind == number && len(toks[k].text) <= 2:
		default:
			return false
		}
	}
	return false
}
