package corpus

import (
	"regexp"
	"strings"
)

// mdEmphasis matches emphasis and code spans, longest markers first; "_"
// only around whole words, so snake_case stays.
var mdEmphasis = []*regexp.Regexp{
	regexp.MustCompile(`\*\*(\S(?:.*?\S)?)\*\*`),
	regexp.MustCompile(`(?:^|\b)__(\S(?:.*?\S)?)__(?:\b|$)`),
	regexp.MustCompile(`\*(\S(?:.*?\S)?)\*`),
	regexp.MustCompile(`(?:^|\b)_(\S(?:.*?\S)?)_(?:\b|$)`),
	regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`),
	regexp.MustCompile("`+([^`]+)`+"),
}

var (
	mdImageRe   = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLinkRe    = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdRefLinkRe = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdRefDefRe  = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	mdListRe    = regexp.MustCompile(`^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+`)
	mdRuleRe    = regexp.MustCompile(`^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$`)
	mdHeadingRe = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$`)
	mdSetextRe  = regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`)
	mdHTMLTagRe = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
)

// markdownBlocks reads Markdown the way a reader sees it: the first level-1
// heading ("# Title" or a "===" underline) is the title, other headings are
// sub-headings, an image's text is a caption, and list items, quotes and
// paragraphs are text. Markup (emphasis, links, inline HTML tags) is
// removed, keeping the words. Paragraph lines are joined like plain text
// (textBlocks). YAML front matter gives title, date, author and source.
func markdownBlocks(text string) ([]block, hints) {
	var h hints
	text = frontMatter(text, &h)
	lines := strings.Split(text, "\n")
	var plain []string
	var blocks []block
	titled := false
	flush := func() {
		if len(plain) > 0 {
			blocks = append(blocks, textBlocks(strings.Join(plain, "\n"))...)
			plain = plain[:0]
		}
	}
	heading := func(level int, t string) {
		flush()
		kind := kindHeading
		if level == 1 && !titled {
			kind = kindTitle
			titled = true
		}
		blocks = append(blocks, block{text: mdInline(t), kind: kind})
	}
	fenced := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		trimmed := strings.TrimSpace(l)
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fenced = !fenced
			plain = append(plain, "")
			continue
		}
		if fenced {
			plain = append(plain, l)
			continue
		}
		if m := mdHeadingRe.FindStringSubmatch(l); m != nil {
			heading(len(m[1]), m[2])
			continue
		}
		if i+1 < len(lines) && trimmed != "" && mdSetextRe.MatchString(lines[i+1]) && !mdListRe.MatchString(l) {
			level := 2
			if strings.HasPrefix(strings.TrimSpace(lines[i+1]), "=") {
				level = 1
			}
			heading(level, trimmed)
			i++
			continue
		}
		if mdRuleRe.MatchString(l) || mdRefDefRe.MatchString(l) {
			plain = append(plain, "")
			continue
		}
		if imgs := mdImageRe.FindAllStringSubmatch(l, -1); imgs != nil {
			for _, m := range imgs {
				if alt := strings.TrimSpace(m[1]); alt != "" {
					flush()
					blocks = append(blocks, block{text: mdInline(alt), kind: kindCaption})
				}
			}
			l = mdImageRe.ReplaceAllString(l, "")
			if strings.TrimSpace(l) == "" {
				plain = append(plain, "")
				continue
			}
		}
		for strings.HasPrefix(strings.TrimSpace(l), ">") {
			l = strings.TrimPrefix(strings.TrimSpace(l), ">")
		}
		if mdListRe.MatchString(l) {
			plain = append(plain, "")
			l = mdListRe.ReplaceAllString(l, "")
		}
		plain = append(plain, mdInline(l))
	}
	flush()
	return blocks, h
}

// mdInline removes inline markup, keeping the words. Escaped characters
// ("\\*") are set aside first so that emphasis rules leave them alone.
func mdInline(s string) string {
	s = protectEscapes(s)
	s = mdImageRe.ReplaceAllString(s, "$1")
	s = mdLinkRe.ReplaceAllString(s, "$1")
	s = mdRefLinkRe.ReplaceAllString(s, "$1")
	s = mdHTMLTagRe.ReplaceAllString(s, "")
	for _, re := range mdEmphasis {
		s = re.ReplaceAllString(s, "$1")
	}
	s = strings.TrimSuffix(strings.TrimRight(s, " "), "\\")
	return restoreEscapes(s)
}

// mdEscapable are the characters a backslash escapes in Markdown.
const mdEscapable = "\\`*_{}[]()#+-.!>~|\"'"

// escapeBase is where protectEscapes parks escaped characters: a block of
// the supplementary private use area that text never uses.
const escapeBase = 0x10F000

func protectEscapes(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(mdEscapable, s[i+1]) >= 0 {
			b.WriteRune(escapeBase + rune(s[i+1]))
			i++
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func restoreEscapes(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= escapeBase && r < escapeBase+0x80 {
			return r - escapeBase
		}
		return r
	}, s)
}

// frontMatter reads and removes a YAML front matter block ("---" lines)
// at the top of text; only simple "key: value" lines are read.
func frontMatter(text string, h *hints) string {
	if !strings.HasPrefix(text, "---\n") {
		return text
	}
	end := strings.Index(text[4:], "\n---")
	if end < 0 {
		return text
	}
	for _, l := range strings.Split(text[4:4+end], "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		if v == "" {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title":
			h.title = tidy(v)
		case "date", "published", "pubdate":
			if d, ok := metaDate(v); ok {
				h.date = d.iso()
			}
		case "author", "authors", "auteur", "auteurs":
			for _, a := range strings.Split(strings.Trim(v, "[]"), ",") {
				if a = strings.Trim(strings.TrimSpace(a), `"'`); a != "" {
					h.authors = append(h.authors, a)
				}
			}
		case "source", "agency":
			h.source = v
		}
	}
	rest := text[4+end+4:]
	return strings.TrimPrefix(rest, "\n")
}
