package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylinePrefixes introduce a byline: "Par Jean Dupont", "By Jane Doe".
var bylinePrefixes = []string{
	"propos recueillis par", "recueillis par", "recueilli par", "recueillie par", "reporting by",
	"analysis by", "story by", "words by", "interview by", "commentary by", "opinion by", "written by", "rédigé par", "rédigée par",
	"écrit par", "écrite par", "un article de", "texte de", "texte",
	"auteur/autrice", "auteur·rice", "auteur·ice", "auteure", "auteurs", "auteur", "author", "par", "by",
}

// bylineSuffixes start the end of a byline that is not a name: "pour le
// service français", "à Paris", "for Reuters", "avec AFP".
var bylineSuffixes = []string{" pour ", " for ", " avec ", " with ", " à ", " in ", " depuis ", " from ", " (", " - ", " – ", " — ", " | "}

// nameParticles may sit inside a person's name.
var nameParticles = map[string]bool{
	"de": true, "du": true, "des": true, "d'": true, "d’": true, "la": true, "le": true,
	"van": true, "von": true, "der": true, "den": true, "di": true, "da": true,
	"del": true, "dos": true, "al": true, "el": true, "ben": true, "bin": true, "ibn": true,
}

// byline reads a line naming the article's authors and returns their
// names, or nil. Accepted: an optional prefix ("Par", "By"), then one or
// more person names separated by ",", "et", "and" or "&", then an optional
// tail that is not a name ("pour le service français", ", envoyé spécial à
// Kiev"). A person name is two to five words, each capitalised (hyphens,
// initials and particles like "de" allowed). The caller only asks about the
// lines next to the title or at the end of the text, never the middle.
func byline(s string) []string {
	if wordsUpTo(s, 16) > 16 || strings.ContainsAny(s, "!?\"«»“”") {
		return nil
	}
	s = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
	s = unbracket(strings.TrimSpace(strings.TrimRight(s, ". —–-|·•,")))
	prefixed := false
	lower := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(lower, p+" ") || strings.HasPrefix(lower, p+":") || strings.HasPrefix(lower, p+" :") {
			s = strings.TrimLeft(s[len(p):], " :\u00a0")
			prefixed = true
			break
		}
	}
	if prefixed && initialsRe.MatchString(s) {
		// "Par E.P.": a journalist who signs with initials.
		return []string{s + "."}
	}
	// "Par Martin Untersinger (avec Damien Leloup et Morgane Tual)".
	if i := strings.Index(s, " (avec "); i > 0 && strings.HasSuffix(s, ")") {
		if more := byline(s[i+7 : len(s)-1]); more != nil {
			s = s[:i] + ", " + strings.Join(more, ", ")
		}
	}
	for _, suf := range bylineSuffixes {
		if i := strings.Index(s, suf); i > 0 {
			s = s[:i]
		}
	}
	parts := splitNames(s)
	var names []string
	for i, p := range parts {
		p = trimAgency(strings.TrimSpace(p))
		if isPersonName(p) {
			names = append(names, p)
			continue
		}
		// "Par Jean Dupont, envoyé spécial": a tail after the names;
		// "Robert Burns, AP National Security Writer": a role.
		if i > 0 && i == len(parts)-1 && len(names) > 0 && (prefixed || namesRole(p)) {
			break
		}
		return nil
	}
	return names
}

// initialsRe matches a signature of initials, its last full stop
// trimmed: "E.P", "J.-M. D".
var initialsRe = regexp.MustCompile(`^\p{Lu}\.(?:\s?-?\p{Lu}\.){0,3}\s?\p{Lu}$`)

// trimAgency removes an agency ending a name: "ERIC TUCKER Associated
// Press" is Eric Tucker of the AP.
func trimAgency(p string) string {
	words := strings.Fields(p)
	for n := 1; n <= 2 && n < len(words); n++ {
		if agency(strings.Join(words[len(words)-n:], " ")) != "" {
			return strings.Join(words[:len(words)-n], " ")
		}
	}
	return p
}

// hasBylinePrefix reports a line starting with "Par", "By" or another
// of bylinePrefixes.
func hasBylinePrefix(s string) bool {
	s = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
	lower := strings.ToLower(unbracket(strings.TrimSpace(s)))
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(lower, p+" ") || strings.HasPrefix(lower, p+":") {
			return true
		}
	}
	return false
}

func splitNames(s string) []string {
	for _, sep := range []string{" et ", " and ", " & ", " ET ", " AND "} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	return strings.Split(s, ",")
}

// isPersonName reports two to five capitalised words, particles allowed
// inside: "Jean-Philippe Lefief", "Thomas de Maizière", "J. R. Smith".
func isPersonName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	// "Le Petit Courrier", "The Daily Post": a name starting with an
	// article is a title's or a paper's, not a person's.
	switch strings.ToLower(words[0]) {
	case "le", "la", "les", "l'", "l’", "the", "un", "une", "a", "an":
		return false
	}
	for i, w := range words {
		if nameParticles[strings.ToLower(w)] && i > 0 && i < len(words)-1 {
			continue
		}
		if !isNameWord(w) || notNameWords[fold(w)] || chromePhrases[fold(w)] || rubrics[fold(w)] || agencies[fold(w)] != "" || glued(w) {
			return false
		}
	}
	return true
}

// notNameWords are words of a byline or a page that are no part of a
// person's name: roles ("AP National Political Writer"), organisations
// ("European Space Agency"), buttons and labels ("View More Articles",
// "Partager Discussion").
var notNameWords = foldSet(
	"writer", "correspondent", "editor", "reporter", "staff", "columnist", "contributor",
	"photographer", "journalist", "journaliste", "correspondant", "correspondante",
	"envoyé", "envoyée", "spécial", "spéciale", "rédacteur", "rédactrice", "chef", "chroniqueur",
	"chroniqueuse", "photographe", "auteur", "auteure", "author", "agency", "agence", "university",
	"université", "institute", "institut", "news", "press", "presse", "media", "médias", "group",
	"groupe", "association", "council", "conseil", "department", "ministry", "ministère",
	"company", "inc", "ltd", "corp", "more", "articles", "article", "view", "read", "follow",
	"popular", "recent", "week", "learn", "sign", "login", "discussion", "commentaires",
	"comments", "newsletter", "actualités", "actualité", "infos", "twitter", "facebook",
	"linkedin", "instagram", "whatsapp", "tags", "rss", "home", "accueil", "retour",
	"par", "by", "corporation", "foundation", "fondation", "repository", "suite", "project",
	"development", "application", "software", "services", "systems", "technologies", "holdings",
	"copy", "copied", "link", "lien", "copier", "copié",
)

// roleWords name a journalist's position in a byline's tail.
var roleWords = foldSet("writer", "correspondent", "editor", "reporter", "columnist", "contributor",
	"journaliste", "correspondant", "correspondante", "envoyé", "envoyée", "rédacteur", "rédactrice",
	"chroniqueur", "chroniqueuse", "photographer", "photographe")

// namesRole reports a byline's tail naming a position ("AP National
// Security Writer", "envoyée spéciale à Kiev").
func namesRole(s string) bool {
	for _, w := range strings.Fields(fold(s)) {
		if roleWords[w] {
			return true
		}
	}
	return false
}

// glued reports a word made of two run together, as text copied from a
// page without its spaces gives ("AltoverosView"): a capital after five
// or more lower-case letters. "McCluney", "DeArdo", "MacKenzie" keep
// theirs closer to the start.
func glued(w string) bool {
	lower := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			if lower >= 5 {
				return true
			}
			lower = 0
		default:
			lower = 0
		}
	}
	return false
}

// isNameWord reports a capitalised word or an initial ("J.").
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			return false
		}
	}
	if strings.HasSuffix(w, ".") && letters > 2 {
		return false // "Washington." ends a sentence, it is no initial.
	}
	return true
}

// datelineRe matches the dateline opening an agency dispatch: "PEKIN
// (Reuters) - ", "Paris, 10 juillet (AFP) - ", "WASHINGTON — ".
var (
	datelineAgencyRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’. -]{1,40}?)\s*(?:,\s*([^()]{1,40}?))?\s*\(([^()]{2,30})\)\s*[-–—:]\s+`)
	datelineCapsRe   = regexp.MustCompile(`^(\p{Lu}[\p{Lu}'’. -]{2,40}?)\s*(?:,\s*([^()]{1,40}?))?\s*[-–—]\s+`)
)

// dateline is what an agency dateline says.
type datelineInfo struct {
	place, source, prefix string
	date                  date
	hasDate               bool
}

// dateline reads the dateline opening s. The place is kept as written,
// capitals included ("PEKIN"): title-casing it without a gazetteer to
// restore accents would misspell it ("Pekin" for Pékin). The agency in brackets must be a known
// one or an acronym, so "Paris (France) - " is no dateline.
func dateline(s, lang string) (datelineInfo, bool) {
	if m := datelineAgencyRe.FindStringSubmatch(s); m != nil {
		src := agency(strings.Split(m[3], "/")[0])
		if src == "" && isAcronym(m[3]) {
			src = m[3]
		}
		if src != "" && validPlace(m[1]) {
			info := datelineInfo{place: strings.TrimSpace(m[1]), source: src, prefix: m[0]}
			info.date, info.hasDate = datelineDate(m[2], lang)
			return info, true
		}
	}
	if m := datelineCapsRe.FindStringSubmatch(s); m != nil && validPlace(m[1]) && !strings.ContainsAny(m[1], ".") {
		info := datelineInfo{place: strings.TrimSpace(m[1]), prefix: m[0]}
		info.date, info.hasDate = datelineDate(m[2], lang)
		if m[2] != "" && !info.hasDate {
			return datelineInfo{}, false
		}
		return info, true
	}
	return datelineInfo{}, false
}

func datelineDate(s, lang string) (date, bool) {
	if s == "" {
		return date{}, false
	}
	d, _, ok := findDate(fold(s), lang)
	return d, ok
}

// validPlace reports one to four words, the first capitalised.
func validPlace(s string) bool {
	n := wordCount(s)
	r, _ := utf8.DecodeRuneInString(s)
	return n >= 1 && n <= 4 && unicode.IsUpper(r)
}

func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

var (
	// capsPlaceRe matches a place in capitals opening the first paragraph
	// without a dash, then the sentence ("BRUXELLES Le Comité…").
	capsPlaceRe = regexp.MustCompile(`^(\p{Lu}[\p{Lu}'’-]{3,}(?:[ -]\p{Lu}[\p{Lu}'’-]+){0,2})\s+(?:Le|La|Les|L['’]|Un|Une|Des|Il|Elle|Ils|Elles|On|Ce|Cette|Ces|Selon|Après|Depuis|Au|Aux|Du|D['’]|The|A|An|It|He|She|They)\s`)
	// titlePlaceRe matches a place in lower case opening the first
	// paragraph with a dash ("Londres - Manchester United…").
	titlePlaceRe = regexp.MustCompile(`^(\p{Lu}\p{Ll}+(?:(?:-| )(?:\p{Lu}\p{Ll}+|sur|en|de|du|la|le|les|d['’]\p{Lu}\p{Ll}+)){0,3})\s+[-–—]\s+\p{Lu}`)
	// envoyeRe matches a place and the reporter's position: "Berlin, de
	// notre envoyé spécial", "WASHINGTON, de notre correspondante".
	envoyeRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}),?\s+(?:de|par) not(?:re|s) (?:envoyée?s?|correspondante?s?)(?: spéciale?s?| permanente?s?)?(?:\s+(?:à|en|au)\s+\p{Lu}[\p{L}'’-]+)?\s*[.,:;–—-]?\s+`)
)

// notPlaces are capitalised words that open a sentence or label a text
// like a dateline's place would, and are none.
var notPlaces = foldSet("mise a jour", "exclusif", "urgent", "alerte", "video", "photos", "direct",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
	"aujourd hui", "selon", "ainsi", "enfin", "mais", "pourtant", "update", "breaking")

// plainDateline reads the dateline of a first paragraph that has no
// agency and no dash in capitals: "BRUXELLES Le Comité…", "Londres -
// Manchester United…", "Berlin, de notre envoyé spécial".
func plainDateline(s string) (datelineInfo, bool) {
	for _, re := range []*regexp.Regexp{envoyeRe, capsPlaceRe, titlePlaceRe} {
		m := re.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		place := s[m[2]:m[3]]
		if notPlaces[fold(place)] || rubrics[fold(place)] || agency(place) != "" {
			continue
		}
		prefix := s[:m[1]]
		if re != envoyeRe {
			// Up to the sentence: the dash and the spaces, not its first
			// word.
			prefix = s[:m[3]]
			rest := s[m[3]:]
			trimmed := strings.TrimLeft(rest, " \u00a0-–—")
			prefix += rest[:len(rest)-len(trimmed)]
		}
		return datelineInfo{place: place, prefix: prefix}, true
	}
	return datelineInfo{}, false
}

var (
	// bylineDateRe matches a byline with its date after it: "Par Jean
	// Dupont le 14.09.2020 à 11h46", "Rédigé par leral.net le Mercredi 19
	// Décembre 2018 à 09:38", "By Jane Doe on March 3, 2024".
	bylineDateRe = regexp.MustCompile(`(?i)^(.{2,80}?)\s+(?:le|on|,)\s+(.{6,60})$`)
	// dateBylineRe matches a date with its byline after it: "vendredi 13
	// juillet 2007 par AFP", "March 3, 2024 by Jane Doe".
	dateBylineRe = regexp.MustCompile(`(?i)^(.{6,60}?)\s+(?:par|by|-)\s+(.{2,80})$`)
	// siteNameRe matches a site's address used as a name: "leral.net".
	siteNameRe = regexp.MustCompile(`(?i)^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2,6})$`)
)

// datedByline reads a line that is a byline and a date together ("Par
// Jean Dupont le 14.09.2020 à 11h46", "vendredi 13 juillet 2007 par
// AFP", "Rédigé par leral.net le 19 décembre 2018"): the date, and the
// authors, or the source when the byline names an agency or a site
// rather than people. ok is false for any other line: both halves must
// read, the date as a date line, the byline with its prefix ("par",
// "by") as a byline, an agency or a site's address.
func datedByline(s, lang string) (d date, authors []string, source string, ok bool) {
	s = strings.TrimSpace(s)
	if wordsUpTo(s, 20) > 20 || strings.ContainsAny(s, "!?«»\"") {
		return date{}, nil, "", false
	}
	who := func(b string) ([]string, string, bool) {
		b = strings.TrimSpace(strings.TrimRight(b, " ,.|"))
		if names := byline(b); names != nil && hasBylinePrefix(b) {
			return names, "", true
		}
		lower := strings.ToLower(b)
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(lower, p+" ") {
				b = strings.TrimSpace(b[len(p):])
				break
			}
		}
		if src := agencies2(b); src != "" {
			return nil, src, true
		}
		if siteNameRe.MatchString(b) {
			return nil, b, true
		}
		return nil, "", false
	}
	if m := bylineDateRe.FindStringSubmatch(s); m != nil && hasBylinePrefix(m[1]) {
		if x, dok := dateLine(strings.TrimSpace(m[2]), lang); dok {
			if names, src, wok := who(m[1]); wok {
				return x, names, src, true
			}
		}
	}
	if m := dateBylineRe.FindStringSubmatch(s); m != nil {
		if x, dok := dateLine(strings.TrimSpace(m[1]), lang); dok {
			by := m[2]
			if !hasBylinePrefix(by) {
				by = "par " + by
			}
			if names, src, wok := who(by); wok {
				return x, names, src, true
			}
		}
	}
	return date{}, nil, "", false
}
