package entity

// English corrections: the recogniser is language-blind, and these
// rules mend what its French training and rules get wrong on English news.
// They run once, from correct (correct.go), on every block's spans after
// the per-span corrections.

// dottedPlaces are the dotted abbreviations English news gives places
// and bodies, read as letters between dots ("U.S." is U . S .).
var dottedPlaces = map[string]Type{
	"us": LOC, "uk": LOC, "usa": LOC, "ny": LOC, "dc": LOC, "nj": LOC, "la": LOC,
	"un": ORG, "eu": ORG,
}

// stateAbbreviations are the AP abbreviations of US states that follow a
// town in a dateline or a story ("FORT MYERS, Fla."), written with a dot.
var stateAbbreviations = map[string]bool{
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true,
	"fla": true, "ga": true, "ill": true, "ind": true, "kan": true, "ky": true, "md": true,
	"mass": true, "mich": true, "minn": true, "miss": true, "mo": true, "mont": true, "neb": true,
	"nev": true, "okla": true, "ore": true, "pa": true, "tenn": true, "tex": true, "va": true,
	"vt": true, "wash": true, "wis": true, "wyo": true,
}

// englishBodies are institutions English news names by a place or a
// word the lists read otherwise.
var englishBodies = map[string]Type{
	"fed": ORG, "white house": ORG, "pentagon": ORG, "kremlin": ORG, "downing street": ORG,
	"wall street": ORG, "capitol hill": ORG, "whitehall": ORG, "scotland yard": ORG,
}

// stormWords open a storm's name, an event: "Hurricane Ian".
var stormWords = map[string]bool{"hurricane": true, "storm": true, "typhoon": true, "cyclone": true, "tropical": true}

// englishOrgTails end organisations' names ("Justice Department",
// "Republic Records"); englishPlaceTails end places' names ("Hawkesbury
// River").
var (
	englishOrgTails = map[string]bool{
		"department": true, "court": true, "records": true, "laboratories": true, "force": true, "party": true,
		"commission": true, "agency": true, "organization": true, "association": true, "bureau": true,
		"committee": true, "council": true, "academy": true, "bank": true, "administration": true,
		"institute": true, "university": true, "fund": true, "foundation": true, "group": true, "inc": true,
		"corp": true, "ltd": true, "airlines": true, "authority": true, "ministry": true, "guard": true,
		"research": true, "holdings": true, "studios": true, "federation": true, "union": true, "board": true,
	}
	englishPlaceTails = map[string]bool{
		"river": true, "lake": true, "island": true, "islands": true, "bay": true, "valley": true,
		"mountains": true, "street": true, "avenue": true, "road": true, "bridge": true, "airport": true,
		"arena": true, "stadium": true, "square": true, "coast": true, "sea": true, "ocean": true,
		"canyon": true, "beach": true, "peninsula": true, "gulf": true, "strait": true, "county": true,
		// Streets, roads and areas as addresses write them ("Whakapirau
		// Rd", "Merrion Street Upper", "Wakiso District"), and buildings
		// named as places ("Leinster House", "Loftus Versfeld" aside).
		"rd": true, "st": true, "ave": true, "blvd": true, "lane": true, "drive": true, "terrace": true,
		"crescent": true, "highway": true, "motorway": true, "upper": true, "lower": true, "glen": true,
		"district": true, "province": true, "junction": true, "house": true, "palace": true, "park": true,
		"farm": true, "stage": true, "hall": true,
	}
)

// english applies the English corrections to every block's spans of an
// article written in English; French articles are left as they are.
func (a *analysis) english(spans [][]span) {
	if !a.isEnglish() {
		return
	}
	for b := range spans {
		var out []span
		for _, s := range spans[b] {
			if s.typ == DATE {
				out = append(out, s)
				continue
			}
			out = append(out, a.englishSpan(b, s)...)
		}
		out = a.dotted(b, out)
		if b == 0 && a.headlineCase(b) {
			out = a.headline(b, out)
		}
		spans[b] = out
	}
	a.companyStems(spans)
}

// companyStems makes organisations of the short names of the companies
// an English article names in full with a suffix ("Krispy Kreme" after
// "Krispy Kreme Doughnuts Inc.", "Saputo" after "Saputo Inc."): the
// name without its suffix, or its first words, met alone.
func (a *analysis) companyStems(spans [][]span) {
	stems := map[string]bool{}
	for b, ss := range spans {
		for _, s := range ss {
			end := s.to
			if end > s.from && a.toks[b][end-1].text == "." {
				end--
			}
			if s.typ != ORG || end-s.from < 2 || !companyAbbreviations[a.info[b][end-1].fold] {
				continue
			}
			for k := s.from + 1; k < end; k++ {
				stems[keyOf(a.toks[b], s.from, k)] = true
			}
		}
	}
	if len(stems) == 0 {
		return
	}
	for b, ss := range spans {
		for i, s := range ss {
			if s.typ != DATE && s.typ != ORG && stems[keyOf(a.toks[b], s.from, s.to)] && s.why != whyTitle && s.why != whyRole {
				ss[i].typ, ss[i].why, ss[i].conf, ss[i].low = ORG, whyCorrection, max(s.conf, 0.9), false
			}
		}
	}
}

// englishSpan mends one name: function words and demonyms opening it are
// dropped ("What the Fed", "Usually I", "Australian Jordan Hale"), a
// name made of them alone or of roles alone is none ("I", "Canadian",
// "Gov"), and a capitalised role inside splits it ("Federal Reserve Chair
// Jerome Powell" is an organisation and a person, "Ontario Premier Doug
// Ford" a place and a person).
func (a *analysis) englishSpan(b int, s span) []span {
	g := lists()
	toks, info := a.toks[b], a.info[b]
	whole := keyOf(toks, s.from, s.to)
	if typ, ok := englishBodies[whole]; ok && isCap(toks[s.from]) {
		s.typ, s.why, s.low = typ, whyCorrection, false
		return []span{s}
	}
	if stormWords[info[s.from].fold] && s.to-s.from == 2 && isCap(toks[s.from]) {
		return nil // "Hurricane Ian" is an event
	}
	if s.to-s.from == 1 && stateAbbreviations[info[s.from].fold] && s.to < len(toks) && toks[s.to].text == "." && toks[s.to].start == toks[s.from].end && s.from >= 1 && toks[s.from-1].text == "," {
		s.to++ // "Fla." with its dot
		s.typ, s.why, s.runeStart, s.runeEnd, s.conf, s.low = LOC, whyCorrection, 0, 0, 1, false
		return []span{s}
	}
	// A portfolio before a role, the role in the name or after it, is no
	// name: "Union Law Minister", "the Union minister".
	if end := s.to; end > s.from {
		if g.enRoles[info[end-1].fold] && end-s.from >= 2 {
			end--
		} else if end < len(toks) && g.enRoles[info[end].fold] {
			end = s.to
		} else {
			end = -1
		}
		if end > 0 && a.portfolioOnly(b, s.from, end) {
			return nil
		}
	}
	// Capitalised roles closing a name are no part of it: "Ontario
	// Premier" is Ontario; "Union Finance Minister" is no name at all.
	for s.to-s.from >= 2 && isCap(toks[s.to-1]) && g.enRoles[info[s.to-1].fold] && !g.institutions[whole] {
		s.to--
		s.runeStart, s.runeEnd = 0, 0
		whole = keyOf(toks, s.from, s.to)
		if a.portfolioOnly(b, s.from, s.to) {
			return nil
		}
		if g.places[whole] {
			s.typ, s.why, s.conf, s.low = LOC, whyCorrection, max(s.conf, 0.9), false
		}
	}
	if s.typ == PER && s.to < len(toks) && isCap(toks[s.to]) && g.enRoles[info[s.to].fold] && !firstNameWord(toks[s.from]) {
		return nil // "Czech Industry Minister": a portfolio before a role
	}
	// "Shares of Goldman Sachs", "Parts of New South Wales": a common
	// word opening a sentence before "of" and a name.
	if a.opensClause(b, s.from) && s.to-s.from >= 3 && info[s.from+1].fold == "of" && isCap(toks[s.from+2]) && !a.art.capMid[info[s.from].fold] && !g.places[info[s.from].fold] {
		s.from += 2
		s.runeStart, s.runeEnd = 0, 0
		if g.places[keyOf(toks, s.from, s.to)] {
			s.typ = LOC
		}
		whole = keyOf(toks, s.from, s.to)
	}
	// "The World Health Organization" opening a sentence: the article
	// is no part of the name.
	if info[s.from].fold == "the" && a.opensClause(b, s.from) && s.to-s.from >= 3 && (g.places[keyOf(toks, s.from+1, s.to)] || englishOrgTails[info[s.to-1].fold]) {
		s.from++
		s.runeStart, s.runeEnd = 0, 0
		whole = keyOf(toks, s.from, s.to)
	}
	if s.to-s.from >= 2 && companyAbbreviations[info[s.to-1].fold] && s.to < len(toks) && toks[s.to].text == "." && toks[s.to].start == toks[s.to-1].end {
		// "Saputo Inc.", "Krispy Kreme Doughnuts Inc.": the dot is part
		// of the name.
		s.to++
		s.typ, s.why, s.runeStart, s.runeEnd, s.conf, s.low = ORG, whyCorrection, 0, 0, max(s.conf, 0.9), false
		return []span{s}
	}
	if s.to-s.from >= 2 && (info[s.from].fold == "county" || info[s.from].fold == "co") && isCap(toks[s.from]) && !englishOrgTails[info[s.to-1].fold] {
		// "Co Wicklow", "County Kerry": an Irish or British county.
		s.typ, s.why, s.conf, s.low = LOC, whyCorrection, max(s.conf, 0.9), false
		return []span{s}
	}
	if s.to-s.from >= 2 && !g.places[whole] {
		switch last := info[s.to-1].fold; {
		case englishOrgTails[last]:
			s.typ, s.why, s.conf, s.low = ORG, whyCorrection, max(s.conf, 0.9), false // "Republic Records", "Australian Defence Force"
		case englishPlaceTails[last] && !(s.to-s.from == 2 && s.typ == PER && firstNameWord(toks[s.from])):
			// ("Sarah House" is a person.)
			s.typ, s.why, s.conf, s.low = LOC, whyCorrection, max(s.conf, 0.9), false // "Hawkesbury River"
		}
	}
	if g.places[whole] || g.institutions[whole] || g.media[whole] {
		return []span{s}
	}
	// Demonyms alone, or joined ("American and Canadian"), are none.
	only := true
	for k := s.from; k < s.to && only; k++ {
		only = g.enDemonyms[info[k].fold] || info[k].fold == "and" || toks[k].text == ","
	}
	if only {
		return nil
	}
	trimmed := false
	for s.from < s.to && toks[s.from].kind == word && g.enStopwords[info[s.from].fold] {
		s.from++
		trimmed = true
	}
	for s.from < s.to && toks[s.from].kind == word && (info[s.from].fold == "the" || info[s.from].fold == "and") && trimmed {
		s.from++ // "What the Fed"; but "The North Face" keeps its article
	}
	if s.from >= s.to {
		return nil
	}
	// A demonym before a person's name qualifies the person: "Australian
	// Jordan Hale". Before other names it is part of them ("European
	// Central Bank", "French Tech").
	if s.to-s.from >= 3 && g.enDemonyms[info[s.from].fold] && firstNameWord(toks[s.from+1]) && a.personLike(b, s.from+1, s.to) {
		s.from++
		s.typ, s.why = PER, whyFirstName
		trimmed = true
	}
	if trimmed && s.runeEnd > 0 {
		s.runeStart, s.runeEnd = 0, 0
	}
	if a.onlyRoles(b, s.from, s.to) {
		return nil
	}
	// A capitalised role before a capitalised name.
	for k := s.from; k < s.to; k++ {
		if !isCap(toks[k]) || !g.enRoles[info[k].fold] {
			continue
		}
		r := k + 1
		for r < s.to && (toks[r].text == "." || isCap(toks[r]) && g.enRoles[info[r].fold]) {
			r++
		}
		if r >= s.to || !isCap(toks[r]) || !a.personLike(b, r, s.to) && !a.namedAfterRole(b, r, s.to) {
			continue
		}
		per := span{from: r, to: s.to, typ: PER, conf: max(s.conf, 0.9), why: whyRole}
		var out []span
		if left, ok := a.leftOfRole(b, s, k); ok {
			out = append(out, left)
		}
		return append(out, per)
	}
	if trimmed && s.to-s.from == 1 && s.typ == PER && !firstNameWord(toks[s.from]) {
		s.low = true
	}
	return []span{s}
}

// opensClause reports whether token k opens a sentence or follows
// punctuation ("SYDNEY — Parts of"), where a capital says nothing.
func (a *analysis) opensClause(b, k int) bool {
	return a.toks[b][k].sentStart || k == 0 || a.toks[b][k-1].kind != word
}

// onlyRoles reports whether tokens from..to are roles and dots alone.
func (a *analysis) onlyRoles(b, from, to int) bool {
	g := lists()
	for k := from; k < to; k++ {
		t := a.toks[b][k]
		if t.text == "." || t.kind == word && (g.enRoles[a.info[b][k].fold] || a.info[b][k].fold == "i") {
			continue
		}
		return false
	}
	return true
}

// personLike reports whether tokens from..to look like a person's name
// after a role: a known first name first, or two words or more none of
// which opens or ends an organisation's name ("Justice Department" is
// none).
func (a *analysis) personLike(b, from, to int) bool {
	g := lists()
	if firstNameWord(a.toks[b][from]) {
		return true
	}
	if to-from < 2 {
		return false
	}
	for k := from; k < to; k++ {
		f := a.info[b][k].fold
		if !isCap(a.toks[b][k]) || g.orgHead(f) || g.orgTails[f] || g.places[f] {
			return false
		}
	}
	return true
}

// namedAfterRole reports whether tokens from..to, right after a role,
// are a person's name though personLike does not know it: a surname
// alone ("Det Sgt Byrne", "Hooker Strauss") or a name whose first word
// is also a place ("Spinner Mitchell Swepson"). Every word is
// capitalised, none is an acronym or opens or ends an organisation's
// name, and the words together name no listed place, country,
// institution or company.
func (a *analysis) namedAfterRole(b, from, to int) bool {
	g := lists()
	for k := from; k < to; k++ {
		f := a.info[b][k].fold
		if a.toks[b][k].kind != word || !isCap(a.toks[b][k]) || isAcronym(a.toks[b][k]) || g.orgHead(f) || g.orgTails[f] || englishOrgTails[f] || englishPlaceTails[f] {
			return false
		}
	}
	whole := keyOf(a.toks[b], from, to)
	return !g.places[whole] && !g.countries[whole] && !g.institutions[whole] && !g.companies[whole] && !g.enDemonyms[whole]
}

// companyAbbreviations end companies' names, written with a dot.
var companyAbbreviations = map[string]bool{"inc": true, "corp": true, "ltd": true, "co": true, "llc": true, "bhd": true}

// portfolioWords name a minister's portfolio before the role in English
// news ("Finance Minister", "Home Secretary", "Parliamentary Affairs
// Minister"), with the words that qualify the office ("Union" and
// "State" ministers in India, "Shadow", "Deputy"): the portfolios of
// the cabinets of the Commonwealth and the United States, written for
// this project.
var portfolioWords = map[string]bool{
	"union": true, "state": true, "federal": true, "shadow": true, "deputy": true, "junior": true, "cabinet": true,
	"finance": true, "home": true, "foreign": true, "law": true, "justice": true, "health": true, "defence": true,
	"defense": true, "trade": true, "industry": true, "environment": true, "education": true, "interior": true,
	"agriculture": true, "energy": true, "transport": true, "labour": true, "labor": true, "affairs": true,
	"parliamentary": true, "treasury": true, "commerce": true, "housing": true, "culture": true, "sports": true,
	"tourism": true, "information": true, "communications": true, "telecommunications": true, "railways": true,
	"petroleum": true, "mines": true, "mining": true, "fisheries": true, "water": true, "power": true,
	"works": true, "local": true, "government": true, "immigration": true, "security": true, "development": true,
	"planning": true, "economy": true, "economic": true, "social": true, "welfare": true, "science": true,
	"technology": true, "external": true, "internal": true, "revenue": true, "budget": true, "and": true, "&": true,
}

// portfolioOnly reports whether tokens from..to are portfolio words
// alone.
func (a *analysis) portfolioOnly(b, from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if !portfolioWords[a.info[b][k].fold] && a.toks[b][k].text != "&" {
			return false
		}
	}
	return true
}

// leftOfRole is what stands before the role at k in s, kept when it
// names something: a listed place, or two words or more that are not a
// demonym ("Federal Reserve"; not "German", "Czech Industry").
func (a *analysis) leftOfRole(b int, s span, k int) (span, bool) {
	g := lists()
	from := s.from
	for from < k && g.enDemonyms[a.info[b][from].fold] {
		from++
	}
	if from >= k {
		return span{}, false
	}
	key := keyOf(a.toks[b], from, k)
	if a.portfolioOnly(b, from, k) {
		return span{}, false // "Union Law Minister", "Shadow Home Secretary"
	}
	switch {
	case g.places[key]:
		return span{from: from, to: k, typ: LOC, conf: s.conf, why: whyCorrection}, true
	case k-from >= 2 || isAcronym(a.toks[b][from]) || g.institutions[key] || g.media[key]:
		typ := s.typ
		if typ == PER {
			typ = ORG
		}
		return span{from: from, to: k, typ: typ, conf: s.conf, why: s.why, low: s.low}, true
	}
	return span{}, false
}

// dotted adds the places written as dotted letters ("U.S.", "U.K.") and
// the state abbreviations after a town ("Naples, Fla.") that no span
// covers yet.
func (a *analysis) dotted(b int, ss []span) []span {
	toks := a.toks[b]
	taken := make([]bool, len(toks))
	for _, s := range ss {
		for k := s.from; k < s.to && k < len(toks); k++ {
			taken[k] = true
		}
	}
	for i := 0; i < len(toks); i++ {
		if taken[i] || !isCap(toks[i]) {
			continue
		}
		// Letters and dots: U . S .
		j, letters := i, ""
		for j+1 < len(toks) && len(toks[j].text) == 1 && isCap(toks[j]) && toks[j+1].text == "." && !taken[j] && !taken[j+1] && toks[j+1].start == toks[j].end && (j == i || toks[j].start == toks[j-1].end) {
			letters += toks[j].fold
			j += 2
		}
		if typ, ok := dottedPlaces[letters]; ok && len(letters) >= 2 {
			ss = append(ss, span{from: i, to: j, typ: typ, conf: 1, why: whyCorrection})
			i = j - 1
			continue
		}
		if stateAbbreviations[toks[i].fold] && i >= 2 && toks[i-1].text == "," && isCap(toks[i-2]) && i+1 < len(toks) && toks[i+1].text == "." && toks[i+1].start == toks[i].end {
			ss = append(ss, span{from: i, to: i + 2, typ: LOC, conf: 1, why: whyCorrection})
			i++
		}
	}
	return ss
}

// englishWords and frenchWords are frequent function words of each
// language that the other hardly writes ("a" is both).
var (
	englishWords = map[string]bool{"the": true, "and": true, "of": true, "to": true, "is": true, "was": true, "were": true, "that": true, "with": true, "for": true, "said": true, "has": true, "have": true}
	frenchWords  = map[string]bool{"le": true, "la": true, "les": true, "et": true, "des": true, "est": true, "du": true, "une": true, "un": true, "que": true, "dans": true, "pour": true, "sur": true, "au": true}
)

// isEnglish reports whether the article is written in English: more of
// English's function words than of French's.
func (a *analysis) isEnglish() bool {
	en, fr := 0, 0
	for _, toks := range a.toks {
		for _, t := range toks {
			switch {
			case englishWords[t.fold]:
				en++
			case frenchWords[t.fold]:
				fr++
			}
		}
	}
	return en > fr
}

// headlineCase reports whether block b is written in headline case
// ("Sunak Faces Revolt Over Rwanda Bill"): four words or more, most of
// them capitalised, where a capital says nothing of a name.
func (a *analysis) headlineCase(b int) bool {
	words, caps := 0, 0
	for _, t := range a.toks[b] {
		if t.kind != word {
			continue
		}
		words++
		if isCap(t) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// headline cuts the names of a headline-case title to the words known
// to be names: written with a capital inside a sentence of the article,
// or listed ("Fed Signals More Hikes" gives "Fed"; "Tech Giants Face
// New Rules" gives none).
func (a *analysis) headline(b int, ss []span) []span {
	var out []span
	for _, s := range ss {
		if s.typ == DATE {
			out = append(out, s)
			continue
		}
		to := s.from
		for to < s.to && a.knownName(b, to) {
			to++
		}
		if to == s.from {
			continue
		}
		if to < s.to {
			s.to, s.runeStart, s.runeEnd = to, 0, 0
			if lists().places[keyOf(a.toks[b], s.from, s.to)] {
				s.typ = LOC
			}
		}
		out = append(out, s)
	}
	return out
}

// knownName reports whether token k of block b is known as (part of) a
// name outside a headline.
func (a *analysis) knownName(b, k int) bool {
	g := lists()
	t := a.toks[b][k]
	f := a.info[b][k].fold
	if t.kind != word {
		return t.text == "." || t.text == "&" || t.text == "-"
	}
	return a.art.capMid[f] || isAcronym(t) || firstNameWord(t) || g.surnames[f] || g.places[f] || g.institutions[f] || g.proper[f] || g.media[f] || g.particles[f]
}
