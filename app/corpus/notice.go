package corpus

import (
	"regexp"
	"strings"
)

// noticeRes match, on a folded line (lower case, no accents, punctuation
// as spaces), the sentences a news site puts around its articles: paywall
// notices, newsletter and social calls, comment forms, related-article
// leads and cookie banners, in French and English. They start the line:
// the same words inside a paragraph are the article's.
var noticeRes = []*regexp.Regexp{
	// Paywall.
	regexp.MustCompile(`^(?:cet|cette|l) ?(?:article|contenu|page|info|information) (?:vous )?est (?:exclusivement )?reserve(?:e)? (?:aux|a nos) (?:abonnes|membres)`),
	regexp.MustCompile(`^(?:article |contenu )?(?:reserve|exclusivite|exclusif) (?:aux |pour les )?abonnes`),
	regexp.MustCompile(`^il vous reste \d+ (?:de cet article|a lire|de l article)`),
	regexp.MustCompile(`^la suite (?:de cet article |de l article )?est reservee`),
	regexp.MustCompile(`^(?:pour )?(?:lire|consulter|decouvrir) (?:la suite|l integralite|cet article)`),
	regexp.MustCompile(`^(?:vous etes )?deja abonne`),
	regexp.MustCompile(`^(?:abonnez vous|je m abonne|s abonner|profitez de) (?:des|a partir|pour|a|au|des maintenant|sans|et|offre)`),
	regexp.MustCompile(`^(?:(?:creez|creer|ouvrez) (?:votre|un) compte|(?:log in|sign in) (?:or|of|to)|create (?:a|an|your) (?:free )?account)\b`),
	regexp.MustCompile(`^(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to|reserved for|exclusive to) (?:subscribers|members|paid)`),
	regexp.MustCompile(`^(?:already (?:a )?(?:subscriber|member)|subscribe (?:now|today|to (?:continue|read))|to continue reading|continue reading|you have \d+ free articles?)`),
	// Newsletters.
	regexp.MustCompile(`^(?:inscrivez vous|abonnez vous|recevez|s inscrire|je m inscris|inscription) .{0,40}\bnewsletters?\b`),
	regexp.MustCompile(`^(?:sign up|subscribe|get) .{0,40}\bnewsletters?\b`),
	// Social networks.
	regexp.MustCompile(`^(?:pour ne (?:rien )?manquer|ne manquez (?:rien|aucune))\b.{0,120}\b(?:suivez|abonnez|rejoignez|retrouvez)`),
	regexp.MustCompile(`^(?:suivez|retrouvez|rejoignez) (?:nous|toute l actualite|l actualite|[\p{L} ]{1,30}) sur (?:facebook|twitter|x|instagram|linkedin|tiktok|whatsapp|youtube|google|threads|bluesky|telegram|notre chaine)`),
	regexp.MustCompile(`^(?:partagez|partager) (?:cet article|l article|sur|par (?:e )?mail|par courriel)\b`),
	regexp.MustCompile(`^(?:follow us|like us|join us) on\b`),
	regexp.MustCompile(`^(?:share this|share on|click to (?:share|email|print))\b`),
	// Comment forms.
	regexp.MustCompile(`^(?:laisser|laissez|ajouter|poster|publier|ecrire) un (?:commentaire|avis)`),
	regexp.MustCompile(`^votre adresse (?:e )?mail ne sera pas publiee`),
	regexp.MustCompile(`^les champs obligatoires sont`),
	regexp.MustCompile(`^(?:connectez vous|identifiez vous) pour (?:commenter|reagir)`),
	regexp.MustCompile(`^(?:leave|post|add) a (?:comment|reply)\b`),
	regexp.MustCompile(`^your email address will not be published`),
	regexp.MustCompile(`^required fields are marked`),
	regexp.MustCompile(`^\d+ (?:commentaires?|comments?|reactions?)$`),
	regexp.MustCompile(`^(?:votre (?:adresse )?(?:e ?mail|courriel) ne sera pas (?:publiee?|affichee?)|tous les champs sont obligatoires|soyez le premier a (?:commenter|reagir|donner votre avis)|merci (?:pour|de) votre commentaire(?:$| il sera\b)|be the first to comment)`),
	// Related articles.
	regexp.MustCompile(`^(?:sur le meme (?:sujet|theme)|dans la meme rubrique|nos articles sur|articles? (?:similaires|recommandes|lies)|vous (?:aimerez|pourriez aimer) aussi|plus d articles)`),
	regexp.MustCompile(`^(?:ceci|cela|ces articles|ces contenus|ce contenu|ces sujets) (?:pourrai(?:t|ent)|devrai(?:t|ent)|peu(?:t|vent)) (?:aussi |egalement )?vous interesser\s*$`),
	regexp.MustCompile(`^(?:read|see|watch) (?:more|also|next)\b|^(?:related|recommended)(?: articles| stories| coverage| content| for you)?\b|^(?:more|most read) (?:from|stories|on)\b|^you (?:may|might) also (?:like|be interested)`),
	// Calls for readers' tips and a plug-in's or a site builder's credit.
	regexp.MustCompile(`^(?:vous pouvez (?:aussi |egalement )?nous (?:envoyer|faire parvenir|transmettre)|envoyez (?:nous )?vos (?:infos|informations|photos|videos|temoignages)|send us your (?:tips|news|photos|videos))\b`),
	regexp.MustCompile(`^(?:[\p{L}\d ]{0,40} )?(?:powered by|propulse par|fait avec|made with)\b.{0,40}$`),
	// A topic's follow button: "Santé Thématique suivie Ne plus suivre".
	regexp.MustCompile(`^(?:[\p{L} ]{0,40} )?(?:ne plus suivre|suivre ce (?:sujet|theme|dossier)|thematique suivie|follow this (?:topic|story)|unfollow)$`),
	// Cookies.
	regexp.MustCompile(`^(?:nous utilisons|ce site (?:web )?utilise|notre site utilise|en poursuivant votre navigation) .{0,60}\bcookies\b`),
	regexp.MustCompile(`^(?:accepter|refuser|parametrer|gerer|tout accepter|tout refuser)\b.{0,30}\bcookies\b`),
	regexp.MustCompile(`^(?:we use|this (?:site|website) uses|by continuing) .{0,60}\bcookies\b|^(?:accept|manage|reject) (?:all )?cookies`),
}

// relatedLeadRe matches the lead of a link to another article, with its
// mark: "Lire aussi : ...", "À LIRE AUSSI >> ...", "Read more: ...". Without
// the mark, "Lire aussi les rapports..." may be the article's sentence.
var relatedLeadRe = regexp.MustCompile(`(?i)^[\p{So}\p{Sk}►▶→»>• ]*(?:[àa] )?(?:lire|voir|d[ée]couvrir|[ée]couter|regarder|read|see|watch)(?: aussi| [ée]galement| also| more| notre| nos)?\s*[:>›»|➜→]`)

// maxNoticeWords is the longest line read as a notice: longer lines are
// paragraphs, whatever their first words.
const maxNoticeWords = 40

// isNotice reports a paywall, newsletter, social, comment-form,
// related-articles or cookie line.
func isNotice(s string) bool {
	if wordsUpTo(s, maxNoticeWords) > maxNoticeWords {
		return false
	}
	if relatedLeadRe.MatchString(s) {
		return true
	}
	k := fold(s)
	for _, re := range noticeMatchers {
		if re.MatchString(k) {
			return true
		}
	}
	// A short line naming a newsletter or cookies is a button or a banner.
	if wordsUpTo(s, 8) <= 8 && (strings.Contains(k, "newsletter") || strings.Contains(k, "cookies")) {
		return true
	}
	return false
}

// isLabel reports a short line ending with a colon ("Autres journaux :",
// "Sur le même sujet :"): a label for what follows, at the edges of the
// text a list of links.
func isLabel(s string) bool {
	s = strings.TrimRight(s, " \u00a0\u202f")
	return strings.HasSuffix(s, ":") && wordsUpTo(s, 4) <= 4
}

// paywallEndRes match, on a folded line, a notice that the article is
// cut for non-subscribers: what follows is the subscription offer, never
// the article's text.
var paywallEndRes = []*regexp.Regexp{
	regexp.MustCompile(`^il vous reste (?:\d+(?: \d+)? )?(?:de cet article|a lire|de l article)`),
	regexp.MustCompile(`^la suite (?:de cet article |de l article )?est reservee`),
	regexp.MustCompile(`^(?:ce contenu|cet article|la suite) est reserve(?:e)? aux (?:inscrits|abonnes)`),
	regexp.MustCompile(`^pour (?:lire|consulter) la suite (?:de cet article|de l article)`),
	regexp.MustCompile(`^(?:the rest of this (?:article|story) is|to continue reading)`),
}

// isPaywallEnd reports a notice ending a paywalled teaser ("Il vous reste
// 57 % de cet article à lire", "La suite est réservée aux abonnés").
func isPaywallEnd(s string) bool {
	if wordsUpTo(s, maxNoticeWords) > maxNoticeWords {
		return false
	}
	k := fold(s)
	for _, re := range paywallEndRes {
		if re.MatchString(k) {
			return true
		}
	}
	return false
}

// listLabelRe matches, on a folded line, a label introducing a list of
// links or tags: "Lire aussi", "Sur le même sujet", "Ça parle de", "La
// rédaction vous conseille :", "Tags :", "You may also like".
var listLabelRe = regexp.MustCompile(`^(?:a )?(?:lire|voir|decouvrir) (?:aussi|egalement)$|^(?:sur le meme (?:sujet|theme)|dans la meme rubrique|ca parle de|plus d infos sur|en ce moment|a decouvrir (?:egalement|aussi)|nos lecteurs ont (?:aussi )?lu(?: aussi)?|la redaction vous conseille|dernieres news sur|autour de|tags?|mots cles|sujets|themes|les plus lus|les plus partages|a la une|articles? (?:similaires|recommandes|lies)|vous (?:aimerez|pourriez aimer) aussi|read (?:more|also|next)|see also|related(?: articles| stories| coverage| content)?|more from|more on this|most read|most popular|you (?:may|might) also like|recommended(?: for you)?|trending)\b`)

// listLabel reports a label introducing a list of links (see
// listLabelRe), or any short line ending with a colon.
func listLabel(s string) bool {
	if wordsUpTo(s, 8) > 8 {
		return false
	}
	return isLabel(s) || listLabelMatcher.MatchString(fold(s))
}

// endLabelRe matches, on a folded line, a label after which a page has
// no more of its article: related articles, tags, comments, the source
// box ("Sur le même sujet", "Nos lecteurs ont lu aussi", "Source de
// l'article", "Commentaires").
var endLabelRe = regexp.MustCompile(`^(?:sur le meme (?:sujet|theme)|dans la meme rubrique|nos lecteurs ont (?:aussi )?lu(?: aussi)?|la redaction vous conseille|a decouvrir (?:egalement|aussi)|plus d infos sur|source de l article|les plus lus|les plus partages|dernieres news sur|(?:\d+ )?commentaires?|reagissez|laisser un commentaire|articles? (?:similaires|recommandes|lies)|vous (?:aimerez|pourriez aimer) aussi|more from|most read|most popular|you (?:may|might) also like|related (?:articles|stories|coverage)|comments?)$`)

// isEndLabel reports a label after which the page holds no more of its
// article (see endLabelRe).
func isEndLabel(s string) bool {
	if wordsUpTo(s, 8) > 8 {
		return false
	}
	return endLabelRe.MatchString(fold(strings.TrimRight(s, " :")))
}
