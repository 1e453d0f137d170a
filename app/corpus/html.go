package corpus

import (
	"strings"

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
	h.weakDate = pageDate(m.Time)
	h.authors = m.Authors
	h.section = tidy(normalizeText(m.Section))
	blocks := make([]block, 0, len(res.Blocks))
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
			blocks = append(blocks, block{text: t, kind: k})
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

// siteless removes a site name after the title in <title>: "Title - Le
// Monde", "Title | BBC News".
func siteless(t string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " : "} {
		if i := strings.LastIndex(t, sep); i > 0 && wordCount(t[i:]) <= 4 && wordCount(t[:i]) >= 2 {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}
