package entity

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// article is what Recognize knows about the whole text while it reads
// one block: words seen in lower case anywhere ("grève" makes a
// sentence-initial "Grève" a common word).
type article struct {
	lower map[string]bool
	// capMid holds the words seen capitalised inside a sentence, where a
	// capital means a name.
	capMid map[string]bool
	// particleNames holds the particle and the word after it of the
	// names that carry one inside a sentence ("le pen" of "Marine Le
	// Pen"), so that the same two words opening a sentence ("Le Pen a
	// refusé") are read as the name, not as an article before "Pen".
	particleNames map[string]bool
}

// Recognize finds the people, organisations, places and dates of one
// article. blocks are its title, captions and paragraphs in order; the
// mentions come back sorted by block and offset, never overlapping.
func Recognize(blocks []string) []Mention {
	return recognizeWith(blocks, defaultModel(), true)
}

// recognizeWith is Recognize with a given model (nil: the rules alone)
// and with or without combine and the corrections, for the ablation
// figures (TestGold).
func recognizeWith(blocks []string, m *model, correct bool) []Mention {
	a := analyse(blocks)
	spans := a.rules
	switch {
	case m != nil:
		spans = a.decode(m)
		if correct {
			spans = a.combine(spans)
			a.correct(spans)
		}
	case correct:
		// The rules and the corrections, without the model (ablation).
		for b := range spans {
			for i := range spans[b] {
				spans[b][i].conf = 1
			}
		}
		a.correct(spans)
	}
	return a.mentions(spans)
}

// mentions turns spans into sorted mentions.
func (a *analysis) mentions(spans [][]span) []Mention {
	var out []Mention
	for b, ss := range spans {
		sort.Slice(ss, func(x, y int) bool {
			if ss[x].from != ss[y].from {
				return ss[x].from < ss[y].from
			}
			return ss[x].runeStart < ss[y].runeStart
		})
		rs := []rune(a.blocks[b])
		end := -1
		for _, s := range ss {
			if s.typ == "" || s.to <= s.from {
				continue
			}
			start, stop := a.toks[b][s.from].start, a.toks[b][s.to-1].end
			if s.runeEnd > 0 {
				start, stop = s.runeStart, s.runeEnd
			}
			if start < end {
				continue // never overlap
			}
			end = stop
			out = append(out, Mention{Block: b, Start: start, End: stop, Text: string(rs[start:stop]), Type: s.typ, Value: s.value, Low: s.low})
		}
	}
	return out
}

// decode tags every block with the model and returns its spans, each
// with its confidence, and the rules' dates.
func (a *analysis) decode(m *model) [][]span {
	out := make([][]span, len(a.blocks))
	a.marg = make([][][numTags]float64, len(a.blocks))
	for b := range a.blocks {
		if len(a.toks[b]) == 0 {
			continue
		}
		fs := extract(a.input(b, m.set), &a.art, m.set)
		em := m.emissions(fs)
		path := viterbi(em, &m.trans)
		mg := marginals(em, &m.trans, m.temp)
		a.marg[b] = mg
		var dates []span
		for _, s := range a.rules[b] {
			if s.typ == DATE {
				s.conf = 1
				dates = append(dates, s)
			}
		}
		out[b] = append(out[b], dates...)
		for i := 0; i < len(path); i++ {
			t := path[i]
			if t == tagO || t%2 == 0 || (a.dates[b] != nil && a.dates[b][i]) {
				continue
			}
			j := i + 1
			for j < len(path) && path[j] == t+1 && (a.dates[b] == nil || !a.dates[b][j]) {
				j++
			}
			conf := 1.0
			for k := i; k < j; k++ {
				conf = math.Min(conf, mg[k][path[k]])
			}
			if j < len(path) {
				// The name might run on: the confidence that it stops here.
				conf = math.Min(conf, 1-mg[j][t+1])
			}
			out[b] = append(out[b], a.withJoinedPlaces(b, span{from: i, to: j, typ: tagType[t], conf: conf})...)
			i = j - 1
		}
	}
	return out
}

// withJoinedPlaces keeps the rules' split of "Paris-Bordeaux" into two
// places when the model found the one word.
func (a *analysis) withJoinedPlaces(b int, s span) []span {
	if s.to-s.from != 1 {
		return []span{s}
	}
	var parts []span
	for _, r := range a.rules[b] {
		if r.from == s.from && r.runeEnd > 0 {
			r.conf = s.conf
			parts = append(parts, r)
		}
	}
	if len(parts) > 1 {
		return parts
	}
	return []span{s}
}

// recognizeBlock finds dates first, then names in what is left.
func recognizeBlock(toks []token, art *article) []span {
	taken := make([]bool, len(toks))
	out := findDates(toks)
	for _, s := range out {
		for k := s.from; k < s.to; k++ {
			taken[k] = true
		}
	}
	for i := 0; i < len(toks); i++ {
		if taken[i] {
			continue
		}
		var found []span
		if s, ok := ministry(toks, i); ok {
			found = []span{s}
		} else if s, ok := road(toks, i); ok {
			found = []span{s}
		} else if s, ok := nameAt(toks, i, taken, art); ok {
			if s.from > 0 && !taken[s.from-1] && isLower(toks[s.from-1]) && articles[toks[s.from-1].fold] && lists().places[keyOf(toks, s.from-1, s.to)] {
				s.from-- // "la Rochelle", "la Roche-sur-Yon": the article is part of the town's name
			}
			found = splitJoinedPlaces(toks, s)
		}
		if len(found) == 0 {
			continue
		}
		for _, s := range found {
			for k := s.from; k < s.to; k++ {
				taken[k] = true
			}
		}
		out = append(out, found...)
		i = found[len(found)-1].to - 1
	}
	sort.Slice(out, func(a, b int) bool { return out[a].from < out[b].from })
	return out
}

// ministry recognises a ministry named after its lower-case head:
// "le ministère de la Transition écologique", "ministère malawite de la Santé".
func ministry(toks []token, i int) (span, bool) {
	if f := toks[i].fold; f != "ministere" && f != "ministry" {
		return span{}, false
	}
	to, caps := extendOrg(toks, i+1, false)
	if !caps {
		return span{}, false
	}
	for to+2 < len(toks) && (toks[to].text == "," || toks[to].fold == "et") {
		// "ministère de l'Intérieur, des Collectivités locales et des
		// Transports": a ministry of several portfolios, each with its
		// capital.
		at := to + 1
		if toks[at].fold == "et" {
			at++
		}
		if at+1 >= len(toks) || !ministryLinks[strings.TrimSuffix(toks[at].fold, "'")] {
			if n := andPortfolio(toks, at); toks[to].fold == "et" && n > 0 {
				// "ministère des Petites et Moyennes Entreprises",
				// "ministère des Mines et industries": one portfolio
				// of two nouns.
				to = at + n
			}
			break
		}
		first := at + 1
		if f := toks[first].fold; (f == "la" || f == "l'") && first+1 < len(toks) {
			first++
		}
		if !isCap(toks[first]) {
			break
		}
		next, ok := extendOrg(toks, at, false)
		if !ok || next <= first {
			break
		}
		to = next
	}
	return span{from: i, to: to, typ: ORG, why: whyMinistry}, true
}

// andPortfolio returns how many words after a ministry's "et" go on
// its last portfolio without "de": capitalised words none of which is
// a name of its own (a first name, a place, an institution, a company,
// an acronym), or one lower-case noun in the plural that ends the
// clause. It returns 0 when none do: "ministère de la Santé et Agnès
// Buzyn", "ministère des Armées et Thales" are two names.
func andPortfolio(toks []token, at int) int {
	g := lists()
	k := at
	for k < len(toks) && toks[k].kind == word && isCap(toks[k]) {
		t := toks[k]
		if isAcronym(t) || firstNameWord(t) || g.places[t.fold] || g.institutions[t.fold] || g.proper[t.fold] || g.media[t.fold] || g.countries[t.fold] || g.stopwords[bare(t)] {
			return 0
		}
		k++
	}
	if k > at {
		return k - at
	}
	if t := toks[at]; isLower(t) && len(t.fold) > 4 && (strings.HasSuffix(t.fold, "s") || strings.HasSuffix(t.fold, "x")) && !pluralVerb(t) && !g.stopwords[bare(t)] && at+1 < len(toks) && toks[at+1].kind == punct && toks[at+1].text != "-" {
		return 1
	}
	return 0
}

// ministryLinks open a ministry's next portfolio: "et de la Lutte",
// ", des Transports".
var ministryLinks = map[string]bool{"de": true, "des": true, "du": true, "d": true}

// roadLetters open the numbers of French roads: "A 10", "RN 137", "D906".
var roadLetters = map[string]bool{"A": true, "N": true, "RN": true, "D": true, "RD": true}

// roadNumber matches a road written as one word: "A10", "RN137".
var roadNumber = regexp.MustCompile(`^(?:A|N|RN|D|RD)[0-9]{1,4}$`)

// airbusModels are aircraft, written like motorways: "un A320".
var airbusModels = map[string]bool{"A220": true, "A300": true, "A310": true, "A318": true, "A319": true, "A320": true, "A321": true, "A330": true, "A340": true, "A350": true, "A380": true}

// roadHeads name a road before its number: "l'autoroute A 10", "la
// nationale 137".
var roadHeads = map[string]bool{"autoroute": true, "nationale": true, "departementale": true, "route": true}

// road recognises a numbered road, with the noun before it: "autoroute A
// 10", "A10", "RN 137", "nationale 137".
func road(toks []token, i int) (span, bool) {
	t := toks[i]
	num := func(k int) bool {
		return k < len(toks) && toks[k].kind == number && len(toks[k].text) <= 4 && strings.Trim(toks[k].text, "0123456789") == "" && toks[k].start <= toks[k-1].end+1
	}
	switch {
	case roadLetters[t.text] && num(i+1) && !(t.sentStart && t.text == "A"):
		// A sentence's "A" is "À" without its accent: "A 11h", "A 20 ans".
		s := span{from: i, to: i + 2, typ: LOC, why: whyRoad}
		if i > 0 && roadHeads[toks[i-1].fold] && isLower(toks[i-1]) {
			s.from--
		}
		return s, true
	case roadNumber.MatchString(t.text) && !airbusModels[t.text]:
		s := span{from: i, to: i + 1, typ: LOC, why: whyRoad}
		if i > 0 && roadHeads[toks[i-1].fold] && isLower(toks[i-1]) {
			s.from--
		}
		return s, true
	case isLower(t) && (t.fold == "nationale" || t.fold == "departementale" || t.fold == "autoroute") && num(i+1):
		return span{from: i, to: i + 2, typ: LOC, why: whyRoad}, true
	}
	return span{}, false
}

// nameAt reads a capitalised name starting at toks[i], if one starts there,
// and gives it a type.
func nameAt(toks []token, i int, taken []bool, art *article) (span, bool) {
	g := lists()
	t := toks[i]
	if !isCap(t) || titles[t.text] || t.elided { // "L'" of "L'Espagne" opens no name
		return span{}, false
	}
	f := t.fold
	if g.common[f] || months[f] > 0 || weekdays[f] {
		return span{}, false
	}
	if g.stopwords[bare(t)] && !(i+1 < len(toks) && isCap(toks[i+1]) && (!t.sentStart || art.particleNames[t.fold+" "+toks[i+1].fold]) && len([]rune(t.text)) <= 3) && !listedAt(toks, i, taken) {
		// "Les", "Dans"; but "Le Drian" and "La Haye" inside a sentence,
		// and "Le Pen" opening one where "Marine Le Pen" is written.
		return span{}, false
	}
	if strings.ToLower(t.text) == "grâce" {
		return span{}, false // "Grâce à", not the first name Grace
	}
	if openingWord(t) && i+1 < len(toks) && isCap(toks[i+1]) || titleConjunction(toks, i) || pluralTitleAt(toks, i) || djTrade(toks, i) {
		return span{}, false // "Outre Carrier", "Et Dua Lipa a fait ça", "Mes Rohan Van Vooren" (openers.go)
	}
	if (honorifics[f] || f == "major" && i+1 < len(toks) && firstNameWord(toks[i+1])) && i+1 < len(toks) && isCap(toks[i+1]) {
		// "Sir Elton John", "Docteur Louis Bitang", "Major Ismaël
		// Wagué" (but "Major League Baseball"): the name starts after.
		return span{}, false
	}
	if englishTitleAt(toks, i) {
		return span{}, false // "Prime Minister Gabriel Attal": the name starts after
	}
	to := i + 1
	for to < len(toks) && !taken[to] {
		if englishTitleAt(toks, to) {
			break // "European Commission President Ursula von der Leyen" is two names
		}
		if (isCap(toks[to]) || articleJoined(toks[to])) && !titles[toks[to].text] && months[toks[to].fold] == 0 && !weekdays[toks[to].fold] {
			if titleAfterListed(toks, i, to) {
				break // "TF1 The Voice": a channel and its show (spancut.go)
			}
			if startsFullName(toks, to) && (listedBefore(toks, i, to) || notPersonWord(toks[to-1]) || demonymShaped(toks[to-1]) || pluralShaped(toks[to-1]) && !anyPersonWord(toks[i:to]) || g.parties[keyOf(toks, i, to)]) || (to == i+1 && demonymShaped(toks[i]) && isCap(toks[to]) && !g.places[f]) {
				break // "CGT Sophie Binet", "Maison Blanche Jen Psaki", "Paralympiques Amélie Oudéa-Castéra": two names
			}
			to++
			continue
		}
		if n := particlesAt(toks, to); n > 0 && !englishBreak(toks, i, to, n) && to+n < len(toks) && isCap(toks[to+n]) && !taken[to+n] && !g.common[toks[to+n].fold] && !g.orgHead(toks[to+n].fold) && !startsFullName(toks, to+n) && !(personNamed(toks[i]) && g.places[toks[to+n].fold]) && !(g.countries[toks[to+n].fold] && to-i >= 2 && !isAcronym(t) && !g.orgHead(f) && !countryHeads[f] && !g.orgHead(toks[to-1].fold)) && !(isAcronym(toks[to+n]) && !g.orgHead(f) && !countryHeads[f] && !isAcronym(t)) && !(g.demonyms[toks[to+n].fold] && !g.orgHead(f) && to+n+1 < len(toks) && isCap(toks[to+n+1])) && !joinStops(toks, i, to, n) {
			// "John Smith of the Bank of England" is two names, and so
			// are a person and a country ("Jay Jay Okocha du Nigeria")
			// and a work and its author ("Sirat d'Oliver Laxe", "Flow du
			// Letton Gints Zilbalodis").
			to += n
			continue
		}
		break
	}
	// Gazetteer names that run on in lower case: "Nations unies",
	// "Maison blanche", "Chine nouvelle" when listed.
	for k := min(len(toks), i+5); k > to; k-- {
		if free(taken, i, k) && (g.institutions[keyOf(toks, i, k)] || g.places[keyOf(toks, i, k)] && !(articles[f] && isLower(toks[i+1]))) {
			// (not "La marque Renault": an article and a common noun, though
			// GeoNames lists "La Marque")
			to = k
			break
		}
	}
	s := span{from: i, to: to}
	if to-i >= 2 && len([]rune(toks[to-1].text)) == 1 && to < len(toks) && toks[to].text == "." && toks[to].start == toks[to-1].end && firstNameWord(t) {
		s.to = to + 1 // "Rémi D.": the initial keeps its dot
	}
	head := i
	if !g.orgHead(f) && to == i+2 && leadingAdjectives[f] && g.orgHead(toks[i+1].fold) {
		head, f = i+1, toks[i+1].fold // "Nouvelle Alliance flamande"
	}
	if g.orgHead(f) || countryHeads[f] && to == i+1 {
		end, _ := extendOrg(toks, head+1, acronymFollows(toks, i, to))
		if end <= head+1 {
			// The bracket ahead spells another name ("le Laboratoire
			// des systèmes autonomes de l'Ecole polytechnique fédérale
			// de Zurich (ETHZ)"): the name runs on as without it.
			end, _ = extendOrg(toks, head+1, false)
		}
		if end > to {
			s.to = end
		}
	}
	// "X (ACR)" where the words before the bracket spell the acronym.
	if to < len(toks) && toks[to].text == "(" {
		if end, ok := extendOrg(toks, head+1, true); ok && end > s.to && g.orgHead(f) {
			s.to = end
		}
	}
	s.typ, s.why = classify(toks, s, art)
	if s.typ == "" {
		return span{}, false
	}
	if s.typ == ORG && s.to == to && s.to < len(toks) && isLower(toks[s.to]) && appositionBefore(toks, i) && looksAdjective(toks[s.to].text) {
		s.to++ // "Chine nouvelle", "Force ouvrière"
	}
	return s, true
}

// englishBreak reports whether the English particle at toks[to] ends
// the name that starts at toks[i] rather than joining the next words to
// it: "in" ("Synovus Trust Company in Atlanta"; German "in der" joins),
// "and" ("Huawei Technologies and Xiaomi"), "of" after a person's first
// name ("Teresa Anderson of ActionAid International").
func englishBreak(toks []token, i, to, n int) bool {
	switch toks[to].fold {
	case "in":
		return n == 1
	case "and":
		return true
	case "of":
		return firstNameWord(toks[i])
	}
	return false
}

// englishTitleHeads end an English title written with capitals before
// a name ("Prime Minister", "Chief Financial Officer"), and
// englishTitleWords may come before them in the title.
var (
	englishTitleHeads = map[string]bool{"minister": true, "president": true, "governor": true, "officer": true, "secretary": true, "chancellor": true, "senator": true, "mayor": true, "commissioner": true, "ceo": true, "cfo": true, "chairman": true, "chairwoman": true, "spokesman": true, "spokeswoman": true, "prince": true, "coach": true}
	englishTitleWords = map[string]bool{"prime": true, "vice": true, "deputy": true, "chief": true, "executive": true, "financial": true, "operating": true, "foreign": true, "interior": true, "energy": true, "finance": true, "defence": true, "defense": true, "health": true, "trade": true, "justice": true, "economy": true, "state": true, "head": true, "saudi": true}
)

// englishTitleAt reports whether an English title in capitals starts at
// toks[i] and a capitalised name follows it: "Prime Minister Gabriel
// Attal", "Interior Minister Gérald Darmanin", "Governor Andrew Bailey".
func englishTitleAt(toks []token, i int) bool {
	k := i
	for k < len(toks) && isCap(toks[k]) && englishTitleWords[toks[k].fold] {
		k++
	}
	if k >= len(toks) || !isCap(toks[k]) || !englishTitleHeads[toks[k].fold] {
		return false
	}
	return k+1 < len(toks) && isCap(toks[k+1]) && toks[k+1].kind == word
}

// articles may open a town's name: "La Rochelle", "Le Havre".
var articles = map[string]bool{"la": true, "le": true, "les": true, "l'": true}

// listedAt reports whether a listed place or institution of several
// words starts at toks[i]: "La Rochelle" at a sentence's start.
func listedAt(toks []token, i int, taken []bool) bool {
	g := lists()
	for k := min(len(toks), i+5); k >= i+2; k-- {
		if free(taken, i, k) && (g.places[keyOf(toks, i, k)] || g.institutions[keyOf(toks, i, k)]) {
			return true
		}
	}
	return false
}

// pluralShaped reports whether a capitalised word reads as a plural or
// an adjective rather than a name: "Paralympiques".
func pluralShaped(t token) bool {
	f := t.fold
	return len(f) > 4 && (strings.HasSuffix(f, "s") || strings.HasSuffix(f, "x") || looksAdjective(strings.ToLower(t.text)))
}

// anyPersonWord reports whether a known first name or surname is among
// ws, or a particle that sits inside people's names ("Le", "de").
func anyPersonWord(ws []token) bool {
	g := lists()
	for _, w := range ws {
		if firstNameWord(w) || g.surnames[w.fold] || g.particles[w.fold] || len([]rune(w.text)) <= 3 {
			return true
		}
	}
	return false
}

// titleWords open a title, never an organisation's complement: "le
// Conseil des ministres du Premier ministre".
var titleWords = map[string]bool{"premier": true, "premiere": true, "president": true, "presidente": true, "ministre": true}

// infinitive reports whether a lower-case word reads as a verb's
// infinitive in "-er", which starts no complement of a name ("pour
// l'Assemblée de jouer un rôle"); nouns in "-ier", "-yer" and the few
// others in "-er" ("hiver", "cancer") are not.
func infinitive(f string) bool {
	if len(f) < 5 || !strings.HasSuffix(f, "er") || strings.HasSuffix(f, "ier") || strings.HasSuffix(f, "yer") {
		return false
	}
	return !nounsInEr[f]
}

// nounsInEr are the nouns in "-er" that may follow "de" in a body's
// name: "Ligue contre le cancer", "Jeux d'hiver".
var nounsInEr = map[string]bool{"hiver": true, "cancer": true, "enfer": true, "laser": true, "leader": true, "poster": true, "cluster": true, "master": true, "manager": true, "reporter": true, "container": true}

// notComplements are lower-case words that start no complement of an
// organisation's name: numbers and quantities ("de neuf membres", "des
// deux pays"), and "nouvelle" of "de la nouvelle équipe".
var notComplements = map[string]bool{
	"un": true, "une": true, "deux": true, "trois": true, "quatre": true, "cinq": true, "six": true, "sept": true, "huit": true, "neuf": true, "dix": true,
	"onze": true, "douze": true, "vingt": true, "trente": true, "cent": true, "cents": true, "mille": true, "plusieurs": true, "nombreux": true, "nombreuses": true,
	"nouveau": true, "nouvelle": true, "nouveaux": true, "nouvelles": true, "meme": true, "memes": true, "autres": true, "autre": true, "ses": true, "son": true, "sa": true, "leur": true, "leurs": true,
}

// weakHeads are organisation heads whose name may go on with "sur",
// "pour" or "contre" after a place: "Forum de Paris sur la paix",
// "Office central pour la répression de la grande délinquance financière".
var weakHeads = map[string]bool{"rassemblement": true, "union": true, "front": true, "parti": true, "convention": true, "office": true, "institut": true, "agence": true, "centre": true, "groupe": true, "forum": true, "observatoire": true, "comite": true, "collectif": true, "coalition": true, "alliance": true, "ligue": true, "mouvement": true, "fondation": true, "association": true}

// leadingAdjectives may precede an organisation head in a name:
// "Nouvelle Alliance flamande", "Grand Orient de France".
var leadingAdjectives = map[string]bool{"nouvelle": true, "nouveau": true, "grand": true, "grande": true, "haut": true, "haute": true, "jeune": true, "jeunes": true, "libre": true, "petit": true, "petite": true}

// honorifics are capitalised forms of address that stay out of a name:
// "Sir Elton John", "Docteur Louis Joss Bitang".
var honorifics = map[string]bool{
	"sir": true, "lord": true, "lady": true, "docteur": true, "professeur": true, "maitre": true,
	"monseigneur": true, "general": true, "colonel": true, "commandant": true, "capitaine": true,
	"lieutenant": true, "abbe": true, "pere": true, "soeur": true, "frere": true, "madame": true,
	"monsieur": true, "mademoiselle": true, "president": true, "presidente": true, "ministre": true,
	// Military and police ranks, written with a capital in many African
	// and Swiss papers: "le Colonel-Major Amadou Madougou".
	"colonel-major": true, "lieutenant-colonel": true, "general-major": true, "sergent": true, "sergent-chef": true,
	"adjudant": true, "adjudant-chef": true, "caporal": true, "caporal-chef": true, "amiral": true,
	"vice-amiral": true, "contre-amiral": true, "brigadier": true, "brigadier-chef": true,
}

// firstNameWord reports whether a word is a known first name, or a
// hyphenated one that starts with one ("Jean-Yves").
func firstNameWord(t token) bool {
	g := lists()
	f := t.fold
	return g.firstNames[f] || (strings.Contains(f, "-") && g.firstNames[strings.SplitN(f, "-", 2)[0]] && !strings.ContainsAny(f[strings.Index(f, "-"):], "0123456789"))
}

// notPersonWord reports whether a capitalised word is known to be no
// part of a person's name: an acronym, a place, an institution, a brand,
// a demonym, a common or event word.
func notPersonWord(t token) bool {
	g := lists()
	f := t.fold
	if firstNameWord(t) || g.surnames[f] {
		return false
	}
	return isAcronym(t) || g.places[f] || g.proper[f] || g.institutions[f] || g.demonyms[f] || g.notNames[f] || g.common[f] || g.orgHead(f) || g.orgTails[f] || blancheLike[f]
}

// blancheLike are the second words of institutions named by two words
// ("Maison Blanche") that read like adjectives.
var blancheLike = map[string]bool{"blanche": true, "blanc": true}

// personNamed reports whether a word is a person's name hyphenated into
// one, as places and hospitals are named: "Henri-Mondor".
func personNamed(t token) bool {
	parts := strings.Split(t.fold, "-")
	return len(parts) >= 2 && lists().firstNames[parts[0]] && !lists().firstNames[parts[len(parts)-1]]
}

// demonymShaped reports whether a capitalised word reads as a demonym
// by its ending ("Brestois", "Lorientais", "Québécoise"), or is a
// listed one.
func demonymShaped(t token) bool {
	f := t.fold
	g := lists()
	if g.demonyms[f] {
		return true
	}
	if g.places[f] || g.firstNames[f] || g.surnames[f] || len(f) < 6 {
		return false
	}
	for _, e := range []string{"ois", "oise", "oises", "ais", "aise", "aises", "iens", "ienne", "iennes"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	if len(f) >= 8 && (strings.HasSuffix(f, "onne") || strings.HasSuffix(f, "onnes")) {
		return true // "la Bretonne Gaëlle Nohant", "la Wallonne"; not "Dionne Warwick"
	}
	return false
}

// startsFullName reports whether a known first name followed by another
// capitalised word starts at toks[i]: "Sophie Binet", "Oliver Laxe".
func startsFullName(toks []token, i int) bool {
	return i+1 < len(toks) && firstNameWord(toks[i]) && isCap(toks[i+1]) && toks[i+1].start <= toks[i].end+1
}

// particlesAt returns how many tokens from i form a particle that may sit
// inside a name ("de", "de la", "d'", "von", "für", "in der", "&").
// enIdioms follow "en" in a clause, not in a trade: "les médecins en
// grève", "les élus en colère", "les salariés en poste".
var enIdioms = map[string]bool{"greve": true, "colere": true, "cours": true, "charge": true, "difficulte": true, "danger": true, "ligne": true,
	"place": true, "vigueur": true, "tete": true, "fin": true, "question": true, "faveur": true, "raison": true, "effet": true, "revanche": true,
	"attente": true, "marge": true, "route": true, "direct": true, "contact": true, "hausse": true, "baisse": true, "service": true, "poste": true,
	"conge": true, "retraite": true, "vacances": true, "deplacement": true, "visite": true, "mission": true, "crise": true, "guerre": true,
	"detention": true, "prison": true, "liberte": true, "fuite": true, "urgence": true, "exil": true, "lice": true, "masse": true, "vue": true}

// nameParticles join Arabic and Berber names as "de" joins French ones,
// for the rules only (the model reads particles.txt): "Mohamed ould
// Abdelaziz", "Moussa ag Attaher", "Ahmed ibn Hanbal".
var nameParticles = map[string]bool{"ould": true, "ag": true, "ibn": true, "bint": true, "ter": true, "ten": true}

// articleJoined reports whether a word in lower case is an Arabic article
// joined to a capitalised name, part of a full name: "Bachar el-Assad",
// "Mohammad al-Chaar".
func articleJoined(t token) bool {
	if t.kind != word {
		return false
	}
	for _, p := range []string{"el-", "al-", "ad-", "ed-", "as-", "ash-", "ech-", "ez-", "az-", "at-", "et-"} {
		if rest, ok := strings.CutPrefix(t.text, p); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			return true
		}
	}
	return false
}

func particlesAt(toks []token, i int) int {
	g := lists()
	n := 0
	for i+n < len(toks) && n < 3 {
		t := toks[i+n]
		f := t.fold
		switch {
		case t.text == "&":
		case (t.kind == word && isLower(t) && (g.particles[f] || nameParticles[f])):
		case (f == "la" || f == "l'") && n > 0 && toks[i+n-1].fold == "de":
		default:
			return n
		}
		n++
	}
	return n
}

// acronymFollows reports whether "(ACR)" follows the capitalised words
// from..to or the lower-case words after them.
func acronymFollows(toks []token, from, to int) bool {
	for k := to; k < len(toks) && k < to+12; k++ {
		if toks[k].text == "(" {
			return k+2 < len(toks) && isAcronym(toks[k+1]) && toks[k+2].text == ")"
		}
		if toks[k].kind == punct {
			return false
		}
	}
	return false
}

// extendOrg runs an organisation's name on from toks[i] through adjectives
// and complements: "nationale de la sécurité des systèmes d'information".
// It returns the end and whether a capitalised word was crossed. With
// loose set (an acronym follows), "pour", "sur", "sans" complements may
// come after a capitalised one.
func extendOrg(toks []token, i int, loose bool) (int, bool) {
	g := lists()
	end, caps := i, false
	k := i
	// Adjectives right after the head, a demonym's included ("Parlement
	// wallon", "Sénat belge").
	for k < len(toks) && isLower(toks[k]) && (orgAdjective(toks[k]) || g.demonyms[toks[k].fold]) && !(k == i && participle(toks[k])) {
		k++
		end = k
	}
	afterWeak := false
	for k < len(toks) {
		p := toks[k].fold
		if toks[k].kind != word {
			break
		}
		if k > i && g.institutions[keyOf(toks, i-1, k)] {
			break // a listed institution takes no complement: "Assemblée nationale sur le vote"
		}
		if complementStops(toks, k, loose) {
			break // "au début du mois", "au Luxembourg" (spancut.go)
		}
		if p == "et" && afterWeak && isLower(toks[k]) && k+2 < len(toks) && articles[toks[k+1].fold] && isLower(toks[k+2]) && !g.stopwords[bare(toks[k+2])] && !infinitive(toks[k+2].fold) {
			// "pour la démocratie et la paix", "pour le redressement et
			// le développement": a party's aim has two nouns.
			j := k + 3
			for j < len(toks) && isLower(toks[j]) && looksAdjective(toks[j].text) {
				j++
			}
			k, end = j, j
			continue
		}
		if p == "et" && k > i && isLower(toks[k]) && k+1 < len(toks) && andComplement(toks, k+1) {
			// "ministère de l'Europe et des Affaires étrangères",
			// "Autorité de sûreté nucléaire et de radioprotection"; but
			// "Banque de France et de la BCE" are two.
			k++
			p = toks[k].fold
		}
		weak := p == "pour" || p == "sur" || p == "sans" || p == "contre"
		afterWeak = weak
		if p == "en" && k > i && isLower(toks[k]) && k+1 < len(toks) && isLower(toks[k+1]) && !g.stopwords[bare(toks[k+1])] && !infinitive(toks[k+1].fold) && !enIdioms[toks[k+1].fold] && (strings.HasSuffix(toks[k-1].fold, "s") || fieldNouns[toks[k-1].fold]) {
			// "Association des spécialistes en médecine d'urgence": a
			// trade after its practitioners (plural), no place or time.
			k += 2
			for k < len(toks) && isLower(toks[k]) && looksAdjective(toks[k].text) {
				k++ // "en santé mentale"
			}
			end = k
			continue
		}
		if j := placeInName(toks, k, loose); j > k {
			k, end = j, j // "Forces américaines en Corée (USFK)" (spancut.go)
			continue
		}
		if !(p == "de" || p == "du" || p == "des" && strings.ToLower(toks[k].text) == "des" || p == "d'" || p == "aux" || p == "au" || weak) {
			break // "dès" folds to "des" but joins nothing
		}
		if weak && !loose && !weakHeads[toks[i-1].fold] && !(p == "contre" && toks[k-1].fold == "lutte") {
			// "Banque africaine de développement pour la Côte d'Ivoire"
			// is two names; "de la Lutte contre les changements
			// climatiques" one domain of a ministry's name.
			break
		}
		j := k + 1
		if j < len(toks) && (toks[j].fold == "la" || toks[j].fold == "l'" || toks[j].fold == "les" || toks[j].fold == "le") && p != "d'" {
			j++
		}
		if j >= len(toks) || toks[j].kind != word || g.stopwords[bare(toks[j])] {
			break
		}
		if isLower(toks[j]) && (titleWords[toks[j].fold] || notComplements[toks[j].fold] || months[toks[j].fold] > 0 || weekdays[toks[j].fold] || infinitive(toks[j].fold)) {
			break // "le Conseil fédéral de neuf membres", "du premier ministre", "l'Assemblée de jouer un rôle"
		}
		if isCap(toks[j]) {
			if titleWords[toks[j].fold] {
				break // "du Premier ministre": a title, no complement
			}
			if !caps && end > i && (organOf(toks, i, k) || unitHeads[toks[i-1].fold]) && bodyAfter(toks, j) {
				break // "Conseil des gouverneurs de l'Université de Moncton": a body of another (spancut.go)
			}
			for j < len(toks) && isCap(toks[j]) {
				j++
			}
			caps = true
			for j < len(toks) && (looksAdjective(toks[j].text) && !participle(toks[j]) || placeAdjective(toks[j])) && isLower(toks[j]) {
				j++ // "du Valais romand"; not "de la Ville endeuillée"
			}
			k, end = j, j
			continue
		} else {
			j++
		}
		for j < len(toks) && isLower(toks[j]) && orgAdjective(toks[j]) {
			j++
		}
		k, end = j, j
	}
	if q := quotedTail(toks, end); q > end && end > i+1 && !caps {
		end = q // "Pôle de recherche national «Robotique»" (spancut.go)
	}
	if loose && !(end < len(toks) && toks[end].text == "(") {
		return i, false
	}
	return end, caps
}

// andComplement reports whether a second complement of an
// organisation's name starts at toks[k], after "et": "de", "du", "des"
// or "d'", then a word that is no acronym, place or other name of its
// own.
func andComplement(toks []token, k int) bool {
	g := lists()
	if p := toks[k].fold; !(p == "de" || p == "du" || p == "des" || p == "d'") || !isLower(toks[k]) {
		return false
	}
	j := k + 1
	if j < len(toks) && (toks[j].fold == "la" || toks[j].fold == "l'" || toks[j].fold == "les") {
		j++
	}
	if j >= len(toks) || toks[j].kind != word {
		return false
	}
	t := toks[j]
	if isLower(t) {
		return !g.stopwords[bare(t)]
	}
	return !isAcronym(t) && !g.places[t.fold] && !g.institutions[t.fold] && !g.proper[t.fold] && !firstNameWord(t)
}

// splitJoinedPlaces turns an unknown hyphenated word made of places
// ("Paris-Bordeaux") into one place per part.
func splitJoinedPlaces(toks []token, s span) []span {
	g := lists()
	t := toks[s.from]
	if s.to-s.from != 1 || !strings.ContainsRune(t.text, '-') || g.places.has(t.text) || s.typ == LOC {
		return []span{s}
	}
	if s.from > 0 && isLower(toks[s.from-1]) && articles[toks[s.from-1].fold] {
		return []span{s} // "la Croix-Rousse" is one place
	}
	parts := strings.Split(t.text, "-")
	for _, p := range parts {
		if !g.places.has(p) {
			return []span{s}
		}
	}
	if areaOfTowns(toks, s.from) {
		s.typ, s.why = LOC, whyJoinedPlaces
		return []span{s}
	}
	var out []span
	at := t.start
	for _, p := range parts {
		n := len([]rune(p))
		out = append(out, span{from: s.from, to: s.to, typ: LOC, runeStart: at, runeEnd: at + n, why: whyJoinedPlaces})
		at += n + 1
	}
	return out
}

// areaNouns name a district that two towns name together: "la compagnie
// de gendarmerie de Vitré-Fougères", "l'arrondissement de Metz-Thionville".
var areaNouns = map[string]bool{"compagnie": true, "arrondissement": true, "bassin": true, "agglomeration": true, "circonscription": true, "secteur": true, "district": true, "diocese": true, "bailliage": true}

// areaOfTowns reports whether the hyphenated towns at i name one area, not
// a route or a match between them: after an area noun and "de", or
// followed by their department in brackets ("Metz-Thionville (Moselle)",
// as "Amboise (Indre-et-Loire)" locates one town).
func areaOfTowns(toks []token, i int) bool {
	if i+3 < len(toks) && toks[i+1].text == "(" && toks[i+3].text == ")" && lists().regions[toks[i+2].fold] {
		return true
	}
	return i > 1 && isLower(toks[i-2]) && areaNouns[toks[i-2].fold] && strings.TrimSuffix(toks[i-1].fold, "'") == "de"
}

// initialsMatch reports whether the capitalised and content words of ws
// spell acr ("National Security Agency" → "NSA").
func initialsMatch(ws []token, acr string) bool {
	a := acronymLetters(acr)
	all, content := initials(ws)
	return a != "" && (all == a || content == a)
}

// initials returns the first letters of every word of ws (hyphenated parts
// count as words), folded, and those of its content words only, without
// function words and particles: "Agence nationale de la sécurité" gives
// "andls" and "ans". Link indexes names by them.
func initials(ws []token) (all, content string) {
	g := lists()
	var a, c strings.Builder
	for _, w := range ws {
		if w.kind != word {
			continue
		}
		for _, part := range strings.Split(w.fold, "-") {
			if part == "" {
				continue
			}
			first := []rune(part)[0]
			a.WriteRune(first)
			if !g.stopwords[strings.TrimSuffix(part, "'")] && !g.particles[part] {
				c.WriteRune(first)
			}
		}
	}
	return a.String(), c.String()
}

// acronymLetters returns the letters of an acronym, folded and in lower
// case: "G-7" gives "g", "N.S.A." gives "nsa".
func acronymLetters(acr string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, Fold(acr))
}
