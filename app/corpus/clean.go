package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// blockKind is what a file format says about a block of text.
type blockKind int

const (
	kindText    blockKind = iota // a line or paragraph whose role the cleaner decides
	kindTitle                    // marked as the title (Markdown "#", HTML <h1>)
	kindHeading                  // a sub-heading: kept as a paragraph
	kindCaption                  // marked as a caption (<figcaption>, image text)
	kindLede                     // the standfirst, found in the page's header
)

// block is one line or paragraph of a file, in reading order, before
// cleaning.
type block struct {
	text string
	kind blockKind
	link bool // a saved page's block whose text is mostly a link's
}

// hints is metadata a format states outright (Markdown front matter, HTML
// <meta>); it wins over what the cleaner guesses from the text.
type hints struct {
	title, date, source string
	authors             []string
	// note says the text has no title line (ParseNote): every line is
	// text, and the title is made from the first paragraph.
	note bool
	// weakDate is a date the page gives without saying it is the
	// publication's (a date line next to its headline, its first <time>,
	// its address): used when the text has none.
	weakDate string
	// ref is the page's own time (when it was saved), against which
	// relative dates ("il y a 3 heures", "hier") are read; zero when
	// unknown.
	ref moment
	// firmAuthors reports authors (or an agency) named by the page's
	// metadata: a byline read in the text only replaces them when it names
	// them all and more.
	firmAuthors bool
	// section is the page's rubric ("Rugby", "Culture"): a line that only
	// repeats it above the title is a kicker, not the title.
	section string
	// fallback reports that the extractor found no article and the text
	// is the page's own.
	fallback bool
	// publisher is the page's own outlet (JSON-LD publisher,
	// og:site_name): the source when nothing credits another.
	publisher string
	// plain reports plain text, which may be a whole page copied with
	// "select all": the cleaner looks for the article's region.
	plain bool
}

type role int

const (
	roleBody role = iota
	roleTitle
	roleCaption
	roleMeta // read into a field (date, byline, signature), left out of the text
	roleGone // chrome, repeat, credit
)

type line struct {
	text   string // the text as it will be shown
	raw    string // the text as read
	kind   blockKind
	role   role
	credit bool // a photo credit was cut from its end
	// creditLine reports a line that was only a credit ("© Christophe
	// Bortels"): the line next to it is a photo's caption.
	creditLine bool
	list       bool     // a list of links or its label, dropped (see dropLists)
	link       bool     // mostly a link's text (saved pages only)
	key        string   // fold(text), for comparisons
	removed    []string // what cleaning cut from this line
}

// drop removes the whole line from the article.
func (l *line) drop(r role) {
	l.role = r
	l.removed = []string{l.raw}
}

// ReadingSpeed is the words per minute used for Article.ReadingMinutes, a
// common figure for reading news on a screen.
const ReadingSpeed = 230

// minTeaser is the shortest folded text recognised as a truncated repeat
// ("Depuis plusieurs années, des discussions... normes...").
const minTeaser = 24

// clean turns the blocks of one file into an article's text and metadata.
// The rules, in order, are those of the package documentation.
func clean(blocks []block, h hints) (Article, error) {
	a, _, err := cleanLines(blocks, h, activeLineModel())
	return a, err
}

// cleanLines is clean with the line model m (none when empty); it also
// returns the lines, their roles decided.
func cleanLines(blocks []block, h hints, m lineModel) (Article, []*line, error) {
	var a Article
	ls, holder := readLines(blocks, &a)
	if !h.plain {
		cutTail(ls)
		cutAfterSignature(ls, h.authors)
	}

	// Title, and the chrome above it.
	title := h.title
	if title != "" {
		if rest, credit := stripCredit(title); credit != "" {
			title = rest
		}
	} else if !h.note {
		if h.plain {
			title = region(ls, a.Lang, &a, m)
			cutTail(ls)
		}
		if title == "" {
			title = findTitle(ls, a.Lang, &a)
		}
		title = trimBullet(title)
	}
	titleKey := fold(title)
	outlet := outletUnder(ls, titleKey)

	// Repeated titles, chrome phrases and date lines anywhere.
	updated := false // the date is an update's
	for _, l := range ls {
		if l.role != roleBody && l.role != roleCaption {
			continue
		}
		if l.key == titleKey {
			l.drop(roleGone)
			continue
		}
		if l.role != roleBody {
			continue
		}
		if d, ok := dateLineRel(l.text, a.Lang, h.ref); ok {
			l.drop(roleMeta)
			// The publication date, not the last update: "Mis à jour le
			// 06/04" above "Publié le 05/04" gives way to it.
			if a.Date == "" || updated && !updateRe.MatchString(l.text) {
				a.Date = d.iso()
				updated = updateRe.MatchString(l.text)
			}
		} else if composite(l.text, a.Lang, &a) {
			l.drop(roleMeta)
		} else if d, names, src, ok := datedByline(l.text, a.Lang); ok {
			l.drop(roleMeta)
			if a.Date == "" {
				a.Date = d.iso()
			}
			a.Authors = appendNew(a.Authors, names...)
			if a.Source == "" {
				a.Source = src
			}
		} else if name, ok := outletStamp(l.text); ok {
			// "La Presse4 days ago" under an aggregator's headline.
			l.drop(roleMeta)
			if a.Source == "" {
				a.Source = name
			}
		} else if isChrome(l.text) {
			l.drop(roleGone)
		}
	}

	// The dateline of an agency dispatch, in the first body lines.
	n := 0
	for _, l := range ls {
		if l.role != roleBody || l.credit {
			continue
		}
		info, ok := dateline(l.text, a.Lang)
		if !ok && n == 0 {
			info, ok = plainDateline(l.text)
		}
		if ok {
			l.removed = append(l.removed, strings.TrimSpace(info.prefix))
			l.text = strings.TrimSpace(l.text[len(info.prefix):])
			l.key = fold(l.text)
			if isRubric(info.place, h.section) {
				// "RUGBY - Le XV de France...": a kicker, not a place.
				if info.source == "" {
					continue
				}
				info.place = ""
			}
			a.Place = info.place
			if info.source != "" {
				// A dateline without an agency ("ABIDJAN - ") keeps
				// the source a byline gave ("… par AFP").
				a.Source = info.source
			}
			if a.Date == "" && info.hasDate {
				a.Date = info.date.iso()
			}
			break
		}
		if n++; n == 3 {
			break
		}
	}

	dedupe(ls)

	// A credited line shown once is still a caption.
	for _, l := range ls {
		if l.role == roleBody && l.credit {
			l.role = roleCaption
		}
	}

	trimEdges(ls, &a)
	trimByModel(ls, a.Lang, m)

	for _, l := range ls {
		switch l.role {
		case roleBody:
			a.Paragraphs = append(a.Paragraphs, l.text)
		case roleCaption:
			if !contains(a.Captions, l.text) {
				a.Captions = append(a.Captions, l.text)
			}
		}
		a.Removed = append(a.Removed, l.removed...)
	}
	if len(a.Paragraphs) == 0 {
		if title == "" {
			return a, ls, errEmptyText
		}
		// A note of one line or one paragraph is an article too: its
		// text is its title.
		// A long note, or one of several sentences, is titled by its
		// first words.
		a.Paragraphs = []string{title}
		if wordsUpTo(title, 20) > 20 || strings.ContainsAny(strings.TrimRight(title, ".!?… "), ".!?") {
			title = titleFrom(title)
		}
	}
	if title == "" {
		title = titleFrom(a.Paragraphs[0])
		a.TitleMade = true
	}
	a.Title = title
	a.Lede = a.Paragraphs[0]
	a.Fallback = h.fallback
	for _, p := range a.Paragraphs {
		a.Words += wordCount(p)
	}
	a.ReadingMinutes = (a.Words + ReadingSpeed - 1) / ReadingSpeed
	if h.date != "" {
		a.Date = h.date
	} else if a.Date == "" || len(a.Date) < 10 {
		if h.weakDate != "" {
			a.Date = h.weakDate
		}
	}
	if h.source != "" {
		a.Source = h.source
	}
	switch {
	case len(a.Authors) == 0:
		a.Authors = h.authors
	case h.firmAuthors && !(len(h.authors) > 0 && len(a.Authors) > len(h.authors) && containsAll(a.Authors, h.authors)):
		// The text's bylines are often those of related articles: the
		// metadata's names win unless the text names them all and more
		// (<meta name="author"> often names only the first author).
		a.Authors = h.authors
	}
	if a.Source == "" {
		a.Source = outlet
	}
	if a.Source == "" {
		// A page that credits no agency or other outlet is its
		// publisher's own article.
		a.Source = h.publisher
	}
	if a.Source == "" {
		a.Source = holder
	}
	if a.Source == "" && h.plain {
		a.Source = chromeOutlet(ls)
	}
	return a, ls, nil
}

// readLines turns the blocks into lines, reads the text's language into a,
// and does the first cleaning, which needs no title: rights notices and
// credits cut, lists of links after their label dropped. holder is the
// outlet a copyright notice names. The line model scores the lines as
// readLines leaves them (lines.go).
func readLines(blocks []block, a *Article) (ls []*line, holder string) {
	ls = make([]*line, 0, len(blocks))
	var all []string
	for _, b := range blocks {
		t := tidy(b.text)
		if t == "" {
			continue
		}
		l := &line{text: t, raw: t, kind: b.kind, link: b.link}
		if b.kind == kindCaption {
			l.role = roleCaption
		}
		ls = append(ls, l)
		if len(all) < 40 {
			all = append(all, t)
		}
	}
	a.Lang = language(all...)

	// Rights notices, credit lines, credits ending captions. A site's
	// copyright notice names its outlet ("©2006 20 minutes"): the last
	// one, in the page's footer, is the source when nothing else is.
	for _, l := range ls {
		if fold(l.text) == "" {
			l.drop(roleGone)
			continue
		}
		if name := rightsHolder(l.text); name != "" {
			holder = name
		}
		if rest, notice := stripRights(l.text); notice != "" {
			if rest == "" {
				l.drop(roleGone)
				// "Copyright NAME/AGENCY. All rights reserved": a
				// photo's credit, under its caption.
				l.creditLine = copyrightLineRe.MatchString(l.raw)
				continue
			}
			l.text = rest
			l.removed = append(l.removed, notice)
		}
		if isCreditLine(l.text) {
			l.drop(roleGone)
			l.creditLine = true
			continue
		}
		if rest, credit := stripCredit(l.text); credit != "" {
			l.text = rest
			l.credit = !agencySignature(rest, credit)
			l.removed = append(l.removed, credit)
		}
		l.key = fold(l.text)
	}

	// Lists of links after their label ("À lire aussi", "Ça parle de");
	// in a saved page, the tail after a paywall notice or an end label.
	dropLists(ls)

	return ls, holder
}

// maxListItems is the most lines read as a list of links after its label.
const maxListItems = 12

// dropLists drops the lists of links and tags that follow a label ("À
// lire aussi", "Sur le même sujet", "Ça parle de", "You may also like"):
// the label and the lines after it that are no paragraph, up to the first
// one that is. In a copied page they are teasers of other articles, and
// tags; in the middle of an article, links.
func dropLists(ls []*line) {
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if l.role != roleBody || !listLabel(l.text) || isLabel(l.text) && !listLabelMatcher.MatchString(fold(l.text)) {
			continue
		}
		l.drop(roleGone)
		l.list = true
		for j, n := i+1, 0; j < len(ls) && n < maxListItems; j++ {
			m := ls[j]
			if m.role != roleBody {
				continue
			}
			// A paragraph ends the list; a title ending in quotes or a
			// question mark is an item.
			if isBodyLike(m.text) && !titleEnd(m.text) || wordsUpTo(m.text, 20) > 20 || listLabel(m.text) {
				break
			}
			m.drop(roleGone)
			m.list = true
			n++
			i = j
		}
	}
}

// cutTail drops the end of a text after a notice that the rest is for
// subscribers ("Il vous reste 57 % de cet article à lire"), or after a
// label that ends the article ("Sur le même sujet", "Nos lecteurs ont lu
// aussi", "Commentaires") in the second half of the text. Both must
// follow a paragraph: a label in the page's menu above the article
// ends nothing.
func cutTail(ls []*line) {
	total := 0
	for _, l := range ls {
		if l.role == roleBody {
			total += wordsUpTo(l.text, 500)
		}
	}
	seen, body := 0, false
	for i, l := range ls {
		if l.list && body && 2*seen >= total && isEndLabel(l.text) {
			// A list's label dropped before: "Sur le même sujet".
			for _, m := range ls[i:] {
				if m.role == roleBody || m.role == roleCaption {
					m.drop(roleGone)
				}
			}
			return
		}
		if l.role != roleBody {
			continue
		}
		if body && 2*seen >= total {
			if rest, ok := gluedTail(l.text); ok {
				// "… van de sterren.Aussi dans l'actualité": the next
				// box's label glued to the line.
				l.removed = append(l.removed, strings.TrimSpace(l.text[len(rest):]))
				l.text, l.key = rest, fold(rest)
				for _, m := range ls[i+1:] {
					if m.role == roleBody || m.role == roleCaption {
						m.drop(roleGone)
					}
				}
				return
			}
		}
		if body && (isPaywallEnd(l.text) || 2*seen >= total && (isEndLabel(l.text) || isTailNotice(l.text))) {
			for _, m := range ls[i:] {
				if m.role == roleBody || m.role == roleCaption {
					m.drop(roleGone)
				}
			}
			return
		}
		seen += wordsUpTo(l.text, 500)
		body = body || isBodyLike(l.text)
	}
}

// findTitle picks the title among the first lines and drops the chrome
// above it: chrome phrases, breadcrumbs, lines in capitals only (a site's
// name: "LE QUOTIDIEN DES ALPES") and short lines (at most three words, no
// final punctuation) unless the next line is a paragraph or a repeat, which
// makes the short line a short title. Date lines above the
// title are left for the date rule. A first line of more than 25 words is
// no title: the file has none, and clean makes one from the lede.
func findTitle(ls []*line, lang string, a *Article) string {
	for i, l := range ls {
		if l.kind == kindTitle && l.role == roleBody {
			dropAbove(ls[:i], lang)
			l.role = roleTitle
			return l.text
		}
	}
	candidates := 0 // lines seen that are neither chrome nor dates
	for i, l := range ls {
		if l.role != roleBody || l.credit {
			continue
		}
		if _, ok := dateLine(l.text, lang); ok {
			continue
		}
		if _, _, _, ok := datedByline(l.text, lang); ok {
			// "vendredi 13 juillet 2007 par AFP": left for the date and
			// byline rule, never a title.
			continue
		}
		if isChrome(l.text) || isLabel(l.text) || isCapitals(l.text) && !isBodyLike(l.text) || isHomeTrail(l.text) || isMenuRun(l.text) {
			l.drop(roleGone)
			continue
		}
		// A byline above the headline ("Par Claire Le Goff", "Jean de
		// Teyssière") names the authors; it is no title. A name alone on
		// the first line is the site's ("BFM Business").
		if names := byline(l.text); names != nil && nextBody(ls[i+1:]) != nil {
			if i == 0 && !hasBylinePrefix(l.text) {
				l.drop(roleGone)
			} else {
				l.drop(roleMeta)
				a.Authors = appendNew(a.Authors, names...)
			}
			candidates++
			continue
		}
		candidates++
		if src, names, ok := sourceLine(l.text); ok {
			l.drop(roleMeta)
			a.Source = src
			a.Authors = appendNew(a.Authors, names...)
			continue
		}
		if isShort(l.text) {
			next := nextBody(ls[i+1:])
			if next == nil || !(isBodyLike(next.text) || next.key == l.key || shortLede(next.text)) {
				l.drop(roleGone)
				continue
			}
		}
		if wordsUpTo(l.text, 25) > 25 || ledeFirst(l.text, lang) {
			return ""
		}
		if k := headlineBelow(ls, i, lang); k >= 0 && candidates == 1 {
			// A site's tagline above the headline.
			l.drop(roleGone)
			l = ls[k]
		}
		l.role = roleTitle
		return l.text
	}
	return ""
}

// shortLede reports a line that is a sentence, however short ("Jean
// Dupont a remercié les pompiers."): under a short line, it makes that
// line the title ("Incendie à Lyon"), not a menu word or a section label,
// which stand above a headline, and headlines do not end in a full stop.
func shortLede(s string) bool {
	s = strings.TrimRight(s, " \u00a0\u202f")
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") && wordsUpTo(s, 5) >= 5
}

// dropAbove drops the lines above a marked title, but for dates and
// captions.
func dropAbove(ls []*line, lang string) {
	for _, l := range ls {
		if l.role != roleBody || l.credit {
			continue
		}
		if _, ok := dateLine(l.text, lang); !ok {
			l.drop(roleGone)
		}
	}
}

// isCapitals reports a line with letters, all of them capitals.
func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func nextBody(ls []*line) *line {
	for _, l := range ls {
		if l.role == roleBody {
			return l
		}
	}
	return nil
}

// dedupe removes repeats. Two copies of a line next to each other (once
// with a credit, often) are a photo caption shown twice: one copy becomes a
// caption. A line repeating an earlier one further away is a teaser or a
// caption copying the text: it goes. So does a line ending in "..." that
// starts like an earlier one.
func dedupe(ls []*line) {
	seen := make(map[string]*line)
	at := make(map[*line]int)
	starts := make(map[string][]*line)
	var prev *line
	for i, l := range ls {
		if l.role != roleBody && l.role != roleCaption {
			continue
		}
		if first, ok := seen[l.key]; ok {
			if first != prev && first.role == roleBody && l.role == roleBody && (pullQuote(ls, at[first]) || ledeTeaser(ls, at[first], i)) {
				// The first copy was a pull quote, shown with its
				// speaker's name before the paragraph it quotes, or the
				// lede shown above the standfirst.
				first.drop(roleGone)
				seen[l.key], at[l] = l, i
				prev = l
				continue
			}
			if first == prev && first.role == roleBody && wordsUpTo(l.text, 60) <= 60 {
				first.role = roleCaption
			}
			l.drop(roleGone)
			continue
		}
		at[l] = i
		if teaser(l.text) {
			k := fold(strings.TrimRight(strings.TrimSpace(l.text), ".…[] "))
			if len(k) >= minTeaser {
				repeat := false
				for _, e := range starts[k[:minTeaser]] {
					if strings.HasPrefix(e.key, k) {
						repeat = true
						break
					}
				}
				if repeat {
					l.drop(roleGone)
					continue
				}
			}
		}
		seen[l.key] = l
		if len(l.key) >= minTeaser {
			starts[l.key[:minTeaser]] = append(starts[l.key[:minTeaser]], l)
		}
		prev = l
	}
}

func teaser(s string) bool {
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") || strings.HasSuffix(s, "[...]")
}

// trimEdges reads bylines and agency signatures at both ends of the text
// and drops the short lines there (menus, section names, "Dernières
// nouvelles").
func trimEdges(ls []*line, a *Article) {
	foreign := foreignText(ls)
	edge := func(l *line, end bool) bool {
		if src, names, ok := sourceLine(l.text); ok {
			l.drop(roleMeta)
			if a.Source == "" {
				a.Source = src
			}
			a.Authors = appendNew(a.Authors, names...)
			return true
		}
		if names := byline(l.text); names != nil {
			l.drop(roleMeta)
			a.Authors = appendNew(a.Authors, names...)
			return true
		}
		if agencyLine(l.text) {
			src := agency(strings.Trim(l.text, " .()[]"))
			// "Keystone-SDA" alone under the headline or after the text.
			l.drop(roleMeta)
			if a.Source == "" {
				a.Source = src
			}
			return true
		}
		if end && isContributorNote(l.text) {
			// "—Associated Press writer … contributed to this report."
			l.drop(roleMeta)
			return true
		}
		if isShort(l.text) || isChrome(l.text) || isLabel(l.text) || isKicker(l.text) ||
			edgeShort(l, end) || !end && isMenuRun(l.text) || end && (isNote(l.text) || isTipCall(l.text) || isFooterMenu(l.text) || isSiteNotice(l.text) || !foreign && foreignLine(l.text, a.Lang)) {
			l.drop(roleGone)
			return true
		}
		return false
	}
	for _, l := range ls {
		if l.kind == kindLede {
			// The standfirst was put first from the page's header: the
			// byline and date lines after it are still at the edge.
			continue
		}
		if l.role == roleBody && !edge(l, false) {
			break
		}
	}
	for i := len(ls) - 1; i >= 0; i-- {
		l := ls[i]
		if l.role != roleBody {
			continue
		}
		if edge(l, true) || dropMarkedRun(ls, i) {
			continue
		}
		if name := siteSignoff(l, ls); name != "" {
			// "ZONE911 - Nous souhaitons un prompt rétablissement …"
			l.drop(roleMeta)
			if a.Source == "" {
				a.Source = name
			}
			continue
		}
		if up := above(ls, i); teaserCard(l, up) {
			// A related article's headline and its cut summary.
			l.drop(roleGone)
			up.drop(roleGone)
			continue
		}
		if rest, cut := cutReadOn(l.text); cut != "" {
			// "… le [...] Lire la suite": the link goes, the teaser
			// stays.
			l.text, l.key = rest, fold(rest)
			l.removed = append(l.removed, cut)
		}
		// "... a-t-il conclu. (avec AFP)": the source ends the last
		// paragraph.
		if rest, src, cut := sourceSuffix(l.text); src != "" && rest != "" {
			l.text, l.key = rest, fold(rest)
			l.removed = append(l.removed, cut)
			if a.Source == "" {
				a.Source = src
			}
		}
		break
	}
}

// Lines at the edges of the text that end no sentence are chrome up to
// these lengths: at the start a kicker or a dossier's name ("La guerre
// entre le Hamas et Israël"), at the end a label ("Le meilleur des
// mondes"); links longer than that, up to edgeLinkWords, are the titles
// of related articles ("Affaire KPMG : des soirées cocktail pour de hauts
// fonctionnaires"). In the middle such lines stay (sub-headings), and so
// do longer lines that are no links: an article may end with a list
// (tour dates, a ranking).
const (
	edgeStartWords = 8
	edgeEndWords   = 4
	edgeLinkWords  = 20
)

// edgeShort reports a line at an edge of the text that is chrome there:
// a line of one or two words ("Gaza.", "Opinions"), a short line that
// ends no sentence, or a link that reads like a title.
func edgeShort(l *line, end bool) bool {
	if hasCJK(l.text) {
		return false
	}
	if wordsUpTo(l.text, 2) <= 2 && !strings.ContainsAny(l.text, "!?") {
		return true
	}
	limit := edgeStartWords
	if end {
		limit = edgeEndWords
	}
	if wordsUpTo(l.text, limit) <= limit && !endsSentence(l.text) {
		return true
	}
	return l.link && wordsUpTo(l.text, edgeLinkWords) <= edgeLinkWords && titleEnd(l.text)
}

// titleEnd reports a line that ends like a title, not a sentence: no full
// stop, colon or semicolon at its end, closing quotes and brackets aside
// ("Van Damme: \"Pour moi, ça reste une question ridicule\"", "… du
// gouvernement!»", "… à Ottawa?").
func titleEnd(s string) bool {
	s = strings.TrimRight(s, " \u00a0\u202f\"'»”’)]")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', ':', ';', '…', ',', '。':
		return false
	}
	return true
}

// noteRe matches a note after an article: "(1) Auteure de…", "* Cet
// article, initialement publié…", "¹ Selon…".
var noteRe = regexp.MustCompile(`^(?:\(\d{1,2}\)|\*+|[¹²³])\s*\S`)

// isNote reports a footnote or an editor's note, which follow the
// article's last paragraph.
func isNote(s string) bool { return noteRe.MatchString(s) }

// isKicker reports a short line in capitals without a final full stop:
// a rubric or kicker ("VISITE EN GRANDE POMPE") at the edges of the text.
func isKicker(s string) bool {
	return isCapitals(s) && wordsUpTo(s, 6) <= 6 && !endsSentence(s)
}

func appendNew(list []string, items ...string) []string {
	for _, x := range items {
		if !contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}

// titleFrom makes a title for a file without one: the first sentence of
// the lede, cut to twelve words.
func titleFrom(p string) string {
	if i := strings.IndexAny(p, ".!?"); i > 0 {
		p = p[:i]
	}
	words := strings.Fields(p)
	if len(words) > 12 {
		return strings.Join(words[:12], " ") + "…"
	}
	return strings.Join(words, " ")
}

// tidy trims a line (NBSP included) and collapses runs of spaces and tabs.
// NBSP inside the text is kept: French typography puts it before ":" and
// inside « ».
func tidy(s string) string {
	s = strings.TrimFunc(s, unicode.IsSpace)
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
