package corpus

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"lecteur/app/corpus/extract"
	"lecteur/app/corpus/pagemeta"
)

// htmlBlocks reads a saved web page: its metadata first (package
// pagemeta: JSON-LD, Open Graph, <meta>, <time>), then its article's text
// (package extract: Readability, or the page's own text when Readability
// finds no article). The title is the page's <h1> when it matches the
// headline its metadata gives (or there is none), else that headline,
// else <title> without its " | Site" tail.
func htmlBlocks(text string) ([]block, hints) {
	var h hints
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return textBlocks(text), h
	}
	m := pagemeta.Read(doc)
	res := extract.Article(doc)
	h.fallback = res.Fallback
	h.title = pageTitle(m)
	h.date = pageDate(m.Published)
	h.ref = metaMoment(m.Saved)
	h.weakDate = firstNonEmpty(pageDate(m.Time), visibleDate(res.Own, h.ref), urlDate(m.URL))
	h.authors, h.source, h.firmAuthors = pageAuthors(m)
	if len(h.authors) == 0 && h.source == "" {
		// No byline in the markup: the one the page shows under its
		// headline ("Par Matthieu Hy le 07 Mai 2020").
		var names []string
		names, h.source = visibleByline(res.Own)
		h.authors = withoutSite(names, siteNames(m))
	}
	if len(h.authors) == 0 && h.source == "" {
		// A blog's page names its owner where others name their site.
		if owner := blogOwner(m); owner != "" {
			h.authors = []string{owner}
		}
	}
	h.publisher = firstNonEmpty(withoutDomain(tidy(normalizeText(m.Publisher))), titleSite(m))
	h.section = tidy(normalizeText(m.Section))
	blocks := make([]block, 0, len(res.Blocks)+1)
	if len(m.Descriptions) > 0 {
		own, article := foldBlocks(res.Own), foldBlocks(res.Blocks)
		for _, d := range m.Descriptions {
			if lede := standfirst(d, own, article); lede != "" {
				blocks = append(blocks, block{text: lede, kind: kindLede})
				break
			}
		}
	}
	for _, b := range res.Blocks {
		k := kindText
		switch b.Kind {
		case extract.Title:
			k = kindTitle
			if h.title != "" {
				k = kindHeading
			}
		case extract.Heading:
			k = kindHeading
		case extract.Caption:
			k = kindCaption
		}
		// Character references can name controls ("&#0;"): clean again.
		if t := tidy(normalizeText(b.Text)); t != "" {
			blocks = append(blocks, block{text: t, kind: k, link: b.Link})
		}
	}
	return blocks, h
}

// pageTitle chooses the article's title among what the page's markup
// offers. The first <h1> is what a reader sees as the headline; it wins
// when it agrees with the metadata's headline or <title> (one holds the
// other) or when there is no metadata. Else the headline wins (the <h1>
// is then often the site's logo), else <title>.
func pageTitle(m pagemeta.Meta) string {
	norm := func(s string) string { return tidy(normalizeText(s)) }
	headline, page := siteless(norm(m.Headline)), siteless(norm(m.PageTitle))
	for _, h1 := range m.H1 {
		h1 = norm(h1)
		k := fold(h1)
		if k == "" {
			continue
		}
		if headline == "" && page == "" {
			return h1
		}
		for _, other := range []string{headline, page, norm(m.Headline), norm(m.PageTitle)} {
			if o := fold(other); o != "" && (strings.Contains(o, k) && wordCount(h1) >= 2 || strings.Contains(k, o)) {
				// "Frain Incendie dans une maison…" where <title> says
				// "Edition La Plaine | Incendie dans une maison…": the
				// <h1> opens with a label (a village, a rubric).
				for _, c := range []string{prefixless(headline), prefixless(page)} {
					if ck := fold(c); wordCount(c) >= 3 && ck != k && strings.HasSuffix(k, " "+ck) && wordCount(k[:len(k)-len(ck)]) <= 3 {
						return c
					}
				}
				return h1
			}
		}
	}
	if headline != "" {
		return headline
	}
	if page != "" {
		return page
	}
	if len(m.H1) > 0 {
		return norm(m.H1[0])
	}
	return ""
}

// pageDate reads a date the markup gives ("2024-03-05T10:00:00+01:00",
// "5 mars 2024") as ISO 8601, or "".
func pageDate(s string) string {
	s = tidy(normalizeText(s))
	if s == "" {
		return ""
	}
	if d, ok := metaDate(s); ok {
		return d.iso()
	}
	return ""
}

// prefixless removes a label before the title in <title> or a headline:
// "Edition La Plaine | Title", "Frain | Title".
func prefixless(t string) string {
	// Only "|": "Raspberry Pi 3 - The credit card sized PC" is one title.
	if i := strings.Index(t, " | "); i > 0 && wordCount(t[:i]) <= 4 && wordCount(t[i:]) >= 3 {
		return strings.TrimSpace(t[i+3:])
	}
	return t
}

// siteless removes a site name after the title in <title>: "Title - Le
// Monde", "Title | BBC News".
func siteless(t string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " : "} {
		if i := strings.LastIndex(t, sep); i > 0 && wordCount(t[i:]) <= 4 && wordCount(t[:i]) >= 2 && siteLike(t[i+len(sep):]) {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

// siteLike reports a site's name as a title's tail: capitalised ("Le
// Monde", "BBC News") or an address ("lesoir.be"), unlike the end of a
// title ("… : cinq personnes relogées").
func siteLike(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.Contains(s, ".")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// headerLook is how many of a page's own blocks from its headline on are
// read as its header (date line, byline).
const headerLook = 12

// headlineAt is the index of the page's first title block (its <h1>), or
// 0 without one: where visibleDate and visibleByline start looking.
func headlineAt(own []extract.Block) int {
	for i, b := range own {
		if b.Kind == extract.Title {
			return i
		}
	}
	return 0
}

// visibleDate is the publication date a page shows next to its headline
// ("Mis en ligne le 20/11/2012", "Mardi 24 janvier 2017 | Mise en ligne à
// 12h02"), for pages without date metadata: the first date line among the
// page's own blocks just below its <h1> (or, without one, at its top).
// ref, when known, reads relative dates ("Publié hier").
func visibleDate(own []extract.Block, ref moment) string {
	from := headlineAt(own)
	for i := from; i < len(own) && i < from+headerLook; i++ {
		t := tidy(normalizeText(own[i].Text))
		if d, ok := dateLineRel(t, "", ref); ok && d.y != 0 && !updateRe.MatchString(t) {
			return d.iso()
		}
		var a Article
		if composite(t, "", &a) && len(a.Date) == 10 {
			return a.Date
		}
		if d, _, _, ok := datedByline(t, ""); ok && d.y != 0 {
			return d.iso()
		}
	}
	return ""
}

// visibleByline reads the byline a page shows next to its headline, in
// the same lines as visibleDate: "Par Jean Dupont", "Par Matthieu Hy le
// 07 Mai 2020", "vendredi 13 juillet 2007 par AFP". Only a byline with
// its prefix ("Par", "By") or its date counts: a name alone there may
// be anything. It returns the authors, or the source when the byline
// names an agency or a site.
func visibleByline(own []extract.Block) (authors []string, source string) {
	from := headlineAt(own)
	for i := from; i < len(own) && i < from+headerLook; i++ {
		if own[i].Link && !hasBylinePrefix(own[i].Text) {
			continue
		}
		t := tidy(normalizeText(own[i].Text))
		if _, names, src, ok := datedByline(t, ""); ok {
			return names, src
		}
		if hasBylinePrefix(t) {
			if names := byline(t); names != nil {
				return names, ""
			}
		}
	}
	return nil, ""
}

// titleSite is the site's name that ends the page's <title> ("… - Avocat
// | Dalloz Actualité"), when the page's address confirms it (the name's
// letters are the host's: dalloz-actualite.fr) or, without an address,
// when it is no rubric: the publisher of a page whose markup names none.
func titleSite(m pagemeta.Meta) string {
	t := tidy(normalizeText(m.PageTitle))
	st := siteless(t)
	if st == t {
		return ""
	}
	name := strings.TrimSpace(strings.TrimLeft(t[len(st):], " |-–—:"))
	k := strings.ReplaceAll(fold(name), " ", "")
	if k == "" || isRubric(name, m.Section) {
		return ""
	}
	u, err := url.Parse(m.URL)
	if err != nil || u.Host == "" {
		return name
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	if i := strings.LastIndexByte(host, '.'); i > 0 {
		host = host[:i]
	}
	host = strings.NewReplacer("-", "", ".", "", "_", "").Replace(fold(host))
	host = strings.ReplaceAll(host, " ", "")
	if len(host) >= 3 && (strings.Contains(k, host) || strings.Contains(host, k)) {
		return name
	}
	return ""
}

// urlDateRes find a publication date in a page's address: "/2012/11/20/",
// "/2015/04/30/", "-20231101_", "-02-11-2023-".
var urlDateRes = []*regexp.Regexp{
	regexp.MustCompile(`/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)`),
	regexp.MustCompile(`[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.-]|$)`),
	regexp.MustCompile(`[/_-]((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[/_.-]|$)`),
}

// urlDateDMY finds a day-first date in an address: "-02-11-2023-".
var urlDateDMY = regexp.MustCompile(`[/_-](\d\d)-(\d\d)-((?:19|20)\d\d)(?:[/_.-]|$)`)

// urlDate reads the publication date a page's address holds, as ISO
// 8601, or "".
func urlDate(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for _, re := range urlDateRes {
		if m := re.FindStringSubmatch(u); m != nil {
			if d := (date{atoi(m[1]), atoi(m[2]), atoi(m[3])}); d.valid() {
				return d.iso()
			}
		}
	}
	if m := urlDateDMY.FindStringSubmatch(u); m != nil {
		if d := (date{atoi(m[3]), atoi(m[2]), atoi(m[1])}); d.valid() {
			return d.iso()
		}
	}
	return ""
}

// foldedBlock is a block's text, tidied, and its fold.
type foldedBlock struct {
	text, key string
	kind      extract.Kind
}

func foldBlocks(bs []extract.Block) []foldedBlock {
	out := make([]foldedBlock, len(bs))
	for i, b := range bs {
		t := tidy(normalizeText(b.Text))
		out[i] = foldedBlock{text: t, key: fold(t), kind: b.Kind}
	}
	return out
}

// standfirst finds the article's standfirst when Readability left it out
// (it often sits in the page's header, next to the headline): the page's
// description, when a block of the page's own text holds it and none of
// the article's blocks does. A description cut short ("…") stands for the
// block it starts.
func standfirst(desc string, own, article []foldedBlock) string {
	desc = tidy(normalizeText(strings.TrimRight(desc, "\ufffd")))
	cut := strings.TrimSpace(strings.TrimRight(desc, ".… "))
	if wordsUpTo(cut, 10) < 10 {
		return ""
	}
	k := fold(cut)
	for _, b := range article {
		if strings.Contains(b.key, k) {
			return ""
		}
	}
	for _, b := range own {
		// Sites put their standfirst in a <p>, a <div>, or an <h2>.
		if b.kind != extract.Text && b.kind != extract.Heading {
			continue
		}
		switch {
		case strings.HasPrefix(b.key, k):
			return b.text
		case strings.Contains(b.key, k) && endsSentenceOrLong(desc):
			// "gros temps La nouvelle dépression…": a kicker before the
			// standfirst in the same block; the description is whole.
			return desc
		}
	}
	return ""
}

// endsSentenceOrLong reports a description that is not cut short: it ends
// a sentence, or is as long as a standfirst gets.
func endsSentenceOrLong(s string) bool {
	return !strings.HasSuffix(s, "...") && !strings.HasSuffix(s, "…")
}

// pageAuthors reads the authors and the source a page's metadata gives.
// Names pass through the byline rules ("Recueilli par Patrick ANGEVIN."
// is Patrick ANGEVIN); an agency is the source ("AFP"); the site's own
// name ("L'Opinion", "Par sudinfo.be") and desks are nobody; another
// outlet credited as the author ("The Wall Street Journal", translated
// by Courrier international) is the source. A byline the page shows
// wins when it names more people than the metadata, which often keeps
// only the first author. firm reports metadata that named someone: then
// bylines found in the text (often those of related articles) do not
// replace it.
func pageAuthors(m pagemeta.Meta) (authors []string, source string, firm bool) {
	site := siteNames(m)
	publisher := []string{fold(m.Publisher), strings.ReplaceAll(fold(m.Publisher), " ", "")}
	credit := func(a string, org bool) {
		a = tidy(normalizeText(a))
		if a == "" {
			return
		}
		if !org {
			// A person the metadata names is the author, even when the
			// site bears their name (a blog, "| Nicolas Perriault");
			// only the publisher's own name is nobody.
			if names := withoutSite(byline(a), publisher); names != nil {
				// "By Sandee LaMotte, CNN": the person, not the site.
				authors = appendNew(authors, names...)
				firm = true
				return
			}
			if uncased(a) && wordsUpTo(a, 4) <= 4 && !namesSite(a, site) {
				// "肖春芳": a name in a script without capitals.
				authors = appendNew(authors, a)
				firm = true
				return
			}
		}
		if src := agencies2(strings.TrimPrefix(strings.TrimPrefix(a, "Par "), "By ")); src != "" {
			if source == "" {
				source = src
			}
			firm = true
			return
		}
		if namesSite(a, site) {
			return
		}
		// Another outlet credited as the author is the source; an
		// organisation of another kind ("Contributors to Wikimedia
		// projects") is nobody.
		if isOutletName(a) && source == "" {
			source = a
			firm = true
		}
	}
	for _, a := range m.AuthorOrgs {
		credit(a, true)
	}
	for _, a := range m.Authors {
		credit(a, false)
	}
	for _, b := range m.Bylines {
		b = tidy(normalizeText(b))
		if src := agencies2(b); src != "" && source == "" && len(authors) == 0 {
			// "Belga" alone where the byline goes.
			source, firm = src, true
			break
		}
		names := withoutSite(byline(b), site)
		if names == nil {
			continue
		}
		if len(authors) == 0 && source == "" || len(authors) > 0 && len(names) > len(authors) && containsAll(names, authors) {
			authors = names
			firm = true
		}
		break
	}
	return authors, source, firm
}

// containsAll reports every name of want in names, compared folded.
func containsAll(names, want []string) bool {
	for _, w := range want {
		found := false
		for _, n := range names {
			if fold(n) == fold(w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// siteNames are the folded names a page gives its own site: the
// publisher, the <title>'s tail, the address's host without "www." and
// its name without the domain ("lopinion" of lopinion.fr).
func siteNames(m pagemeta.Meta) []string {
	var out []string
	add := func(s string) {
		if k := fold(s); k != "" {
			out = append(out, k, strings.ReplaceAll(k, " ", ""))
		}
	}
	add(m.Publisher)
	t := tidy(normalizeText(m.PageTitle))
	if st := siteless(t); st != t {
		add(t[len(st):])
	}
	if u, err := url.Parse(m.URL); err == nil && u.Host != "" {
		// The address names the site, but not as a person's name would:
		// hakibenita.com is Haki Benita's, and "Haki Benita" is his name.
		host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
		out = append(out, fold(host))
		if i := strings.LastIndexByte(host, '.'); i > 0 {
			out = append(out, fold(host[:i]))
		}
	}
	return out
}

// uncased reports a text with letters but none upper or lower case:
// Chinese, Japanese, Arabic, Hebrew… where byline's capitals say nothing.
func uncased(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// withoutSite removes the site's own name from names ("Le Parisien" is
// no author of le Parisien's article); nil when none is left.
func withoutSite(names []string, site []string) []string {
	var out []string
	for _, n := range names {
		if !namesSite(n, site) {
			out = append(out, n)
		}
	}
	return out
}

// namesSite reports a name that is the site's own ("L'Opinion", "Par
// sudinfo.be", "Zone Justice - ICI.Radio-Canada.ca").
func namesSite(a string, site []string) bool {
	k := fold(a)
	flat := strings.ReplaceAll(k, " ", "")
	for _, s := range site {
		if len(s) >= 3 && (k == s || flat == s || strings.Contains(" "+k+" ", " "+s+" ")) {
			return true
		}
	}
	// "Le Monde avec AFP", "La rédaction", desks.
	for _, w := range strings.Fields(k) {
		if deskWords[w] {
			return true
		}
	}
	return false
}

// deskWords name a newsroom or desk, not a person or an outlet.
var deskWords = foldSet("rédaction", "redaction", "staff", "desk", "service", "équipe", "team", "newsroom", "editorial", "zone", "rubrique", "bureau", "avec")

// isOutletName reports a name shaped like a newspaper's or a network's:
// an article then capitalised words ("The Wall Street Journal", "Le
// Nouvel Obs", "La Dépêche du Midi").
func isOutletName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "the", "le", "la", "les", "l'", "l’":
	default:
		return false
	}
	for _, w := range words[1:] {
		if !isNameWord(w) && !nameParticles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// domainTailRe matches a top-level domain ending a site's name: "Le
// Monde.fr", "Le Parisien.com".
var domainTailRe = regexp.MustCompile(`\.(?:fr|com|be|ch|ca|lu|net|org|info|sn|ci|ma|tn|dz|qc\.ca|co\.uk|uk)$`)

// withoutDomain removes a domain from a site's name of several words ("Le
// Monde.fr" is Le Monde); a name of one word is the address ("lemonde.fr")
// and stays.
func withoutDomain(s string) string {
	if loc := domainTailRe.FindStringIndex(s); loc != nil && strings.Contains(s[:loc[0]], " ") {
		return s[:loc[0]]
	}
	return s
}
