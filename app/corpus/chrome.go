package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"lecteur/app/search"
)

// chromePhrases are whole lines that belong to a news site's page, not to
// its article: navigation, sharing buttons, section labels, footers. They are
// compared after folding (lower case, no accents, punctuation as spaces), so
// "Dernières Infos" matches "dernieres infos". The list is short on purpose:
// most chrome goes through the general rules (short lines at the edges,
// repeats, credits); this list catches what those rules cannot see in the
// middle of the text or next to the title.
var chromePhrases = foldSet(
	// French
	"rechercher", "recherche", "menu", "accueil", "services", "se connecter",
	"connexion", "s'abonner", "abonnez-vous", "je m'abonne", "newsletter",
	"partager", "partager sur facebook", "partager sur twitter", "imprimer",
	"envoyer", "envoyer par email", "commenter", "réagir", "publicité",
	"lire aussi", "à lire aussi", "voir aussi", "lire la suite",
	"sur le même sujet", "dans la même rubrique", "dernières nouvelles",
	"dernières infos", "dernière minute", "à la une", "les plus lus",
	"les plus partagés", "tous droits réservés", "mentions légales",
	"fermer", "suivez-nous", "plan du site", "retour en haut", "en direct",
	"vidéo", "contenus sponsorisés", "politique de confidentialité",
	"gérer les cookies", "aller au contenu", "sommaire", "commentaires",
	"signaler une erreur", "signaler un abus", "partager cet article",
	"écouter cet article", "offrir cet article", "ajouter à mes favoris",
	"article réservé aux abonnés", "réservé aux abonnés", "abonnés",
	"premium", "exclusif",
	// English
	"search", "home", "sign in", "log in", "subscribe", "share",
	"share this article", "print", "email", "advertisement", "related",
	"related articles", "read more", "read next", "most read", "most popular",
	"latest news", "breaking news", "top stories", "all rights reserved",
	"privacy policy", "terms of use", "cookie settings", "skip to content",
	"skip to main content", "follow us", "comments", "sponsored content",
)

// chromePrefixes start short lines that point elsewhere ("Lire aussi :
// Le G7 divisé") or label a section ("Dernières Infos - Cybersécurité").
var chromePrefixes = []string{
	"lire aussi", "a lire aussi", "voir aussi", "lire egalement",
	"a voir aussi", "dernieres infos", "dernieres nouvelles", "la suite apres",
	"read more", "read also", "see also", "related", "latest news",
	"advertisement", "publicite", "sponsorise",
}

// agencies are the news agencies recognised as an article's source in a
// dateline or a signature, with their usual spelling.
var agencies = map[string]string{
	"afp": "AFP", "reuters": "Reuters", "ap": "AP", "associated press": "AP",
	"ansa": "ANSA", "dpa": "DPA", "efe": "EFE", "belga": "Belga", "ats": "ATS",
	"xinhua": "Xinhua", "bloomberg": "Bloomberg", "kyodo": "Kyodo",
	"yonhap": "Yonhap", "upi": "UPI", "anadolu": "Anadolu", "tass": "TASS",
	"ria novosti": "RIA Novosti", "apf": "APF", "pa": "PA",
	"keystone ats": "Keystone-ATS", "keystone sda": "Keystone-SDA",
}

// photoAgencies are the picture agencies and libraries credits name; they
// mark a credit but are never an article's source.
var photoAgencies = foldSet(
	"getty", "getty images", "shutterstock", "istock", "istockphoto", "abaca",
	"abacapress", "maxppp", "sipa", "sipa press", "hans lucas", "epa", "epa efe",
	"picture alliance", "bestimage", "leemage", "divergence", "andia", "hemis",
	"alamy", "unsplash", "wikimedia commons", "ap photo", "afp photo",
	"le pictorium", "icon sport", "dppi",
)

// creditNamesAgency reports whether s names a news or picture agency, as a
// word or, for picture agencies of several words, as a phrase.
func creditNamesAgency(s string) bool {
	if namesAgency(s) {
		return true
	}
	k := " " + fold(s) + " "
	for a := range photoAgencies {
		if strings.Contains(k, " "+a+" ") {
			return true
		}
	}
	return false
}

// agency returns the canonical name of a news agency, or "".
func agency(s string) string {
	return agencies[strings.TrimPrefix(fold(s), "the ")]
}

var (
	// rightsRe matches a rights notice at the end of a line, alone or after
	// the article's last sentence.
	rightsRe = regexp.MustCompile(`(?i)(?:^|\s+)(?:(?:©|\(c\)|copyright)[^.]{0,60}[.-]?\s*)?(?:tous droits (?:de reproduction )?(?:et de (?:représentation|diffusion) )?r[ée]serv[ée]s|all rights reserved)\s*\.?\s*$`)
	// rightsPhraseRe finds a rights notice anywhere in a line.
	rightsPhraseRe = regexp.MustCompile(`(?i)tous droits (?:de reproduction )?(?:et de (?:représentation|diffusion) )?r[ée]serv[ée]s|all rights reserved`)
	// stampRe matches a publication stamp without a full date: "Publié
	// aujourd'hui à 10h05, mis à jour à 11h20", "Updated 2 hours ago".
	stampRe = regexp.MustCompile(`(?i)^[,;]?\s*(?:publi[ée]e?|mis à jour|mise à jour|modifi[ée]e?|updated|published|posted|last updated)(?:\s|:|$)`)
	// readingTimeRe matches "Temps de lecture : 3 min", "Lecture 2 min.",
	// "4 min read", "Reading time: 2 minutes", and the label alone
	// ("Temps de lecture :", its time on the next line).
	readingTimeRe = regexp.MustCompile(`(?i)^(?:(?:(?:temps de )?lecture|reading time)\s*:?\s*\d+\s*min(?:utes?)?|\d+\s*min(?:utes?)?\s*(?:read|de lecture)|(?:temps de lecture|reading time)\s*:)\.?$`)
	// urlLineRe matches a line that is only a web address.
	urlLineRe = regexp.MustCompile(`^(?:https?://|www\.)\S+$`)
	// copyrightLineRe matches a line that is only a copyright notice.
	copyrightLineRe = regexp.MustCompile(`(?i)^(?:©|\(c\)\s|copyright\b)`)
	// creditLineRe matches a line that is only a photo credit.
	creditLineRe = regexp.MustCompile(`(?i)^(?:photos?|cr[ée]dits?(?: photos?)?|credits?|illustration|©)(?:\s|:|/|$)`)
	// creditSuffixRe matches a photo credit ending a caption: "... - DENIS
	// CHARLET / AFP", "... Le Drian. Photo d'archives AFP",
	// ".../Photo d'archives/REUTERS/Kacper Pempel", "(Photo AFP)".
	creditSuffixRe = regexp.MustCompile(`(?i)(?:[.!?»"]\s+|\s*/\s*|\s*\(\s*|\s+[-–—]\s+)(?:photos?|cr[ée]dits?(?: photos?)?|credits?|illustration|©)(?:\s|:|/)[^.!?]{0,80}$|\s+cr[ée]dits? photos?\s*:[^.!?]{1,80}$`)
	// nameCreditRe matches "- NAME / AGENCY" ending a caption.
	nameCreditRe = regexp.MustCompile(`\s+[-–—]\s+\p{Lu}[\p{L}'’. -]{1,60}\s*/\s*\p{Lu}[\p{L}. -]{1,30}\)?$`)
	// parenCreditRe matches a credit in brackets ending a caption: "( AFP
	// / FABRICE COFFRINI )", "(Reuters/Kacper Pempel)", "(AFP/Archives)".
	parenCreditRe = regexp.MustCompile(`\s*[(\[]\s*[^()\[\]]{1,60}?\s*/\s*[^()\[\]]{1,60}?\s*[)\]]\s*$`)
	// slashCreditRe matches "NAME / AGENCY" or "AGENCY / NAME" ending a
	// caption after its last sentence: "... à Genève. FABRICE COFFRINI / AFP".
	slashCreditRe = regexp.MustCompile(`(?:[.!?»"]\s+|\s+[-–—|]\s+)\p{Lu}[\p{L}'’. -]{1,60}?\s*/\s*\p{Lu}[\p{L}'’. -]{1,60}$`)
	// rightsCreditRe matches a rights notice and its credit ending a
	// caption: "... inattendue - Tous droits réservés Captures d'écran
	// sur X", "... - All rights reserved AP Photo".
	rightsCreditRe = regexp.MustCompile(`(?i)\s+[-–—|]\s+(?:©\s*)?(?:tous droits réservés|all rights reserved)\b.{0,100}$`)
	// viaCreditRe matches "NAME via Getty Images" ending a caption, or a
	// whole line.
	viaCreditRe = regexp.MustCompile(`(?:^|[.!?»"]\s+|\s+[-–—|]\s+|\s+)(?:\p{Lu}(?:[\p{L}'’-]+|\.)\s+){1,4}(?:via|for|pour)\s+\p{Lu}[\p{L}'’. /-]{1,60}$`)
	// signatureRe matches an agency signature closing an article: "P.S.
	// avec AFP", "(avec Reuters)", "Source : AFP", "With AP".
	signatureRe = regexp.MustCompile(`(?i)^(?:([^!?]{0,40}?)\s*)?\(?(?:avec|with|source\s*:|sources\s*:|d'après|d’après)\s+([\p{L} ]{2,20}?)\)?\.?$`)
)

// stripRights removes a trailing rights notice; it returns the text left and
// the notice removed.
func stripRights(s string) (string, string) {
	if !mayHaveRights(s) {
		return s, ""
	}
	loc := rightsRe.FindStringIndex(s)
	if loc == nil {
		return s, ""
	}
	return strings.TrimSpace(s[:loc[0]]), strings.TrimSpace(s[loc[0]:])
}

// mayHaveRights is a cheap filter before the rights patterns: "réservés"
// and "reserved" both hold "serv".
func mayHaveRights(s string) bool {
	return strings.Contains(s, "serv") || strings.Contains(s, "SERV") || strings.Contains(s, "Serv")
}

// creditMarks are the strings one of which every credit holds; a line
// without any is not searched with the credit patterns.
var creditMarks = []string{"/", "©", "hoto", "HOTO", "rédit", "RÉDIT", "redit", "REDIT", "llustration", "LLUSTRATION", "via ", "VIA ", " for ", " pour "}

func mayHaveCredit(s string) bool {
	for _, m := range creditMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// creditPatterns returns, in the order stripCredit tries them, the credit
// patterns that may match the tail t of a line: each needs marks that
// most lines of prose lack ("/", a credit word after the last full stop,
// "via" followed by names only), and Go's regexp tries every start of a
// pattern anchored at the end, so a line without them is not searched
// (the build reads every paragraph of 10,000 pages through these).
func creditPatterns(t string) []*regexp.Regexp {
	var res []*regexp.Regexp
	slash := strings.Contains(t, "/")
	if slash && strings.ContainsAny(t, "-–—") {
		res = append(res, nameCreditRe)
	}
	if mayHaveCreditWord(t) {
		res = append(res, creditSuffixRe)
	}
	if slash {
		if end := strings.TrimRight(t, " \t\n\f\r"); strings.HasSuffix(end, ")") || strings.HasSuffix(end, "]") {
			res = append(res, parenCreditRe)
		}
		res = append(res, slashCreditRe)
	}
	if mayHaveVia(t) {
		res = append(res, viaCreditRe)
	}
	return res
}

// creditWords are creditSuffixRe's words, lower-case.
var creditWords = []string{"photo", "crédit", "credit", "illustration", "©"}

// mayHaveCreditWord reports a credit word after the last '.', '!' or '?'
// of t, as creditSuffixRe needs: its words are followed by no end of
// sentence.
func mayHaveCreditWord(t string) bool {
	if i := strings.LastIndexAny(t, ".!?"); i >= 0 {
		t = t[i:]
	}
	t = strings.ToLower(t)
	for _, w := range creditWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// mayHaveVia reports "via", "for" or "pour" followed by a space in the
// part of t that ends it and holds only what viaCreditRe allows after
// them (letters, spaces, ' ’ . / -).
func mayHaveVia(t string) bool {
	i := len(t)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:i])
		if !unicode.IsLetter(r) && !strings.ContainsRune("'’. /-\t\n\f\r", r) {
			break
		}
		i -= size
	}
	t = t[i:]
	for _, w := range [...]string{"via", "for", "pour"} {
		for j := 0; ; {
			k := strings.Index(t[j:], w)
			if k < 0 {
				break
			}
			j += k + len(w)
			if j < len(t) && strings.IndexByte(" \t\n\f\r", t[j]) >= 0 {
				return true
			}
		}
	}
	return false
}

// creditTail is how far from a line's end a credit may start.
const creditTail = 160

// stripCredit removes a photo credit ending a caption; it returns the text
// left and the credit removed. A full stop before "Photo" stays with the
// caption.
func stripCredit(s string) (string, string) {
	// Credits are short and end the line: search only its tail.
	from := 0
	if len(s) > creditTail {
		from = len(s) - creditTail
		for from < len(s) && !utf8.RuneStart(s[from]) {
			from++
		}
	}
	if mayHaveRights(s) {
		if loc := rightsCreditRe.FindStringIndex(s); loc != nil && loc[0] > 0 {
			return strings.TrimSpace(s[:loc[0]]), strings.TrimSpace(s[loc[0]:])
		}
	}
	tail := s[from:]
	if !mayHaveCredit(tail) {
		return s, ""
	}
	for _, re := range creditPatterns(tail) {
		loc := re.FindStringIndex(tail)
		if loc == nil || from+loc[0] == 0 {
			continue
		}
		if (re == parenCreditRe || re == slashCreditRe || re == viaCreditRe) && !creditNamesAgency(s[from+loc[0]:]) {
			continue
		}
		cut := from + loc[0]
		if r, size := utf8.DecodeRuneInString(s[cut:]); strings.ContainsRune(".!?»\"", r) {
			cut += size
		}
		rest, credit := strings.TrimSpace(s[:cut]), strings.TrimSpace(s[cut:])
		if rest != "" {
			return rest, credit
		}
	}
	return s, ""
}

// isCreditLine reports a line that is only a credit, a copyright or a
// rights notice ("Tous droits réservés – L'Écho 2023").
// "Crédit Agricole a publié..." is not one: a credit line also has a ":",
// a "/", a "©" or names a news agency.
func isCreditLine(s string) bool {
	if wordsUpTo(s, 12) > 12 {
		return false
	}
	if copyrightLineRe.MatchString(s) || mayHaveRights(s) && rightsPhraseRe.MatchString(s) {
		return true
	}
	if creditLineRe.MatchString(s) && (strings.ContainsAny(s, ":/©") || namesAgency(s)) {
		return true
	}
	// "LUDOVIC MARIN / AFP", "AFP/Archives", "( AFP / NAME )": names
	// around a slash, with an agency and no sentence.
	if strings.Contains(s, "/") && creditNamesAgency(s) && wordsUpTo(s, 8) <= 8 && !endsSentence(s) {
		return true
	}
	// "Chip Somodevilla via Getty Images", "Getty Images".
	if wordsUpTo(s, 10) <= 10 && creditNamesAgency(s) && !namesAgency(s) && !endsSentence(s) {
		return true
	}
	return viaCreditRe.MatchString(s) && creditNamesAgency(s) && wordsUpTo(s, 10) <= 10
}

// namesAgency reports whether one of the words of s is a news agency.
func namesAgency(s string) bool {
	for _, w := range strings.Fields(fold(s)) {
		if agencies[w] != "" {
			return true
		}
	}
	return false
}

// signature returns the agency named by a closing signature line, or "".
func signature(s string) string {
	if wordsUpTo(s, 8) > 8 {
		return ""
	}
	m := signatureRe.FindStringSubmatch(s)
	if m == nil || wordsUpTo(m[1], 4) > 4 {
		return ""
	}
	return agency(m[2])
}

// isChrome reports a line from the site rather than the article: a chrome
// phrase, a short line starting with a chrome prefix, a breadcrumb, a
// publication stamp without a date ("Publié aujourd'hui à 10h05"), a
// reading time, a lone web address.
func isChrome(s string) bool {
	if isNotice(s) {
		return true
	}
	if wordsUpTo(s, 12) > 12 {
		return false
	}
	k := fold(s)
	if k == "" {
		return true
	}
	if chromePhrases[k] {
		return true
	}
	if stampRe.MatchString(s) && !endsSentence(s) || readingTimeRe.MatchString(s) || urlLineRe.MatchString(s) {
		return true
	}
	if shareBar(k) {
		return true
	}
	for _, p := range chromePrefixes {
		if k == p || strings.HasPrefix(k, p+" ") {
			return true
		}
	}
	return isBreadcrumb(s)
}

// shareWords are the buttons of a sharing bar.
var shareWords = foldSet(
	"partager", "partagez", "share", "discussion", "commenter", "commentaires", "comments",
	"réagir", "facebook", "twitter", "x", "flipboard", "send", "envoyer", "linkedin",
	"messenger", "bluesky", "telegram", "threads", "whatsapp", "pinterest", "reddit",
	"email", "e", "mail", "mails", "imprimer", "print", "copier", "copy", "lien", "link",
	"tweet", "tweeter", "instagram", "tiktok", "youtube", "snapchat", "sms", "viadeo",
	"google", "sauvegarder", "save", "favoris", "recommander", "tumblr", "mastodon",
)

// shareBar reports a folded line made only of sharing buttons
// ("Facebook Twitter Flipboard Send Linkedin Messenger", "Partager
// Discussion").
func shareBar(k string) bool {
	words := strings.Fields(k)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if !shareWords[w] {
			return false
		}
	}
	return true
}

// isBreadcrumb reports a trail like "Accueil > Monde > Asie" or
// "Économie | Entreprises": two or more short parts separated by a
// breadcrumb mark.
func isBreadcrumb(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(">›»|•·", r) })
	named, long := 0, 3
	if len(parts) >= 3 {
		// A menu bar: "Accueil | Actualités | Sports | … | Contact |".
		long = 4
	}
	for _, p := range parts {
		switch n := wordCount(p); {
		case n == 0 && strings.TrimSpace(strings.Trim(p, ".…-–— ")) == "":
			// "…" between menu entries.
		case n == 0 || n > long:
			return false
		default:
			named++
		}
	}
	return named >= 2
}

// isShort reports a short line without sentence punctuation at its end: a
// menu entry, a section name, a button. At the edges of the text such lines
// are chrome; in the middle they are sub-headings and are kept.
func isShort(s string) bool {
	return wordsUpTo(s, 3) <= 3 && !endsSentence(s)
}

// endsSentence reports whether s ends like a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \u00a0\u202f")
	if s == "" {
		return false
	}
	r := []rune(s[max(0, len(s)-4):])
	switch r[len(r)-1] {
	case '.', '!', '?', '…', '»', '"', '”', ';', ':', '。', '！', '？':
		return true
	}
	return false
}

// hasCJK reports Chinese, Japanese or Korean letters, written without
// spaces between words: word counts say little about such a line.
func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)) {
			return true
		}
	}
	return false
}

// isBodyLike reports a line that reads like an article paragraph.
func isBodyLike(s string) bool {
	n := wordsUpTo(s, 25)
	return n >= 25 || (n >= 10 && endsSentence(s))
}

// wordCount counts the words of s: runs of letters or digits, an apostrophe
// or hyphen inside a word keeping it whole.
func wordCount(s string) int {
	return countWords(s, -1)
}

// wordsUpTo counts the words of s up to limit+1: enough to compare with
// limit without reading a long line to its end.
func wordsUpTo(s string, limit int) int {
	return countWords(s, limit+1)
}

func countWords(s string, stop int) int {
	n := 0
	in := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !in {
				n++
				if n == stop {
					return n
				}
			}
			in = true
		} else if !(in && (r == '\'' || r == '’' || r == '-')) {
			in = false
		}
	}
	return n
}

// fold is the comparison key of a line: each letter folded as everywhere
// else (search.FoldRune: lower case, accents removed), every run of
// non-letters and non-digits turned into one space.
func fold(s string) string {
	buf := make([]byte, 0, len(s))
	space := false
	for _, r := range s {
		switch {
		case r < 0x80:
			switch {
			case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			case r >= 'A' && r <= 'Z':
				r += 'a' - 'A'
			default:
				space = true
				continue
			}
			if space && len(buf) > 0 {
				buf = append(buf, ' ')
			}
			space = false
			buf = append(buf, byte(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && len(buf) > 0 {
				buf = append(buf, ' ')
			}
			space = false
			buf = append(buf, search.FoldRune(r)...)
		case unicode.Is(unicode.Mn, r):
			// A combining accent: dropped.
		default:
			space = true
		}
	}
	return string(buf)
}

func foldSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[fold(w)] = true
	}
	return m
}
