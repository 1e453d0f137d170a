package corpus

import (
	"regexp"
	"strings"
)

var (
	// sourceLabelRe matches "Source : La Dépêche du Midi", "Sources: AFP,
	// Reuters", "D'après AFP".
	sourceLabelRe = regexp.MustCompile(`(?i)^(?:sources?\s*:|sources?\s+(?:\p{Lu})|d['’]apr[eè]s\s)\s*(.{2,80})$`)
	// withAgencyRe matches "P.S. avec AFP", "Par Jean Dupont avec AFP", "La
	// rédaction with Reuters": an optional signature, then the agencies.
	withAgencyRe = regexp.MustCompile(`(?i)^(?:(.{0,60}?)[\s,]+)?(?:avec|with|and|et)\s+(?:l['’]\s*)?(?:agence\s+)?([\p{L} ,&]{2,40})$`)
	// sourceSuffixRe matches a source ending a paragraph: "... a-t-il dit.
	// (avec AFP)", "[avec AFP]", "(Source : Le Nouvel Obs)".
	sourceSuffixRe = regexp.MustCompile(`(?i)\s*[(\[]\s*((?:avec|with|sources?\s*:|d['’]apr[eè]s)\s*[^()\[\]]{2,60}?)\s*[)\]]\.?\s*$`)
)

// sourceLine reads a line that credits the article: its source ("Source :
// La Dépêche du Midi", "(avec AFP)", "[avec AFP]", "P.S. avec AFP") and
// its authors ("Rédigé par A et B", "Par A avec AFP"). ok reports a line
// that is only such a credit; the caller asks only about the lines at the
// edges of the text.
func sourceLine(s string) (source string, authors []string, ok bool) {
	s = strings.TrimSpace(s)
	if wordsUpTo(s, 16) > 16 {
		return "", nil, false
	}
	s = unbracket(strings.TrimRight(s, ". "))
	if m := sourceLabelRe.FindStringSubmatch(s); m != nil {
		v := strings.TrimRight(strings.TrimSpace(m[1]), ".")
		if src := agencies2(v); src != "" {
			return src, nil, true
		}
		if strings.HasPrefix(strings.ToLower(s), "d") || wordsUpTo(v, 8) > 8 || endsSentence(v) {
			return "", nil, false // "D'après lui, ..." is a sentence.
		}
		return v, nil, true
	}
	if m := withAgencyRe.FindStringSubmatch(s); m != nil {
		src := agencies2(m[2])
		if src == "" {
			return "", nil, false
		}
		sig := strings.TrimSpace(m[1])
		if sig == "" || wordsUpTo(sig, 6) <= 6 && !strings.ContainsAny(sig, "!?;:«»\"") {
			return src, byline(sig), true
		}
	}
	return "", nil, false
}

// agencies2 reads "AFP", "AFP et Reuters", "Reuters, AP" as the agencies'
// usual names joined by ", ", or "" when one is no agency.
func agencies2(s string) string {
	var names []string
	for _, p := range splitNames(strings.TrimSpace(s)) {
		a := agency(strings.TrimSpace(p))
		if a == "" {
			return ""
		}
		if !contains(names, a) {
			names = append(names, a)
		}
	}
	return strings.Join(names, ", ")
}

// sourceSuffix cuts a source ending a paragraph ("... a-t-il dit. (avec
// AFP)"); it returns the text left, the source and the part cut, or s
// unchanged and "".
func sourceSuffix(s string) (rest, source, cut string) {
	loc := sourceSuffixRe.FindStringSubmatchIndex(s)
	if loc == nil || loc[0] == 0 {
		return s, "", ""
	}
	src, _, ok := sourceLine(s[loc[2]:loc[3]])
	if !ok || src == "" {
		return s, "", ""
	}
	return strings.TrimSpace(s[:loc[0]]), src, strings.TrimSpace(s[loc[0]:])
}

// unbracket removes brackets around a whole line: "(avec AFP)", "[avec
// AFP]".
func unbracket(s string) string {
	if len(s) >= 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') {
		return strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

// rubrics are section names that open a line like a dateline's place
// ("RUGBY - Le XV de France...", "VIDÉO - ..."): a kicker, never a place.
var rubrics = foldSet(
	"sport", "sports", "football", "foot", "rugby", "tennis", "cyclisme", "basket",
	"basketball", "handball", "volley", "athletisme", "natation", "formule 1", "f1",
	"golf", "boxe", "judo", "ski", "voile", "moto", "auto", "jo", "ligue 1", "top 14",
	"politique", "economie", "eco", "societe", "culture", "monde", "international",
	"france", "faits divers", "fait divers", "justice", "sante", "science", "sciences",
	"tech", "high tech", "environnement", "planete", "climat", "education", "medias",
	"people", "musique", "cinema", "livres", "theatre", "television", "tele", "series",
	"video", "videos", "photo", "photos", "direct", "en direct", "live", "info", "infos",
	"exclusif", "exclusivite", "alerte", "urgent", "flash", "breaking", "enquete",
	"tribune", "edito", "editorial", "opinion", "interview", "entretien", "analyse",
	"decryptage", "portrait", "reportage", "chronique", "billet", "temoignage",
	"insolite", "meteo", "region", "local", "national", "europe", "economy", "business",
	"politics", "world", "exclusive", "analysis", "watch", "podcast", "document",
	"info franceinfo", "recit", "grand format", "bourse", "immobilier", "emploi",
)

// isRubric reports a section name: one of rubrics, or the page's own
// section (article:section).
func isRubric(s, section string) bool {
	k := fold(s)
	return rubrics[k] || section != "" && k == fold(section)
}

// rightsHolderRe matches a site's copyright notice: "©2006 20 minutes",
// "© Ouest-Info 2022", "Copyright © 2023 Le Petit Courrier. Tous droits
// réservés", "© Sciences et Avenir - Les contenus … sont soumis à …".
// Groups: the year before the name, the name, the year after it, the
// text after a separator (" - ", ", ", ". ").
var rightsHolderRe = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright)(?:\s*©)?\s*(\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([\p{L}\d][\p{L}\d'’ .&-]{1,48}?)(?:\s+(\d{4}))?(?:\s*(?:\s[-–|]|[,.])\s+(.*))?\s*$`)

// rightsHolder reads the outlet a copyright notice names ("©2006 20
// minutes" → "20 minutes"), or "". A site's notice gives a year or goes
// on after its name ("- Tous droits réservés", "- Les contenus du site
// …"); a photo's credit ("© Christophe Bortels", "© AFP") does neither
// and is no holder.
func rightsHolder(s string) string {
	m := rightsHolderRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || m[1] == "" && m[3] == "" && strings.TrimSpace(m[4]) == "" {
		return ""
	}
	name := strings.TrimSpace(strings.TrimRight(m[2], " .-"))
	k := fold(name)
	if k == "" || wordsUpTo(name, 5) > 5 || strings.HasPrefix(k, "tous droits") || strings.HasPrefix(k, "all rights") {
		return ""
	}
	return name
}

// pressWords are words of a newspaper's or a broadcaster's name.
var pressWords = foldSet(
	"journal", "presse", "courrier", "gazette", "tribune", "depeche", "nouvelliste",
	"quotidien", "hebdo", "soir", "matin", "monde", "parisien", "progres", "republicain",
	"express", "point", "figaro", "devoir", "soleil", "droit", "actualite", "actualites",
	"nouvelles", "echo", "echos", "telegramme", "provence", "voix", "midi", "liberation",
	"times", "post", "news", "herald", "guardian", "telegraph", "independent", "standard",
	"chronicle", "daily", "weekly", "radio", "tv", "television",
	"info", "infos", "magazine", "observateur", "obs", "huffington", "mediapart",
)

// outletUnder reads the line right under the title when it names a
// newspaper ("Le Journal de Montréal" under the headline of a story an
// aggregator republished): the story's source. It drops that line and
// returns the name, or "".
func outletUnder(ls []*line, titleKey string) string {
	if titleKey == "" {
		return ""
	}
	for i, l := range ls {
		if l.key != titleKey && fold(l.text) != titleKey {
			continue
		}
		next := nextBody(ls[i+1:])
		if next == nil || !isPressName(next.text) {
			return ""
		}
		next.drop(roleMeta)
		return next.text
	}
	return ""
}

// isPressName reports a newspaper's name: an outlet's name ("Le …",
// "The …", capitalised) with a word of the press in it.
func isPressName(s string) bool {
	if !isOutletName(s) || endsSentence(s) {
		return false
	}
	for _, w := range strings.Fields(fold(s)) {
		if pressWords[w] {
			return true
		}
	}
	return false
}
