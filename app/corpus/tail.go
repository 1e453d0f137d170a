package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What ends an article. After its last paragraph a news page goes on with
// boxes of its own: the author's biography, a newsletter's box, the
// comment form, teasers of other articles, the site's footer. The rules
// here find where those start, so the text ends with the article's own
// last paragraph; they look at the shape of a line and at short lists of
// common French and English phrases, never at one site.

// tailNoticeRes match, on a folded line, a box that follows the article
// on a news page and after which the page holds no more of it: the
// author's biography ("About the author"), a newsletter's box ("Pour ne
// rien manquer de l'actualité économique", "Cet article est paru dans
// notre newsletter"), a notice of a paywall's account sharing ("Vous
// pouvez lire … sur un seul appareil à la fois"), the comment count
// ("Commentaire 0"), teasers of other articles ("Recommandés pour vous",
// "Aussi dans l'actualité", "Articles connexes"). cutTail ends the text
// at one in the text's second half.
var tailNoticeRes = []*regexp.Regexp{
	regexp.MustCompile(`^(?:about the (?:author|authors|writer)|a propos (?:de l auteure?|des auteurs)|l auteure?|les auteurs|author bio|biographie de l auteure?)$`),
	regexp.MustCompile(`^pour ne (?:rien )?(?:manquer|rater) (?:de |rien de )?l actualite\b`),
	regexp.MustCompile(`^cet article (?:est paru|a ete publie|a paru) dans (?:notre|la) (?:newsletter|lettre)\b`),
	regexp.MustCompile(`^(?:vous (?:ne )?pouvez (?:ne )?lire .{1,60} (?:que )?sur un seul appareil a la fois|you can (?:only )?read .{1,40} on one device at a time)`),
	regexp.MustCompile(`^(?:commentaires? \d+|comments? \d+|(?:il n y a )?(?:actuellement |encore |pas encore d )?(?:aucun )?commentaires?(?: pour (?:le moment|l instant)| (?:concernant|sur|pour) cet article)|(?:there are )?no comments yet)$`),
	regexp.MustCompile(`^(?:(?:recommandes?|recommande) pour vous$|(?:aussi|egalement) dans l actualite$|dans l actualite$|articles? connexes$|a lire (?:egalement|aussi) sur\b|(?:more|other) (?:news|stories) (?:from|in|on)\b|(?:continuer|continuez) (?:votre lecture|a lire) avec\b)`),
}

// pollRe matches a reader's poll after the article: "Le vote : Qui sera
// champion ?", "Sondage : faut-il interdire les trottinettes ?".
var pollRe = regexp.MustCompile(`(?i)^(?:le |notre |votre )?(?:vote|sondage|quiz|poll)\s*:\s*.{3,100}\?$`)

// isTailNotice reports a line after which a page holds no more of its
// article (see tailNoticeRes), or a reader's poll.
func isTailNotice(s string) bool {
	if wordsUpTo(s, maxNoticeWords) > maxNoticeWords {
		return false
	}
	if pollRe.MatchString(strings.TrimSpace(s)) {
		return true
	}
	k := fold(strings.TrimRight(s, " :"))
	for _, re := range tailNoticeRes {
		if re.MatchString(k) {
			return true
		}
	}
	return false
}

// gluedTail splits a line whose end is a label of the page's next box,
// glued to the text before it when the page was copied ("… mis niks meer
// van de sterren.Aussi dans l'actualité"): it returns the text before the
// label and true, or s and false. The label starts with a capital right
// after the end of a sentence, without a space.
func gluedTail(s string) (string, bool) {
	for i := 1; i < len(s); i++ {
		if !utf8.RuneStart(s[i]) {
			continue
		}
		if p, _ := utf8.DecodeLastRuneInString(s[:i]); !strings.ContainsRune(".!?»", p) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			continue
		}
		if tail := s[i:]; isTailNotice(tail) || isEndLabel(tail) {
			return strings.TrimSpace(s[:i]), true
		}
	}
	return s, false
}

// readOnRe matches a link to the rest of the article glued to the end of
// a teaser's last paragraph: "… le [...] Lire la suite", "… Read more".
var readOnRe = regexp.MustCompile(`(?i)\s*[-–—|›»>→]?\s*(?:lire la suite|la suite|continuer (?:la|ma) lecture|lire l['’]article(?: complet)?|read (?:more|the full (?:story|article))|continue reading)\s*(?:[.…>›»→]+)?\s*$`)

// cutReadOn removes a "Lire la suite" ending a paragraph; it returns the
// text left and what was cut, or s and "". A paragraph that is only the
// link is chrome, not this.
func cutReadOn(s string) (string, string) {
	loc := readOnRe.FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return s, ""
	}
	rest := strings.TrimSpace(s[:loc[0]])
	if wordCount(rest) < 5 {
		return s, ""
	}
	return rest, strings.TrimSpace(s[loc[0]:])
}

// footerWords are the entries of a site's footer menu.
var footerWords = foldSet(
	"a propos", "qui sommes nous", "plan du site", "contact", "contactez nous", "nous contacter",
	"mentions legales", "cgu", "cgv", "conditions generales", "conditions d utilisation",
	"politique de confidentialite", "confidentialite", "donnees personnelles", "cookies",
	"publicite", "annonceurs", "faq", "questions reponses", "aide", "recrutement", "emploi",
	"about", "about us", "contact us", "sitemap", "site map", "privacy", "privacy policy",
	"terms", "terms of use", "terms of service", "advertise", "careers", "help",
)

// isFooterMenu reports a site's footer menu on one line, its entries
// separated by " - ", "|", "•" or "·" ("www.225.ci - A propos - Plan du
// site - Questions / Réponses © 2023"): three parts or more, each short
// and ending no sentence, two of them footer entries.
func isFooterMenu(s string) bool {
	if wordsUpTo(s, 30) > 30 {
		return false
	}
	parts := strings.FieldsFunc(strings.ReplaceAll(s, " - ", "|"), func(r rune) bool { return strings.ContainsRune("|•·", r) })
	if len(parts) < 3 {
		return false
	}
	known := 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if wordsUpTo(p, 6) > 6 || endsSentence(p) && !strings.HasSuffix(p, "?") {
			return false
		}
		k := fold(strings.TrimSpace(strings.TrimFunc(p, func(r rune) bool { return r == '©' || unicode.IsDigit(r) || unicode.IsSpace(r) })))
		if footerWords[k] {
			known++
		}
	}
	return known >= 2
}

// contributorRe matches a note after an article naming who helped with
// it: "—Associated Press writer John Leicester in Paris contributed to
// this report.", "With files from The Associated Press", "Jane Doe
// contributed reporting.", "Avec la contribution de …".
var contributorRe = regexp.MustCompile(`(?i)^[\s—–-]*(?:.{2,120}\bcontributed (?:to this (?:report|story|article)|reporting|additional reporting)\b.{0,60}|with files from\b.{2,120}|(?:additional )?reporting by\b.{2,120}|avec la (?:contribution|collaboration) de\b.{2,120})$`)

// agencyCreditsRe matches an agency's credits after its dispatch, longer
// than other contributors' notes: "Reporting by A in Beirut and B in The
// Hague; Writing by B; Editing by C".
var agencyCreditsRe = regexp.MustCompile(`(?i)^[\s—–-]*(?:additional )?reporting by\b.{2,300};\s*(?:writing|editing) by\b.{2,200}$`)

// isContributorNote reports a contributors' note (see contributorRe).
func isContributorNote(s string) bool {
	s = strings.TrimSpace(s)
	return wordsUpTo(s, 30) <= 30 && contributorRe.MatchString(s) || wordsUpTo(s, 60) <= 60 && agencyCreditsRe.MatchString(s)
}

// teaserCard reports, at the end of the text, a teaser of another
// article: a short paragraph cut by a machine ("… alternent entre le bon
// et le ...", the dots after a space) right under a line that reads like
// a headline. A teaser ending an article that is itself cut ("… le
// [...]", a syndicated excerpt) follows a paragraph, not a headline, and
// stays; so does a last paragraph ending in suspense ("… et puis…").
func teaserCard(l, above *line) bool {
	if above == nil || !cutShort(l.text) || wordsUpTo(l.text, 40) > 40 {
		return false
	}
	if above.role == roleCaption {
		// A headline shown twice (dedupe made the first a caption).
		return titleEnd(above.text) && wordsUpTo(above.text, edgeLinkWords) <= edgeLinkWords
	}
	return above.role == roleBody && titleEnd(above.text) && !isBodyLike(above.text) && wordsUpTo(above.text, edgeLinkWords) <= edgeLinkWords
}

// cutShort reports a text cut by a machine: it ends with dots after a
// space ("le ...", "le …").
func cutShort(s string) bool {
	s = strings.TrimRight(s, " \u00a0")
	return strings.HasSuffix(s, " ...") || strings.HasSuffix(s, " …") || strings.HasSuffix(s, "\u00a0...") || strings.HasSuffix(s, "\u00a0…")
}

// dropMarkedRun drops, at the end of the text, a list of news items or
// links each opening with a pictograph or an arrow ("🔴 Lévis - 9h05 -
// …", "🟢 Fermeture du pont …", "► …"): ls[i] and the body lines above it
// that open with a mark of the same kind, when there are two or more. A
// list of bullets or dashes may be the article's own and stays.
func dropMarkedRun(ls []*line, i int) bool {
	if !leadMark(ls[i].text) {
		return false
	}
	run := []*line{ls[i]}
	for j := i - 1; j >= 0; j-- {
		m := ls[j]
		if m.role != roleBody && m.role != roleCaption {
			continue
		}
		if m.role != roleBody || !leadMark(m.text) {
			break
		}
		run = append(run, m)
	}
	if len(run) < 2 {
		return false
	}
	for _, m := range run {
		m.drop(roleGone)
	}
	return true
}

// leadMark reports a line opening with a pictograph or an arrow.
func leadMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.So, r) || strings.ContainsRune("►▶→➜➤", r)
}

// above returns the nearest line above ls[i] that is in the text, as
// body or caption, or nil.
func above(ls []*line, i int) *line {
	for j := i - 1; j >= 0; j-- {
		if ls[j].role == roleBody || ls[j].role == roleCaption {
			return ls[j]
		}
	}
	return nil
}

// otherWords are stop words of Dutch and German, the other languages of
// the sites of Belgium, Switzerland and Luxembourg, that French and
// English do not use: a promotion of the group's other titles in one of
// them ends a French page.
var otherWords = foldSet("een", "het", "van", "niet", "tot", "dat", "kan", "maak", "ook", "voor",
	"meer", "niks", "geen", "wordt", "zijn", "der", "die", "das", "und", "nicht", "mit", "für",
	"ist", "ein", "eine", "auf", "sich", "auch", "oder", "wir", "ihr")

// foreignLine reports, in an article in French or English, a line in
// another language: two of its words at least are Dutch or German stop
// words, and none is a stop word of the article's language.
func foreignLine(s, lang string) bool {
	own := frenchWords
	if lang == "en" {
		own = englishWords
	}
	other := 0
	for _, w := range strings.Fields(fold(s)) {
		if own[w] {
			return false
		}
		if otherWords[w] {
			other++
		}
	}
	return other >= 2
}

// pullQuote reports a paragraph shown as a pull quote: a sentence, and
// the next line is only its speaker's name ("Javier López", "— Jane
// Roe"), as a quote box sets it. The article repeats the paragraph
// further on, where it belongs. A table's cells ("17", then a driver's
// name) are no pull quote.
func pullQuote(ls []*line, i int) bool {
	if !isBodyLike(ls[i].text) {
		return false
	}
	n := nextBodyAt(ls, i+1)
	if n < 0 {
		return false
	}
	t := strings.TrimLeft(ls[n].text, "—–-― ")
	return !hasBylinePrefix(t) && isPersonName(t)
}

// maxCaptionWords is the longest text read as a photo's caption when a
// credit ends it.
const maxCaptionWords = 45

// deskInitialsRe matches an agency's signature with its desk's initials
// in lower case: "(ats/nxp)", "(AFP/jlb)", "(Belga/mm)". A photo's credit
// names a photographer or an archive with capitals ("(AFP/Archives)").
var deskInitialsRe = regexp.MustCompile(`^[(\[]\s*\p{L}[\p{L}-]{1,15}\s*/\s*\p{Ll}{2,4}\s*[)\]]$`)

// agencySignature reports that what stripCredit cut from the end of a
// paragraph is an agency's signature ("… aquatiques. (ats/nxp)"), not a
// photo's credit: it has a desk's initials, or the text before it is too
// long for a caption. The paragraph stays text.
func agencySignature(rest, credit string) bool {
	if wordsUpTo(credit, 3) > 3 || !namesAgency(credit) {
		return false
	}
	return deskInitialsRe.MatchString(credit) || wordsUpTo(rest, maxCaptionWords) > maxCaptionWords
}

// cutAfterSignature ends a saved page's text at the article's signature:
// a byline after the text ("Par Jacques Munier") naming the authors the
// page's metadata gives, in the text's second half. What follows it is the
// page's (reviews, other shows, related articles). The byline stays, for
// the edge rules to read.
func cutAfterSignature(ls []*line, authors []string) {
	if len(authors) == 0 {
		return
	}
	total := 0
	for _, l := range ls {
		if l.role == roleBody {
			total += wordsUpTo(l.text, 500)
		}
	}
	seen := 0
	for i, l := range ls {
		if l.role != roleBody {
			continue
		}
		if 2*seen >= total && seen > 0 && len(l.text) < 200 && hasBylinePrefix(l.text) {
			if names := byline(l.text); names != nil && containsAll(authors, names) {
				for _, m := range ls[i+1:] {
					if m.role == roleBody || m.role == roleCaption {
						m.drop(roleGone)
					}
				}
				return
			}
		}
		seen += wordsUpTo(l.text, 500)
	}
}

// siteNoticeRe matches a site's notice after the article: its copyright
// ("The contents of this site are ©2019 Capitol Hill Publishing Corp.",
// "Copyright © 2024 …"), or an update stamp without its date ("Updated at
// 1:23 p.m.", "Mis à jour à 18h05").
var siteNoticeRe = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\b|^(?:updated|last updated|mis à jour|mise à jour|modifié|actualisé)\s+(?:at|à|a)\s+\d{1,2}\s*[:h.]\s*\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*\.?$`)

// isSiteNotice reports, at the end of the text, a copyright or a stamp
// of the site (see siteNoticeRe), in a line of up to thirty words.
func isSiteNotice(s string) bool {
	return wordsUpTo(s, 30) <= 30 && siteNoticeRe.MatchString(strings.TrimSpace(s))
}

// foreignText reports a text whose lines are largely in Dutch or German:
// language reads such a text as French or English, and foreignLine must
// not take its own lines for another language's.
func foreignText(ls []*line) bool {
	own, other := 0, 0
	for _, l := range ls {
		if l.role != roleBody {
			continue
		}
		for _, w := range strings.Fields(fold(l.text)) {
			switch {
			case frenchWords[w] || englishWords[w]:
				own++
			case otherWords[w]:
				other++
			}
		}
	}
	return 4*other >= own
}

// ledeTeaser reports that ls[first] is the text's first paragraph shown
// once above the standfirst, as aggregators show a story's lede, and
// again at its place (ls[again]) right after it: one body line between
// the two copies.
func ledeTeaser(ls []*line, first, again int) bool {
	for _, l := range ls[:first] {
		if l.role == roleBody {
			return false
		}
	}
	between := 0
	for _, l := range ls[first+1 : again] {
		if l.role == roleBody {
			between++
		}
	}
	return between == 1 && isBodyLike(ls[first].text)
}

// tipCallRe matches, on a folded line, a call for readers' tips after
// the article: "Have a news tip? Email …", "Une info à nous signaler ?
// …". An editor's note ("This article was originally published by …")
// is the article's: the benchmark's bodies keep it.
var tipCallRe = regexp.MustCompile(`^(?:(?:have|got) a (?:news |story )?tip|(?:une|vous avez une) (?:info|information) a nous (?:signaler|transmettre|communiquer))\b`)

// isTipCall reports a call for readers' tips (see tipCallRe) of up to
// forty words, at the end of the text.
func isTipCall(s string) bool {
	return wordsUpTo(s, 40) <= 40 && tipCallRe.MatchString(fold(s))
}
