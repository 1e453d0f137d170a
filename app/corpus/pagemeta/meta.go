// Package pagemeta reads what a saved web page says about its article in
// markup, before any of its text is read: JSON-LD (schema.org NewsArticle
// and its kin), Open Graph and other <meta> tags, microdata, <time
// datetime> and the page's <title>, <h1> and lang. It reports values as
// the page writes them (dates as strings, names untouched); interpreting
// them (which title wins, which date format) is app/corpus's job.
//
// Saved pages keep this markup because sites write it for search engines
// and social networks, and it is more reliable than anything guessed from
// the text: a page's published date is in JSON-LD or
// article:published_time on almost every news site, while its visible
// date line is in any of a hundred formats.
package pagemeta

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Meta is what a page's markup says about its article. Each field holds
// the first value found in the order of the sources listed on it; empty
// when the page says nothing.
type Meta struct {
	// Headline: JSON-LD headline (or name), og:title, twitter:title.
	Headline string
	// PageTitle is the <title> element's text, often with the site's name.
	PageTitle string
	// H1 are the texts of the page's <h1> elements, in order.
	H1 []string
	// Published: JSON-LD datePublished (or dateCreated),
	// article:published_time and its kin, microdata datePublished, then the
	// first <time datetime> marked as the publication (pubdate,
	// itemprop, a class naming it), as written ("2024-03-05T10:00:00+01:00").
	Published string
	// Modified: JSON-LD dateModified, article:modified_time, og:updated_time.
	Modified string
	// Time is the datetime of the page's first <time> element, a weaker
	// hint than Published.
	Time string
	// Authors: JSON-LD author names (persons, and authors of no type),
	// <meta name=author>, article:author (unless a URL), microdata author,
	// rel=author links.
	Authors []string
	// AuthorOrgs are the JSON-LD authors typed as organisations ("AFP",
	// "The Wall Street Journal", the site itself): a source or nothing,
	// never a person.
	AuthorOrgs []string
	// Bylines are the texts of the elements the page marks as a byline
	// or an author (class or id naming "author", "byline", "signature",
	// "auteur"; itemprop=author; rel=author), in document order, outermost
	// first: what a reader sees as the byline, where the metadata may name
	// only the first author, or the site.
	Bylines []string
	// Descriptions: JSON-LD description, og:description, <meta
	// name=description>, twitter:description, each once. Sites write their
	// standfirst there (or the article's first lines).
	Descriptions []string
	// URL: <link rel=canonical>, og:url, JSON-LD url. Many sites put the
	// publication date in it ("/2024/03/05/", "-20240305").
	URL string
	// Saved is when the page was saved, as its saving tool wrote it
	// (SingleFile's "saved date: ..." comment): the page's own "now",
	// against which "il y a 3 heures" and "hier" are read.
	Saved string
	// Publisher: JSON-LD publisher name, og:site_name, application-name.
	Publisher string
	// Section: JSON-LD articleSection, article:section.
	Section string
	// Lang: the <html lang> attribute, JSON-LD inLanguage, og:locale.
	Lang string
	// Article reports JSON-LD or og:type naming an article.
	Article bool

	appName string // <meta name="application-name">, a weaker publisher
}

// articleTypes are the schema.org types of news articles and posts.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "blogposting": true, "liveblogposting": true,
	"scholarlyarticle": true, "techarticle": true, "report": true, "socialmediaposting": true,
}

// Read reads the metadata of a parsed page. It never fails: a page without
// metadata gives an empty Meta, and broken JSON-LD is passed over.
func Read(doc *html.Node) Meta {
	var m Meta
	var ld []any
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.CommentNode {
			m.readComment(n.Data)
			return
		}
		if n.Type == html.ElementNode && len(m.Bylines) < maxBylines && bylineMark(n) && !inTeaser(n) {
			if t := clean(bylineText(n)); t != "" && len(t) <= 200 {
				m.Bylines = append(m.Bylines, t)
			}
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				set(&m.Lang, attr(n, "lang"))
			case atom.Title:
				if m.PageTitle == "" {
					m.PageTitle = clean(text(n))
				}
			case atom.H1:
				if t := clean(text(n)); t != "" {
					m.H1 = append(m.H1, t)
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					var v any
					if json.Unmarshal([]byte(unwrapScript(text(n))), &v) == nil {
						ld = append(ld, v)
					}
				}
				return
			case atom.Meta:
				m.readMetaTag(n)
			case atom.Time:
				dt := clean(attr(n, "datetime"))
				set(&m.Time, dt)
				if publicationMark(n) {
					set(&m.Published, dt)
				}
			case atom.Link, atom.A:
				rel := strings.ToLower(attr(n, "rel"))
				if rel == "author" && n.DataAtom == atom.A {
					m.addAuthor(text(n))
				}
				if rel == "canonical" && n.DataAtom == atom.Link {
					set(&m.URL, clean(attr(n, "href")))
				}
			}
			if prop := strings.ToLower(attr(n, "itemprop")); prop != "" && n.DataAtom != atom.Meta {
				m.readItemprop(n, prop)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	// JSON-LD comes first: it is written for machines, the rest for people
	// and for social networks.
	var fromLD Meta
	ids := map[string]map[string]any{}
	for _, v := range ld {
		indexIDs(v, ids)
	}
	for _, v := range ld {
		fromLD.readLD(v, ids)
	}
	set(&m.Publisher, m.appName)
	out := merge(fromLD, m)
	if !publisherName(out.Publisher, out.Headline) {
		out.Publisher = ""
	}
	out.appName = ""
	return out
}

// publisherName reports whether name can be a publisher's: some sites
// fill application-name or og:site_name with the headline (MSN) or a
// slogan.
func publisherName(name, headline string) bool {
	return name != "" && !strings.EqualFold(name, headline) && len(strings.Fields(name)) <= 8
}

// merge fills the empty fields of first with those of second.
func merge(first, second Meta) Meta {
	set(&first.Headline, second.Headline)
	set(&first.PageTitle, second.PageTitle)
	set(&first.Published, second.Published)
	set(&first.Modified, second.Modified)
	set(&first.Time, second.Time)
	set(&first.Publisher, second.Publisher)
	set(&first.Section, second.Section)
	set(&first.Lang, second.Lang)
	for _, d := range second.Descriptions {
		first.Descriptions = appendNew(first.Descriptions, d)
	}
	set(&first.URL, second.URL)
	set(&first.Saved, second.Saved)
	if len(first.Authors) == 0 && len(first.AuthorOrgs) == 0 || len(first.Authors) > 0 && len(second.Authors) > len(first.Authors) && holdsAll(second.Authors, first.Authors) {
		// JSON-LD often names only the first author where <meta
		// name="author"> names them all ("April Roach, Daniel O'Mahony").
		first.Authors = second.Authors
	}
	first.H1 = second.H1
	first.Bylines = second.Bylines
	first.Article = first.Article || second.Article
	return first
}

func (m *Meta) readMetaTag(n *html.Node) {
	key := strings.ToLower(strings.TrimSpace(attr(n, "property") + attr(n, "name") + attr(n, "itemprop")))
	val := clean(attr(n, "content"))
	if val == "" {
		// Some archivers and savers write the value in "value".
		val = clean(attr(n, "value"))
	}
	if val == "" {
		return
	}
	switch key {
	case "og:title", "twitter:title", "dc.title":
		set(&m.Headline, val)
	case "article:published_time", "og:article:published_time", "article:published", "datepublished",
		"date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "pubdate", "publishdate",
		"publish-date", "publish_date", "published_time", "sailthru.date", "parsely-pub-date",
		"article.published", "cxenseparse:recs:publishtime", "og:published_time":
		set(&m.Published, val)
	case "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified":
		set(&m.Modified, val)
	case "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "og:article:author":
		if !strings.Contains(val, "://") {
			for _, a := range splitAuthors(val) {
				m.addAuthor(a)
			}
		}
	case "og:site_name":
		set(&m.Publisher, val)
	case "application-name":
		set(&m.appName, val)
	case "og:description", "description", "twitter:description", "dc.description":
		m.Descriptions = appendNew(m.Descriptions, val)
	case "og:url":
		set(&m.URL, val)
	case "article:section", "section", "parsely-section":
		set(&m.Section, val)
	case "og:locale":
		set(&m.Lang, val)
	case "og:type":
		if strings.EqualFold(val, "article") {
			m.Article = true
		}
	}
}

func (m *Meta) readItemprop(n *html.Node, prop string) {
	switch prop {
	case "datepublished":
		v := attr(n, "datetime")
		if v == "" {
			v = attr(n, "content")
		}
		set(&m.Published, clean(v))
	case "datemodified":
		set(&m.Modified, clean(attr(n, "datetime")+attr(n, "content")))
	case "author", "creator":
		// <span itemprop="author"><span itemprop="name">...</span></span>
		// or the name as the element's text.
		m.addAuthor(text(n))
	case "headline":
		set(&m.Headline, clean(text(n)))
	}
}

// indexIDs maps the @id of every JSON-LD object in v to the object, so
// that a reference ({"@id": "#author-1"}, as Yoast and others write a
// @graph) finds the person or organisation it names.
func indexIDs(v any, ids map[string]map[string]any) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			indexIDs(e, ids)
		}
	case map[string]any:
		if id, ok := v["@id"].(string); ok && len(v) > 1 {
			if _, seen := ids[id]; !seen {
				ids[id] = v
			}
		}
		for _, e := range v {
			indexIDs(e, ids)
		}
	}
}

// readLD reads one JSON-LD value: an object, an array of them, or an
// object with a @graph; ids resolves references.
func (m *Meta) readLD(v any, ids map[string]map[string]any) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			m.readLD(e, ids)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			m.readLD(g, ids)
		}
		if !isArticleType(v["@type"]) {
			return
		}
		m.Article = true
		set(&m.Headline, str(v["headline"]))
		set(&m.Headline, str(v["name"]))
		set(&m.Published, str(v["datePublished"]))
		set(&m.Published, str(v["dateCreated"]))
		set(&m.Modified, str(v["dateModified"]))
		set(&m.Section, first(v["articleSection"]))
		set(&m.Lang, str(v["inLanguage"]))
		if d := str(v["description"]); d != "" {
			m.Descriptions = appendNew(m.Descriptions, d)
		}
		set(&m.URL, str(v["url"]))
		set(&m.Publisher, names(v["publisher"], ids).first())
		if len(m.Authors) == 0 && len(m.AuthorOrgs) == 0 {
			for _, a := range resolve(v["author"], ids) {
				for _, n := range names(a, ids) {
					if isOrganisation(a) {
						m.AuthorOrgs = append(m.AuthorOrgs, n)
						continue
					}
					for _, s := range splitAuthors(n) {
						m.addAuthor(s)
					}
				}
			}
		}
	}
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[strings.ToLower(t)]
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

type nameList []string

func (l nameList) first() string {
	if len(l) == 0 {
		return ""
	}
	return l[0]
}

// names reads a JSON-LD person or organisation: a string, an object with
// a name (or a reference to one), or an array of either.
func names(v any, ids map[string]map[string]any) nameList {
	switch v := v.(type) {
	case string:
		if s := clean(v); s != "" && !strings.Contains(s, "://") {
			return nameList{s}
		}
	case map[string]any:
		if _, ok := v["name"]; !ok {
			if id, ok := v["@id"].(string); ok && ids[id] != nil {
				return names(ids[id]["name"], nil)
			}
		}
		return names(v["name"], nil)
	case []any:
		var out nameList
		for _, e := range v {
			out = append(out, names(e, ids)...)
		}
		return out
	}
	return nil
}

// resolve lists the values of a JSON-LD property (one or an array), each
// reference replaced by the object it names.
func resolve(v any, ids map[string]map[string]any) []any {
	var out []any
	add := func(e any) {
		if o, ok := e.(map[string]any); ok {
			if _, named := o["name"]; !named {
				if id, ok := o["@id"].(string); ok && ids[id] != nil {
					e = ids[id]
				}
			}
		}
		out = append(out, e)
	}
	if list, ok := v.([]any); ok {
		for _, e := range list {
			add(e)
		}
	} else if v != nil {
		add(v)
	}
	return out
}

// isOrganisation reports a JSON-LD object typed as an organisation.
func isOrganisation(v any) bool {
	o, ok := v.(map[string]any)
	if !ok {
		return false
	}
	var types []any
	switch t := o["@type"].(type) {
	case string:
		types = []any{t}
	case []any:
		types = t
	}
	for _, t := range types {
		if s, ok := t.(string); ok && strings.HasSuffix(strings.ToLower(s), "organization") {
			return true
		}
	}
	return false
}

// splitAuthors cuts "Jane Doe, John Roe and Ann Poe" into names; "By" in
// front goes.
func splitAuthors(s string) []string {
	s = clean(s)
	for _, p := range []string{"By ", "by ", "BY ", "Par ", "par "} {
		s = strings.TrimPrefix(s, p)
	}
	for _, sep := range []string{" and ", " et ", " & ", ";", "|"} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = clean(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (m *Meta) addAuthor(a string) {
	a = clean(a)
	if a == "" || len(a) > 80 || strings.Contains(a, "://") {
		return
	}
	for _, x := range m.Authors {
		if strings.EqualFold(x, a) {
			return
		}
	}
	m.Authors = append(m.Authors, a)
}

// maxBylines is the most byline elements read from a page: past the
// article's own, they are the related articles'.
const maxBylines = 12

// bylineWords name, in a class or id, an element holding a byline.
var bylineWords = []string{"author", "byline", "signature", "auteur", "writer", "journalist", "redacteur"}

// bylineMark reports an element marked as a byline: a class or id
// naming it, itemprop=author, rel=author.
func bylineMark(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Meta, atom.Link, atom.Img, atom.Body, atom.Html, atom.Head:
		return false
	}
	if strings.EqualFold(attr(n, "itemprop"), "author") || strings.EqualFold(attr(n, "rel"), "author") {
		return true
	}
	for _, a := range []string{attr(n, "class"), attr(n, "id")} {
		a = strings.ToLower(a)
		for _, w := range bylineWords {
			if strings.Contains(a, w) {
				return !notBylinePart(a)
			}
		}
	}
	return false
}

// inTeaser reports a byline element inside the teaser of another
// article: within three levels above it, an element holds a sub-heading
// (<h2>–<h6>) that is a link, as lists of related articles show them
// ("<h5><a href=…>Title</a></h5> <p>…</p> <p><span
// class=author>…</span></p>"). The article's own byline sits under its
// <h1>, which is no link.
func inTeaser(n *html.Node) bool {
	p := n.Parent
	for level := 0; level < 3 && p != nil; level, p = level+1, p.Parent {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if holdsLink(c) {
					return true
				}
			}
		}
	}
	return false
}

// holdsLink reports an <a href> in n or n itself.
func holdsLink(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == atom.A && attr(n, "href") != "" {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if holdsLink(c) {
			return true
		}
	}
	return false
}

// notBylineWords name, in a class, the parts of a byline block that hold
// no name: "c-signature__location", "author-avatar", "byline__date".
var notBylineWords = []string{"location", "date", "time", "agency", "avatar", "photo", "image", "img", "bio", "social", "follow", "share", "twitter", "mail", "count"}

// bylineText is the text of a byline element without its parts that
// hold no name (its place, its date, its avatar: see notBylineWords).
func bylineText(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(c *html.Node) {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			if c.DataAtom == atom.Script || c.DataAtom == atom.Style || c != n && notBylinePart(strings.ToLower(attr(c, "class"))) {
				return
			}
		}
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			rec(d)
		}
	}
	rec(n)
	return b.String()
}

func notBylinePart(class string) bool {
	for _, w := range notBylineWords {
		if strings.Contains(class, w) {
			return true
		}
	}
	return false
}

// readComment reads the comment a saving tool leaves in a page:
// SingleFile writes "saved date: Tue Nov 28 2023 10:15:00 GMT+0100".
func (m *Meta) readComment(c string) {
	i := strings.Index(c, "saved date:")
	if i < 0 {
		return
	}
	line := c[i+len("saved date:"):]
	if j := strings.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	set(&m.Saved, clean(line))
}

// publicationMark reports a <time> element marked as the publication
// time: the pubdate attribute, itemprop="datePublished", or a class or
// parent class naming it ("published", "date-publication").
func publicationMark(n *html.Node) bool {
	if hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datepublished") {
		return true
	}
	for p, i := n, 0; p != nil && i < 3; p, i = p.Parent, i+1 {
		c := strings.ToLower(attr(p, "class"))
		if strings.Contains(c, "publi") || strings.Contains(c, "posted") {
			return true
		}
	}
	return false
}

// unwrapScript removes what some sites wrap JSON-LD in: "<![CDATA[ …
// ]]>", "<!-- … -->", with or without "//" before.
func unwrapScript(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}, {"<!--", "-->"}} {
		if strings.HasPrefix(s, p[0]) {
			s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s[len(p[0]):]), p[1]))
		}
	}
	return s
}

func str(v any) string {
	s, _ := v.(string)
	return clean(s)
}

func first(v any) string {
	switch v := v.(type) {
	case string:
		return clean(v)
	case []any:
		for _, e := range v {
			if s := str(e); s != "" {
				return s
			}
		}
	}
	return ""
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func set(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// clean collapses white space and decodes nothing: the HTML parser already
// decoded character references, and JSON-LD strings are JSON-decoded.
func clean(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	// Some sites escape JSON-LD strings as HTML too ("L&#039;État").
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	return s
}

// text is the text of n, a space for each line break or block element
// inside it; scripts and styles inside are left out.
func text(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(c *html.Node) {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if c != n && (c.DataAtom == atom.Style || c.DataAtom == atom.Script) {
				return
			}
			if c != n && c.DataAtom != atom.Span && c.DataAtom != atom.A && c.DataAtom != atom.Em &&
				c.DataAtom != atom.I && c.DataAtom != atom.B && c.DataAtom != atom.Strong {
				b.WriteByte(' ')
				defer b.WriteByte(' ')
			}
		}
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			rec(d)
		}
	}
	rec(n)
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// holdsAll reports every name of want in names, compared without case.
func holdsAll(names, want []string) bool {
	for _, w := range want {
		found := false
		for _, n := range names {
			if strings.EqualFold(strings.TrimSpace(n), strings.TrimSpace(w)) {
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
