package entity

import (
	"regexp"
	"strings"
)

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

// townCouncils, capitalised after "de la" or "de l'", name a town's
// council by its town, not part of the name before them: "la page
// Facebook de la Ville de Stanstead" ("l'Hôtel de Ville" joins, without
// an article). Folded.
var townCouncils = map[string]bool{"ville": true, "commune": true, "municipalite": true, "mairie": true, "metropole": true, "agglomeration": true}

// schoolAcronyms are the generic acronyms of schools, named with their
// town ("l'IUT de Lannion", "l'ENS de Lyon"), as a hospital's
// ("CHU de Reims") are cut by facility.
var schoolAcronyms = map[string]bool{"IUT": true, "ENS": true, "INSA": true, "IEP": true, "ESC": true, "ENSA": true, "ENSAM": true, "UFR": true, "CFA": true, "INSPE": true, "ESPE": true, "IUFM": true, "IRA": true, "ENSI": true, "EPF": true}

// joinStops reports whether the particle at toks[to] (n tokens) ends the
// name toks[i:to] rather than joining the capitalised words after it:
// "Facebook de la Ville de Stanstead" (a town's council), "Réouverture
// du Musée d'Aquitaine" (a common word before an institution), "GM&S de
// La Souterraine", "World Economic Forum de Davos" (a complete name,
// then the town it stands in).
func joinStops(toks []token, i, to, n int) bool {
	g := lists()
	if p := toks[to].fold; p != "de" && p != "du" && p != "d'" && p != "des" {
		return false // "Art Institute of Chicago", "Insurance Council of Australia" are one name
	}
	next := toks[to+n]
	f := next.fold
	if townCouncils[f] && n >= 2 {
		return true
	}
	if to == i+1 && (g.instHeads[f] || g.instHeads[strings.ToLower(next.text)]) && !g.orgHead(toks[i].fold) && !facilityNoun(toks[i].fold) {
		return true
	}
	if !completeName(toks, i, to) {
		return false
	}
	for e := min(len(toks), to+n+4); e > to+1; e-- {
		if !isCap(toks[e-1]) {
			continue
		}
		if townName(keyOf(toks, to+1, e)) || e > to+n && townName(keyOf(toks, to+n, e)) {
			return true
		}
	}
	return false
}

// completeName reports whether toks[i:to] is a name that takes no
// complement: an acronym ("GM&S"; not a hospital's, a school's or a
// club's, which a town follows, nor a team's number: "le XV de France"), a listed company or medium, or a name
// whose head comes last, as English ones do ("World Economic Forum",
// "Vitel Concept Industries"), or an English name with "of", "for" or
// "and" ("National Gallery of Art").
func completeName(toks []token, i, to int) bool {
	g := lists()
	first := toks[i]
	if acronymRun(toks, i, to) {
		// "le XV de France" is a team.
		return !hospitalAcronyms[first.text] && !schoolAcronyms[first.text] && !g.clubs[first.fold] && !(to == i+1 && romanNumeral(first.text))
	}
	if g.companies[keyOf(toks, i, to)] || g.media[keyOf(toks, i, to)] {
		return true
	}
	if to-i >= 2 && g.orgHead(first.fold) && capsOnly(toks, i+1, to) && !looksAdjective(toks[i+1].text) && !g.demonyms[toks[i+1].fold] && !g.places[keyOf(toks, i+1, to)] {
		// A head and the name after it, as seat cuts "l'hôpital Mondor
		// de Créteil": "Pôle Image Magelis d'Angoulême"; not "Conseil
		// Régional de Bretagne", "Banque Populaire", "Université Paris".
		return true
	}
	english, caps := false, true
	for k := i; k < to; k++ {
		if f := toks[k].fold; isLower(toks[k]) && (f == "of" || f == "for" || f == "and") && k > i && k+1 < to {
			english = true // "National Gallery of Art": French "de" ends it
			continue
		}
		caps = caps && isCap(toks[k])
	}
	if !caps {
		return false
	}
	if english {
		return true
	}
	if to-i < 2 || g.orgHead(first.fold) || leadingAdjectives[first.fold] || countryHeads[first.fold] || g.clubs[first.fold] || facilityNoun(first.fold) || pairHeads[first.fold] || directOnly[first.fold] {
		// (a place's noun heads its name: "Zone Grandes Industries de
		// Port de Dunkerque")
		return false
	}
	last := toks[to-1].fold
	return g.orgHeads[last] && englishOrgTails[last] || g.orgHeads[last] && last == "forum" || companyTails[last] || g.orgTails[last]
}

// acronymRun reports whether toks[i:to] are capitals alone, an acronym
// joined by "&" included ("GM & S", "AT&T").
func acronymRun(toks []token, i, to int) bool {
	acr := false
	for k := i; k < to; k++ {
		t := toks[k]
		switch {
		case isAcronym(t):
			acr = true
		case t.text == "&" || t.text == "-":
		case t.kind == word && len([]rune(t.text)) == 1 && isCap(t):
		default:
			return false
		}
	}
	return acr
}

// listedBefore reports whether toks[i:to] is a listed party, body,
// company or medium, which a person's full name after it never
// continues: "le sénateur Les Républicains Marc-Philippe Daubresse".
func listedBefore(toks []token, i, to int) bool {
	g := lists()
	k := keyOf(toks, i, to)
	return g.parties[k] || g.institutions[k] || g.companies[k] || g.media[k]
}

// courtHeads open the names of courts and prosecutors' offices, which a
// town ends: "Tribunal correctionnel de Lausanne", "Parquet de
// Diekirch", "Cour d'appel de Rennes", "Cour d'assises de la
// Loire-Atlantique" give the town, capitalised or not (GUIDELINE:
// "tribunal correctionnel de Bobigny", "parquet de Lyon"; heldout28 and
// heldout29 write the head with a capital). Folded.
var courtHeads = map[string]bool{"tribunal": true, "cour": true, "parquet": true, "juridiction": true}

// provinces name their courts after them, the province with them: "Cour
// du Québec", "Cour supérieure de l'Ontario". Folded.
var provinces = map[string]bool{"quebec": true, "ontario": true, "alberta": true, "manitoba": true, "saskatchewan": true,
	"colombie-britannique": true, "nouveau-brunswick": true, "nouvelle-ecosse": true, "terre-neuve-et-labrador": true, "ile-du-prince-edouard": true}

// spanCuts applies the corrections of spancut.go to every block.
func (a *analysis) spanCuts(spans [][]span) {
	events := map[string]bool{}
	for b := range spans {
		a.seatTowns(b, spans[b])
		a.companySeats(b, spans[b])
		a.organs(b, spans[b])
		a.poles(b, spans[b])
		a.showsAfterChannels(b, spans[b])
		a.numberedBodies(b, spans[b])
		spans[b] = a.namedFestivals(b, spans[b], events)
	}
	if len(events) > 0 {
		// "(MJF)": the festival's acronym, wherever the article uses it.
		for b, ss := range spans {
			for n, s := range ss {
				if s.to-s.from == 1 && events[a.toks[b][s.from].text] {
					ss[n].typ = ""
				}
			}
		}
	}
}

// namedFestivals drops a festival named in English order, its noun last
// ("le Montreux Jazz Festival", "le Paléo Festival"): an event, no
// entity, as "Festival de Cannes" is (notName), but for the place it
// opens with, which is a place ("Montreux"; GUIDELINE). The acronym in
// brackets after it ("(MJF)") goes into events.
func (a *analysis) namedFestivals(b int, ss []span, events map[string]bool) []span {
	g := lists()
	toks, info := a.toks[b], a.info[b]
	out := ss[:0]
	for _, s := range ss {
		if s.typ == DATE || s.typ == "" || s.runeEnd > 0 || s.to-s.from < 2 || info[s.to-1].fold != "festival" || !isCap(toks[s.to-1]) || !capsOnly(toks, s.from, s.to) {
			out = append(out, s)
			continue
		}
		if k := s.to; k+2 < len(toks) && toks[k].text == "(" && isAcronym(toks[k+1]) && toks[k+2].text == ")" {
			events[toks[k+1].text] = true
		}
		for e := s.to - 1; e > s.from; e-- {
			if g.places[keyOf(toks, s.from, e)] || g.communes.has(keyOf(toks, s.from, e)) {
				out = append(out, span{from: s.from, to: e, typ: LOC, why: whyCorrection, conf: 1})
				break
			}
		}
	}
	return out
}

// numberedOrdinal matches a number in figures that ranks a court's
// chamber or a regiment: "2e", "1re", "3ème", "1er". Folded.
var numberedOrdinal = regexp.MustCompile(`^[0-9]+(?:e|re|er|eme)$`)

// numberedBodies gives a body its rank in figures before its head: "la
// 2e Cour de droit pénal", "le 1er Régiment de chasseurs".
func (a *analysis) numberedBodies(b int, ss []span) {
	g := lists()
	toks, info := a.toks[b], a.info[b]
	for n, s := range ss {
		if s.typ != ORG || s.from == 0 || s.runeEnd > 0 || !isCap(toks[s.from]) || !g.orgHead(info[s.from].fold) {
			continue
		}
		if p := toks[s.from-1]; numberedOrdinal.MatchString(info[s.from-1].fold) && p.end+1 == toks[s.from].start && !covered(ss, s.from-1) {
			ss[n].from--
		}
	}
}

// showsAfterChannels drops a title opened by a capitalised article
// right after a listed channel ("TF1 The Voice", "M6 Le Meilleur
// Pâtissier"): a show, a work, no entity (GUIDELINE), whatever role or
// weak cue typed it, unless a list knows it.
func (a *analysis) showsAfterChannels(b int, ss []span) {
	g := lists()
	toks := a.toks[b]
	for n, s := range ss {
		if s.typ == DATE || s.typ == "" || s.from == 0 || !titleAfterListed(toks, s.from-1, s.from) && !(s.from >= 2 && titleAfterListed(toks, s.from-2, s.from)) {
			continue
		}
		if k := keyOf(toks, s.from, s.to); g.media[k] || g.institutions[k] || g.places[k] || g.companies[k] || g.parties[k] {
			continue
		}
		for _, o := range ss {
			if o.to == s.from && o.typ == ORG && g.media[keyOf(toks, o.from, o.to)] {
				ss[n].typ = ""
				break
			}
		}
	}
}

// poles makes the places of "le Pôle Nord" and "le Pôle Sud", which
// "Pôle" heads like a body's name ("Pôle emploi", "Pôle de recherche
// national «Robotique»"), and of a zone named with a capital ("la Zone
// Grandes Industries de Port de Dunkerque", "la Zone Industrielle des
// Fourches"), which its companies' word ("Industries") or no cue typed;
// but "la Zone de police Bruxelles-Nord" is the police's.
func (a *analysis) poles(b int, ss []span) {
	toks, info := a.toks[b], a.info[b]
	for n, s := range ss {
		pole := s.to-s.from == 2 && info[s.from].fold == "pole" && (info[s.from+1].fold == "nord" || info[s.from+1].fold == "sud")
		zone := s.to-s.from >= 2 && info[s.from].fold == "zone" && isCap(toks[s.from]) && isCap(toks[s.from+1]) && (weakReasons[s.why] || s.why == whyOrgTail)
		if (pole || zone) && s.typ != DATE && s.typ != "" {
			ss[n].typ, ss[n].why, ss[n].conf, ss[n].low = LOC, whyCorrection, 1, false
		}
	}
}

// seatTowns gives the town of a court or a prosecutor's office named
// with it ("le Tribunal correctionnel de l'arrondissement de Lausanne"
// gives Lausanne), and of a town's council named by the town ("la Ville
// de Stanstead", "la Municipalité de Granby", as "la mairie de Nantes"
// gives Nantes). A country's or a province's court keeps its name ("Cour
// suprême du Canada", "Cour du Québec"), and so does a court named
// after no place ("Cour de cassation", "Tribunal fédéral").
func (a *analysis) seatTowns(b int, ss []span) {
	g := lists()
	toks, info := a.toks[b], a.info[b]
	for n, s := range ss {
		if s.typ != ORG && s.typ != LOC || s.runeEnd > 0 || s.to-s.from < 3 || !isCap(toks[s.from]) {
			continue
		}
		h := info[s.from].fold
		if !courtHeads[h] && !townCouncils[h] {
			continue
		}
		// The town: the capitalised words that end the span, after
		// "de", "du", "d'", "de la", "de l'".
		at := s.to
		for at > s.from+1 && isCap(toks[at-1]) {
			at--
		}
		if at == s.to || at-s.from < 2 {
			continue
		}
		p := at - 1
		if articles[info[p].fold] && p > s.from+1 && info[p-1].fold == "de" {
			p--
		}
		if f := strings.TrimSuffix(info[p].fold, "'"); f != "de" && f != "du" && f != "d" && f != "des" || !isLower(toks[p]) {
			continue
		}
		town := keyOf(toks, at, s.to)
		if !townName(town) || g.countries[town] || g.institutions[town] || provinces[town] {
			continue
		}
		if townCouncils[h] && p != s.from+1 {
			continue // "la Ville de Granby" only
		}
		between := true
		for k := s.from + 1; k < p; k++ {
			if !isLower(toks[k]) && toks[k].kind == word {
				between = false // "Cour de justice de l'Union européenne"
			}
		}
		if !between {
			continue
		}
		ss[n] = span{from: at, to: s.to, typ: LOC, why: whyCorrection, conf: 1}
	}
}

// organs keeps low an organ of a body named before it ("le Conseil des
// gouverneurs de l'Université de Moncton"): a common noun, the body is
// the name (organOf).
func (a *analysis) organs(b int, ss []span) {
	toks, info := a.toks[b], a.info[b]
	for n, s := range ss {
		if s.typ != ORG || s.low || s.to-s.from < 2 || s.to+1 >= len(toks) || !isCap(toks[s.from]) || !organOf(toks, s.from+1, s.to) {
			continue
		}
		if p := info[s.to].fold; p != "de" && p != "du" && p != "des" && p != "d'" {
			continue
		}
		j := s.to + 1
		if articles[info[j].fold] {
			j++
		}
		for _, o := range ss {
			if o.from == j && o.typ == ORG && !o.low {
				ss[n].typ = ""
				break
			}
		}
	}
}

// companySeats makes a place of the town after a complete name and "de"
// (completeName: "GM&S de La Souterraine", "World Economic Forum de
// Davos", "Décathlon d'Anderlecht"), which nameAt leaves out of the name
// and a weak cue or the mixed list of proper nouns typed: a club's or a
// person's name there is the town's.
func (a *analysis) companySeats(b int, ss []span) {
	toks, info := a.toks[b], a.info[b]
	for n, s := range ss {
		if s.typ == DATE || s.typ == LOC && !s.low || s.runeEnd > 0 || s.from < 2 || !(weakReasons[s.why] || s.why == whyProper) {
			continue
		}
		if p := strings.TrimSuffix(info[s.from-1].fold, "'"); p != "de" && p != "d" || !isLower(toks[s.from-1]) || !townName(keyOf(toks, s.from, s.to)) {
			continue
		}
		for _, o := range ss {
			if o.to == s.from-1 && o.typ == ORG && o.runeEnd == 0 && (completeName(toks, o.from, o.to) || lists().companies[keyOf(toks, o.from, o.to)]) {
				ss[n].typ, ss[n].why, ss[n].low, ss[n].conf = LOC, whyCorrection, false, 1
				break
			}
		}
	}
}

// soleBody reports whether the head s is alone names one body
// (soleBodies), or "la Police" as "la Gendarmerie" ("la Police
// endeuillée" in a title, heldout29), but English "Police are".
func (a *analysis) soleBody(b int, s span) bool {
	f := a.info[b][s.from].fold
	return soleBodies[f] || f == "police" && s.from > 0 && a.info[b][s.from-1].fold == "la"
}

// townName reports whether a folded name is a listed place or town, or
// shaped like a town's ("Saint-Cyr-sur-Loire").
func townName(key string) bool {
	g := lists()
	return g.places[key] || g.communes.has(key) || placeShapedWord(key)
}

// organHeads and organWords make the organs of a body, which its name
// follows: "le Conseil des gouverneurs de l'Université de Moncton", "le
// Comité exécutif de la Fédération", "la Commission des finances de
// l'Assemblée nationale". An organ is a common noun (GUIDELINE's
// "conseil des ministres"); the body after it is the name, where a
// court's domain is part of its own ("Cour de justice de l'Union
// européenne"). Folded.
var (
	organHeads = map[string]bool{"conseil": true, "comite": true, "commission": true, "bureau": true, "board": true}
	organWords = map[string]bool{"gouverneurs": true, "administration": true, "surveillance": true, "direction": true, "ministres": true,
		"sages": true, "discipline": true, "finances": true, "fiduciaires": true, "executif": true, "central": true, "centrale": true,
		"scientifique": true, "politique": true, "directeur": true, "consultatif": true, "ethique": true, "etudiants": true,
		"professeurs": true, "gestion": true, "permanent": true, "permanente": true, "restreint": true, "national": true, "federal": true}
)

// unitHeads open the names of a school's or a body's units, which the
// name of the body they belong to follows: "le Laboratoire des systèmes
// autonomes de l'Ecole polytechnique fédérale de Zurich" is two names.
// Folded.
var unitHeads = map[string]bool{"laboratoire": true, "chaire": true, "unite": true, "faculte": true, "departement": true, "equipe": true, "pole": true}

// organOf reports whether toks[i:k], after the head toks[i-1], name an
// organ of a body (organHeads, organWords), not a body of its own.
func organOf(toks []token, i, k int) bool {
	if i == 0 || !organHeads[toks[i-1].fold] || k <= i {
		return false
	}
	for n := i; n < k; n++ {
		f := toks[n].fold
		if !organWords[f] && f != "de" && f != "des" && f != "du" && f != "d'" && !articles[f] {
			return false
		}
	}
	return true
}

// bodyAfter reports whether the capitalised words at toks[j] name a
// body of their own, which an organ before them does not join.
func bodyAfter(toks []token, j int) bool {
	g := lists()
	if g.orgHead(toks[j].fold) {
		return true
	}
	for e := min(len(toks), j+4); e > j; e-- {
		if g.institutions[keyOf(toks, j, e)] || g.parties[keyOf(toks, j, e)] {
			return true
		}
	}
	return false
}

// capsOnly reports whether toks[i:to] are all capitalised words.
func capsOnly(toks []token, i, to int) bool {
	for k := i; k < to; k++ {
		if !isCap(toks[k]) || toks[k].kind != word {
			return false
		}
	}
	return true
}

// nameAdjectives are adjectives of bodies' names whose endings
// looksAdjective leaves to nouns: "Cour de droit public", "Port autonome", "Laboratoire des
// systèmes autonomes", "Université libre de Bruxelles", "Commission
// mixte". Folded.
var nameAdjectives = map[string]bool{"public": true, "publics": true, "autonome": true, "autonomes": true, "libre": true, "libres": true, "mixte": true, "mixtes": true}

// orgAdjective reports whether a lower-case word may run a body's name
// on as an adjective.
func orgAdjective(t token) bool {
	return looksAdjective(t.text) || nameAdjectives[t.fold] || demonymForm(t.fold)
}

// demonymForm reports whether a folded word is a listed demonym or its
// feminine or plural: "bretonne" of "Breton" ("Association bretonne
// des entreprises agroalimentaires"), "wallonne", "valaisannes".
func demonymForm(f string) bool {
	g := lists()
	if g.demonyms[f] {
		return true
	}
	for _, e := range []string{"nes", "ne", "es", "e", "s"} {
		if r, ok := strings.CutSuffix(f, e); ok && len(r) >= 4 && g.demonyms[r] {
			return true
		}
	}
	return false
}

// quotedTail returns the end of a capitalised name in quotation marks at
// toks[k], which closes the name of a programme or a unit before it ("le
// Pôle de recherche national «Robotique»"), or k.
func quotedTail(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].text != "«" && toks[k].text != "\"" && toks[k].text != "“" {
		return k
	}
	j := k + 1
	for j < len(toks) && j < k+4 && toks[j].kind == word && isCap(toks[j]) {
		j++
	}
	if j == k+1 || j >= len(toks) || toks[j].text != "»" && toks[j].text != "\"" && toks[j].text != "”" {
		return k
	}
	return j + 1
}

// nameArticles open a work's title or another name: "The", "Le",
// "La", "Les". Folded.
var nameArticles = map[string]bool{"the": true, "le": true, "la": true, "les": true, "l'": true}

// titleAfterListed reports whether a capitalised article at toks[to]
// opens a name of its own after the listed medium, company or party
// toks[i:to]: "TF1 The Voice", "M6 Le Meilleur Pâtissier".
func titleAfterListed(toks []token, i, to int) bool {
	return isCap(toks[to]) && nameArticles[toks[to].fold] && !toks[to].sentStart && listedBefore(toks, i, to)
}

// crossesStop reports whether toks[from:to], a name the model read,
// runs over a point where the rules end a name (complementStops,
// joinStops): "la Commission de surveillance du secteur financier au
// début du mois", "World Economic Forum de Davos". combine then keeps the
// rules' names.
func crossesStop(toks []token, from, to int) bool {
	for k := from + 1; k+1 < to; k++ {
		if !isLower(toks[k]) {
			continue
		}
		if complementStops(toks, k, false) {
			return true
		}
		if n := particlesAt(toks, k); n > 0 && k+n < to && isCap(toks[k-1]) && isCap(toks[k+n]) && joinStops(toks, from, k, n) {
			return true
		}
	}
	return false
}

// placeInName returns the end of "en" and a capitalised place at
// toks[k] inside a name its acronym in brackets spells whole (loose):
// "les Forces américaines en Corée (USFK)"; or k. Without the acronym,
// "en" and a place say where the body is.
func placeInName(toks []token, k int, loose bool) int {
	if !loose || toks[k].fold != "en" || !isLower(toks[k]) || k+1 >= len(toks) || !isCap(toks[k+1]) {
		return k
	}
	j := k + 1
	for j < len(toks) && isCap(toks[j]) && toks[j].kind == word {
		j++
	}
	if !lists().places[keyOf(toks, k+1, j)] {
		return k
	}
	return j
}
