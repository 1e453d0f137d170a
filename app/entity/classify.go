package entity

import (
	"regexp"
	"strings"
	"unicode"
)

// locPrepositions put the capitalised name after them in a place:
// "à Lille", "en Californie", "au Japon".
var locPrepositions = map[string]bool{"a": true, "au": true, "aux": true, "en": true, "in": true, "at": true}

// keyOf is the folded text of toks[from:to], the key for gazetteers and
// for matching a name again elsewhere in the article.
func keyOf(toks []token, from, to int) string {
	if to-from == 1 {
		return toks[from].fold
	}
	return string(appendKey(make([]byte, 0, 64), toks, from, to))
}

// appendKey appends keyOf(toks, from, to) to b: a caller that only looks
// the key up in a map keeps one buffer and allocates nothing.
func appendKey(b []byte, toks []token, from, to int) []byte {
	for k := from; k < to; k++ {
		if k > from && !toks[k-1].elided && toks[k].start > toks[k-1].end {
			b = append(b, ' ')
		}
		b = append(b, toks[k].fold...)
	}
	return b
}

// known reports whether a word is in any name list.
func known(t token) bool {
	g := lists()
	f := t.fold
	return g.places[f] || g.proper[f] || g.firstNames[f] || g.surnames[f] || g.institutions[f] || g.orgHead(f) || g.media[f]
}

// classify gives a capitalised span its type, or "" when it is no entity
// (a sentence-initial common word). The rules run from the most to the
// least reliable cue; doc.go lists them. The reason says which rule
// decided: the model weighs the rules by it.
func classify(toks []token, s span, art *article) (Type, reason) {
	g := lists()
	ws := toks[s.from:s.to]
	first, last := ws[0], ws[len(ws)-1]
	f, ff := keyOf(toks, s.from, s.to), first.fold
	n := 0
	for _, w := range ws {
		if isCap(w) {
			n++
		}
	}
	// "National Security Agency (NSA)" and "BSI (Bundesamt für ...)".
	if acr, ok := bracketAfter(toks, s.to); ok {
		if len(acr) == 1 && isAcronym(acr[0]) && initialsMatch(ws, acr[0].text) {
			if (g.places[f] || allPlaces(f)) && !g.institutions[f] {
				return LOC, whyAcronymSpelled // not "Union européenne (UE)", which CLDR lists among regions
			}
			return ORG, whyAcronymSpelled
		}
		if len(ws) == 1 && isAcronym(first) && initialsMatch(acr, first.text) {
			return ORG, whyAcronymSpelled
		}
	}
	if g.institutions[f] {
		return ORG, whyInstitution
	}
	if countryForm(toks, s.from, s.to) || isAcronym(first) && strings.HasPrefix(first.text, "R") && len(ws) == 2 && g.countries[last.fold] {
		return LOC, whyCountry // "République tchèque", "RD Congo" (but "IG France"), whatever the cue before
	}
	if legalTail(toks, s.from, s.to) {
		return ORG, whyOrgTail // "son père Groupe Savoie Inc.": a company, whatever comes before (legalforms.go)
	}
	if titleBefore(toks, s.from) || djTrade(toks, s.from-1) {
		return PER, whyTitle // "M. Dupont", "le DJ Kid Noize" (openers.go)
	}
	if len(ws) >= 2 && djAt(toks, s.from) {
		return PER, whyTitle // "DJ Snake": a stage name, no acronym's body
	}
	if g.places[f] || len(ws) == 1 && g.towns[f] || (len(ws) == 1 && strings.HasSuffix(f, "s") && g.places[strings.TrimSuffix(f, "s")] && s.from > 0 && pluralDeterminers[toks[s.from-1].fold]) {
		if appositionBefore(toks, s.from) {
			return ORG, whyPlaceApposition
		}
		return LOC, whyPlace
	}
	if len(ws) == 1 && acronymLed(first.text) {
		return ORG, whyAcronym // "SUD-Rail", "CGT-Cheminots": a union's branch, no place
	}
	if len(ws) >= 2 && venueTails[last.fold] && isCap(last) && !g.orgHead(ff) {
		return LOC, whyPlace // "Frost Bank Center", "Aviva Stadium"
	}
	if g.orgHead(ff) || (len(ws) >= 2 && leadingAdjectives[ff] && g.orgHead(Fold(ws[1].text))) {
		return ORG, whyOrgHead
	}
	for _, w := range ws {
		if (g.orgTails[w.fold] || companyTails[w.fold] && len(ws) >= 2) && isCap(w) && !(legalForms[w.fold] && strings.ToUpper(w.text) != w.text) {
			return ORG, whyOrgTail
		}
	}
	after := companyNounAfter(toks, s.to) && !(len(ws) == 1 && (art.lower[ff] || g.stopwords[bare(first)] || g.common[ff] || openingAdverb(ff))) // "Pourtant, le laboratoire"
	if (appositionBefore(toks, s.from) || after) && !(n >= 2 && firstNameWord(first)) {
		return ORG, whyApposition // but "le groupe socialiste Boris Vallaud"
	}
	if len(ws) == 1 && !isAcronym(first) && s.from >= 2 && toks[s.from-1].text == "(" && wordAcronym(first.text) {
		// "Institut national de la statistique et des études
		// économiques (Insee)": an acronym the press writes as a word.
		if from, ok := spelledBefore(toks, s.from-1, strings.ToUpper(first.text)); ok && !g.places[keyOf(toks, from, s.from-1)] && !eventAcronym(toks, s.from) {
			return ORG, whyAcronymSpelled
		}
	}
	if len(ws) == 1 && isAcronym(first) && s.from >= 2 && toks[s.from-1].text == "(" {
		// "Bruxelles-Hal-Vilvorde (BHV)": the acronym of a place is one;
		// "Festival du film francophone d'Angoulême (FFA)", of an event,
		// is none.
		if from, ok := spelledBefore(toks, s.from-1, first.text); ok {
			k := keyOf(toks, from, s.from-1)
			if (g.places[k] || allPlaces(k) || countryForm(toks, from, s.from-1)) && !g.institutions[k] {
				return LOC, whyAcronymSpelled
			}
		}
		if eventAcronym(toks, s.from) {
			return "", whyNone
		}
	}
	if len(ws) == 1 && camelCased(first) {
		return ORG, whyCamel
	}
	if isAcronym(first) && shoutedWords(toks, s, art) {
		return "", whyNone // "LITTÉRATURE – ...", "PALMARÈS DE LA COMPÉTITION"
	}
	if isAcronym(first) && !(len(ws) >= 2 && g.firstNames[ff]) && !(len(ws) == 2 && len([]rune(first.text)) == 2 && !isAcronym(last) && !strings.ContainsAny(first.text, "0123456789")) {
		return ORG, whyAcronym // "NSA", "G7 Finances", but "DENIS CHARLET" and "JD Vance" are people
	}
	if len(ws) == 1 && len([]rune(first.text)) == 1 {
		return "", whyNone // an initial or the "S" of "P.S."
	}
	if len(ws) == 1 && !known(first) && (first.sentStart || art.lower[ff]) {
		return "", whyNone // "Adapter ...", "les Français": common words
	}
	if g.firstNames[ff] || g.firstNames[Fold(strings.Split(first.text, "-")[0])] {
		if n >= 2 || !g.proper[f] {
			return PER, whyFirstName
		}
	}
	if roleBefore(toks, s.from) {
		return PER, whyRole
	}
	if allProper(ws) {
		return ORG, whyProper // "Peugeot Citroën", though Citroën is a surname too
	}
	if n >= 2 && g.surnames[last.fold] {
		return PER, whySurname
	}
	if s.from > 0 && isLower(toks[s.from-1]) && locPrepositions[toks[s.from-1].fold] {
		return LOC, whyLocPrep
	}
	if g.proper[f] || allProper(ws) {
		return ORG, whyProper
	}
	if len(ws) == 1 {
		return ORG, whyDefaultOne
	}
	for _, w := range ws {
		switch w.fold {
		case "of", "the", "and", "&", "fur", "und", "for":
			return ORG, whyDefaultOrgWord
		}
	}
	return PER, whyDefaultPer
}

// acronymLed reports whether a hyphenated word opens with an acronym and
// goes on with a capitalised word that is no place: "SUD-Rail",
// "CGT-Cheminots", but not "UE-Chine" nor "RER-B".
func acronymLed(text string) bool {
	head, rest, ok := strings.Cut(text, "-")
	if !ok || len([]rune(head)) < 2 || !isAcronymText(head) || strings.ContainsAny(head, "0123456789-&") {
		return false
	}
	r := []rune(rest)
	if len(r) < 2 || !unicode.IsUpper(r[0]) || strings.ToUpper(rest) == rest || strings.Contains(rest, "-") {
		return false
	}
	return !lists().places[Fold(rest)]
}

// camelCased reports whether a word has a capital inside it after three
// lower-case letters or after two capitals, as companies and brands are
// written ("LinkedIn", "EasyJet", "JCDecaux", "ArcelorMittal") and
// people's names seldom are ("McDonald", "DiCaprio", "MacKenzie").
func camelCased(t token) bool {
	if centuryOrdinal.MatchString(t.text) {
		return false // "XIXe"
	}
	rs := []rune(t.text)
	lower, upper := 0, 0
	for i, r := range rs {
		switch {
		case unicode.IsLower(r):
			if upper >= 2 && i >= 2 && lower == 0 && !strings.ContainsRune(t.text, '-') {
				return true // "JCDecaux"
			}
			lower++
		case unicode.IsUpper(r):
			if lower >= 3 {
				return true // "LinkedIn"
			}
			if lower > 0 {
				upper = 0
			}
			lower = 0
			upper++
		default:
			lower, upper = 0, 0
		}
	}
	return false
}

// centuryOrdinal matches a Roman ordinal: "XIXe", "IIIe", "Ier".
var centuryOrdinal = regexp.MustCompile(`^[IVXLC]+(?:e|er|ème|eme)$`)

// spelledBefore finds the words that end just before toks[open] (an
// opening bracket) and whose initials spell acr, starting with a
// capitalised word: "République démocratique du Congo" before "(RDC)".
func spelledBefore(toks []token, open int, acr string) (int, bool) {
	for k := open - 1; k >= 0 && k >= open-10; k-- {
		if toks[k].kind == punct {
			break
		}
		if isCap(toks[k]) && (initialsMatch(toks[k:open], acr) || initialsLoose(toks[k:open], acr)) {
			return k, true
		}
	}
	return 0, false
}

// eventAcronym reports whether toks[i] is an acronym in brackets after
// the event, law or prize it spells: "Festival du film francophone
// d'Angoulême (FFA)".
func eventAcronym(toks []token, i int) bool {
	g := lists()
	if i < 2 || toks[i-1].text != "(" || !isAcronym(toks[i]) {
		return false
	}
	from, ok := spelledBefore(toks, i-1, toks[i].text)
	return ok && g.notNames[toks[from].fold] && !g.institutions[keyOf(toks, from, i-1)]
}

// initialsLoose reports whether acr is spelled by the initials of the
// content words of ws with at most two of them skipped, the first and
// last kept: "Festival du film francophone d'Angoulême" gives "FFA".
func initialsLoose(ws []token, acr string) bool {
	g := lists()
	var content []rune
	for _, w := range ws {
		if w.kind != word {
			continue
		}
		for _, part := range strings.Split(w.fold, "-") {
			if part != "" && !g.stopwords[strings.TrimSuffix(part, "'")] && !g.particles[part] {
				content = append(content, []rune(part)[0])
			}
		}
	}
	a := []rune(strings.ToLower(Fold(acr)))
	if len(a) < 2 || len(content) < len(a) || len(content) > len(a)+2 || content[0] != a[0] || content[len(content)-1] != a[len(a)-1] {
		return false
	}
	k := 0
	for _, r := range content {
		if k < len(a) && r == a[k] {
			k++
		}
	}
	return k == len(a)
}

// countryHeads open the official names of states: "République
// démocratique du Congo", "Royaume-Uni", "Émirats arabes unis".
var countryHeads = map[string]bool{"republique": true, "royaume": true, "principaute": true, "emirats": true, "sultanat": true, "grand-duche": true, "federation": true, "confederation": true}

// countryForm reports whether toks[from:to] is a state's official name:
// a country head, then words that are not all lower-case common words
// ("République démocratique du Congo", "République tchèque").
func countryForm(toks []token, from, to int) bool {
	if to-from < 2 || !countryHeads[toks[from].fold] || !isCap(toks[from]) {
		return false
	}
	if f := toks[from].fold; f == "federation" || f == "confederation" {
		// "Fédération de Russie", "Confédération helvétique"; but
		// "Fédération Wallonie-Bruxelles", "Fédération française de
		// football" are organisations.
		for k := from + 1; k < to; k++ {
			if lists().countries[toks[k].fold] || toks[k].fold == "helvetique" {
				return true
			}
		}
		return false
	}
	for k := from + 1; k < to; k++ {
		if isCap(toks[k]) || (isLower(toks[k]) && looksAdjective(toks[k].text)) {
			return true
		}
	}
	return false
}

// shoutedWords reports whether an all-capitals span is common words
// printed in capitals rather than an acronym: a word of four letters or
// more the article also writes in lower case ("SPORT"), a kicker opening
// a block before a dash ("LITTÉRATURE – L'étau se resserre"), or several
// capitalised words that are no listed name ("PALMARÈS DE LA
// COMPÉTITION").
func shoutedWords(toks []token, s span, art *article) bool {
	g := lists()
	key := keyOf(toks, s.from, s.to)
	if g.places[key] || g.institutions[key] || g.media[key] || g.proper[key] || g.firstNames[toks[s.from].fold] {
		return false
	}
	caps, long := 0, false
	for _, w := range toks[s.from:s.to] {
		if w.kind != word {
			continue
		}
		if !isAcronym(w) {
			return false
		}
		caps++
		n := len([]rune(w.text))
		if n >= 4 && !strings.ContainsAny(w.text, "0123456789") {
			long = true
			if art.lower[w.fold] {
				return true
			}
		}
	}
	// A neighbour in capitals too: one shouted phrase cut by the rules
	// at a particle ("DE LA").
	for _, k := range []int{s.from - 1, s.to} {
		if k >= 0 && k < len(toks) && isAcronym(toks[k]) {
			caps++
			long = long || len([]rune(toks[k].text)) >= 4
		}
	}
	if caps >= 2 && long {
		return true
	}
	if s.from == 0 && s.to-s.from == 1 && len([]rune(toks[0].text)) >= 5 && s.to < len(toks) {
		switch toks[s.to].text {
		case "-", "–", "—", ":":
			return !known(toks[0])
		}
	}
	return false
}

// reason is the rule that typed a name, from the most reliable cue to the
// least (doc.go, "Types").
type reason uint8

const (
	whyNone reason = iota
	whyAcronymSpelled
	whyInstitution
	whyTitle
	whyPlaceApposition
	whyPlace
	whyOrgHead
	whyOrgTail
	whyApposition
	whyAcronym
	whyFirstName
	whyRole
	whySurname
	whyLocPrep
	whyDefaultOne
	whyDefaultOrgWord
	whyDefaultPer
	whyMinistry
	whyJoinedPlaces
	whyPropagated
	whyProper  // a listed brand or company
	whyCountry // a state's official name ("République tchèque")
	whyCamel   // a company's camel-cased name ("JCDecaux", "LinkedIn")
	whyRoad    // a numbered road ("A 10", "nationale 137")
	// Reasons of combine and correct, after the rules' own: the model's
	// rule features read only the ones above.
	whyModel       // found by the model alone
	whyAlias       // the shorter form of a longer name in the article
	whySports      // a bare name in a match report
	whyPersonNamed // a person's name hyphenated into a place's
	whyListed      // a person listed with a person ("Barack Obama et Xi Jinping")
	whyArtist      // a listed artist's stage name ("Orelsan", artists.go)
	whyCorrection
	numReasons
)

// allProper reports whether a name of several words is made of listed
// brands and companies, none a first name: "Peugeot Citroën".
func allProper(ws []token) bool {
	g := lists()
	n := 0
	for _, w := range ws {
		if w.kind != word || !isCap(w) {
			continue
		}
		f := w.fold
		if !g.proper[f] || g.firstNames[f] || g.places[f] {
			return false
		}
		n++
	}
	return n >= 2
}

// allPlaces reports whether every part of a hyphenated name is a place:
// "Bruxelles-Hal-Vilvorde".
func allPlaces(f string) bool {
	parts := strings.Split(f, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !lists().places[p] {
			return false
		}
	}
	return true
}

// bracketAfter returns the words inside a bracket that opens at toks[i].
func bracketAfter(toks []token, i int) ([]token, bool) {
	if i >= len(toks) || toks[i].text != "(" {
		return nil, false
	}
	for k := i + 1; k < len(toks) && k < i+16; k++ {
		if toks[k].text == ")" {
			return toks[i+1 : k], k > i+1
		}
	}
	return nil, false
}

// titleBefore reports whether "M.", "Mme", "Dr" or a form of address
// ("Sir", "docteur") precedes toks[i].
func titleBefore(toks []token, i int) bool {
	if i > 0 && (titles[toks[i-1].text] || honorifics[toks[i-1].fold] || pluralTitleAt(toks, i-1)) {
		return true
	}
	return i > 1 && toks[i-1].text == "." && titles[toks[i-2].text]
}

// roleBefore reports whether a role noun ("ministre", "président",
// "porte-parole") introduces the name at toks[i], within the same clause:
// "le ministre de l'Intérieur, Bernard Cazeneuve".
func roleBefore(toks []token, i int) bool {
	g := lists()
	if i > 0 {
		// "la ministre responsable de la Laïcité", "le patron du Medef":
		// a domain or an organisation, no person.
		k := i - 1
		if f := toks[k].fold; (f == "la" || f == "l'") && k > 0 {
			k--
		}
		switch strings.TrimSuffix(toks[k].fold, "'") {
		case "de", "du", "des", "d":
			return false
		}
	}
	commas := 0
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := toks[k]
		if t.kind == punct {
			if t.text == "," && commas == 0 && k == i-1 {
				commas++
				continue
			}
			return false
		}
		if isLower(t) && g.roles[t.fold] {
			// "la ministre de la Laïcité", "la présidente du Medef": a
			// domain or an organisation, no person.
			between := toks[k+1 : i]
			domain := len(between) > 0
			for _, w := range between {
				if f := strings.TrimSuffix(w.fold, "'"); !(f == "de" || f == "du" || f == "des" || f == "la" || f == "d") {
					domain = false
				}
			}
			return !domain
		}
	}
	return false
}

// pluralDeterminers come before a place named in the plural: "les
// Amériques"; "Hamas" alone is no plural of Hama.
var pluralDeterminers = map[string]bool{"les": true, "des": true, "aux": true}

// companyNouns introduce a company's or a service's name like the
// nouns of data/appositions.txt, which the model reads as a feature:
// these are kept apart so that the shipped weights need no retraining.
// "l'assureur Groupama", "la plateforme Parcoursup", "la messagerie
// Telegram", "les éditions Gallimard", "le réseau social Mastodon", "le
// gestionnaire du réseau électrique Enedis".
var companyNouns = map[string]bool{
	"assureur": true, "assureurs": true, "banques": true, "constructeurs": true, "distributeur": true, "editions": true,
	"editeurs": true, "enseigne": true, "entreprises": true, "equipementier": true, "fournisseur": true, "groupes": true,
	"holding": true, "laboratoires": true, "marque": true, "marques": true, "messagerie": true, "motoriste": true,
	"operateurs": true, "plateforme": true, "plateformes": true, "societes": true, "sous-traitant": true, "start-up": true,
	"startup": true, "start-ups": true, "startups": true, "transporteur": true, "energeticien": true, "petrolier": true,
	"armateur": true, "cimentier": true, "sidérurgiste": true, "siderurgiste": true, "joaillier": true, "maroquinier": true,
	"filiale": true, "concurrent": true, "neobanque": true, "application": true, "appli": true, "applications": true,
	"reseau": true, "gestionnaire": true,
	// makers named after their trade: "la biscuiterie Jeannette", "la
	// brasserie Meteor", "la fromagerie Berthaut"
	"biscuiterie": true, "brasserie": true, "chocolaterie": true, "fromagerie": true, "laiterie": true, "distillerie": true,
	"imprimerie": true, "fonderie": true, "papeterie": true, "verrerie": true, "cristallerie": true, "conserverie": true,
	"minoterie": true, "confiserie": true, "tannerie": true, "savonnerie": true, "cidrerie": true, "sucrerie": true, "huilerie": true,
}

// companyNounAfter reports whether the name ending at toks[i] is set
// off by an apposition naming a company: "Bpifrance, la banque publique
// d'investissement", "Doctolib, le spécialiste de la prise de
// rendez-vous", "Transpiko, filiale de".
func companyNounAfter(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].text != "," {
		return false
	}
	k := i + 1
	switch strings.TrimSuffix(toks[k].fold, "'") {
	case "le", "la", "l", "un", "une":
		k++
	}
	if k >= len(toks) || !isLower(toks[k]) {
		return false
	}
	f := toks[k].fold
	if k == i+1 && participleNoun(toks, k) {
		return false // "Dodi Lukebakio, parti en trombe" (sportspeople.go)
	}
	return lists().appositions[f] || companyNouns[f] || companyAppositions[f]
}

// auxiliaries open a compound tense: the word after them is a
// participle, whatever noun it folds to ("a marqué", "ont groupé").
var auxiliaries = map[string]bool{"a": true, "ont": true, "avait": true, "avaient": true, "aura": true, "auront": true, "ait": true, "aient": true, "est": true, "sont": true, "etait": true, "ete": true, "avoir": true}

// companyAppositions are nouns that, set off after a name, say it is a
// company, though before a name they need not: "Doctolib, le spécialiste
// de", "Transpiko, filiale de".
var companyAppositions = map[string]bool{"specialiste": true, "leader": true, "numero": true, "geant": true, "filiale": true, "maison": true, "editeur": true,
	// media set off by their kind: "Fluide Glacial, revue réputée",
	// "Spirou, magazine de BD" (session 14, heldout29)
	"revue": true, "magazine": true, "hebdo": true, "bimensuel": true, "trimestriel": true, "webzine": true, "fanzine": true}

// companyTails end companies' English names like data/orgtails.txt,
// which the model reads as a feature and this list not: "Salesforce
// Ventures", "Capital Economics", "Medina Partnership".
var companyTails = map[string]bool{
	"ventures": true, "economics": true, "partnership": true, "partners": true, "holdings": true, "technologies": true,
	"motors": true, "pharmaceuticals": true, "investments": true, "aerospace": true, "reserve": true, "capital": true,
	"labs": true, "studios": true, "brands": true, "logistics": true, "airlines": true, "industries": true, "securities": true,
	"materials": true, "therapeutics": true, "systems": true, "biosciences": true, "biotech": true, "robotics": true,
	"semiconductor": true, "semiconductors": true, "networks": true, "software": true, "solutions": true, "dynamics": true,
	"analytics": true, "electronics": true, "devices": true, "instruments": true, "entertainment": true, "interactive": true,
	"pharma": true, "genomics": true, "diagnostics": true, "foods": true, "energies": true, "mobility": true,
}

// venueTails end the English names of venues, places even when an
// organisation's word comes before: "Frost Bank Center", "Aviva Stadium".
var venueTails = map[string]bool{"stadium": true, "arena": true, "center": true, "dome": true, "garden": true, "gardens": true, "park": true}

// wordAcronym reports whether s may be an acronym written as a word,
// as the French press writes those it pronounces: "Insee", "Cnes",
// "Drees" (three to six letters, a capital first).
func wordAcronym(s string) bool {
	rs := []rune(s)
	if len(rs) < 3 || len(rs) > 6 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// openingAdverb reports whether a folded word is an adverb that opens a
// sentence before a comma: "Pourtant, le laboratoire", "Finalement,".
func openingAdverb(f string) bool {
	switch f {
	case "pourtant", "ensuite", "desormais", "cependant", "toutefois", "neanmoins", "surtout", "certes", "bref", "outre", "demain", "ailleurs", "aujourd'hui", "enfin", "puis", "alors", "ainsi":
		return true
	}
	return strings.HasSuffix(f, "ment")
}

// appositionBefore reports whether a noun such as "agence", "syndicat" or
// "compagnie" introduces the name at toks[i]: "l'agence de presse
// officielle Chine nouvelle".
func appositionBefore(toks []token, i int) bool {
	g := lists()
	if i > 0 {
		switch strings.TrimSuffix(toks[i-1].fold, "'") {
		case "de", "d", "du", "des":
			return false // "le groupe rock de Sheffield", "la banque centrale d'Haïti": a place
		}
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := toks[k]
		if t.kind == word && isAcronym(t) && g.appositions[t.fold] && k == i-1 {
			return true // "l'ONG Human Rights Watch"
		}
		if t.kind != word || isCap(t) {
			return false
		}
		f := t.fold
		if (g.appositions[f] || companyNouns[f]) && k > 0 && (toks[k-1].fold == "de" || toks[k-1].fold == "d'") {
			return false // "l'ex-chef d'entreprise Anne Dubreuil": the noun completes a role
		}
		if (g.appositions[f] || companyNouns[f]) && k > 0 && auxiliaries[toks[k-1].fold] {
			return false // "il a marqué contre le Sénégal": a participle, folded like "la marque"
		}
		if g.appositions[f] || companyNouns[f] {
			return true
		}
		if f == "chez" && k == i-1 {
			return true // "chez Deliveroo", "directeur chez Transpiko": an employer or a shop
		}
		switch f {
		case "a", "au", "aux", "en", "dans", "avec", "par", "et", "ou", "sur", "pour", "que", "qui":
			return false
		}
	}
	return false
}

// joinedFirstNames reports whether a word is two known first names
// written without their hyphen, as some outlets print compound first
// names: "MarieChantal", "JeanFrançois" are a person's, not a company's
// camel case.
func joinedFirstNames(w string) bool {
	rs := []rune(w)
	for i := 2; i < len(rs)-1; i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
			g := lists()
			return g.firstNames[Fold(string(rs[:i]))] && g.firstNames[Fold(string(rs[i:]))]
		}
	}
	return false
}

// legalForms are the company tails of orgtails.txt that say a company
// only in capitals: "Siemens AG", "Danone SA"; "Moussa Ag Attaher" is a
// Tuareg name ("ag", son of).
var legalForms = map[string]bool{"ag": true, "sas": true}
