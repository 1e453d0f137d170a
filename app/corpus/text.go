package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textBlocks splits plain text into blocks. Text saved from a web page has
// one paragraph per line, blank lines or not; text from e-mail or a terminal
// is wrapped at a fixed width. So every line is a block, except that a line
// is joined to the previous one when the previous line does not end a
// sentence and this one starts with a lower-case letter, or when the
// previous one ends with a hyphen or a comma.
func textBlocks(text string) []block {
	var blocks []block
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			blocks = append(blocks, block{text: cur.String()})
			cur.Reset()
		}
	}
	prevBlank := true
	for _, raw := range strings.Split(text, "\n") {
		l := strings.TrimFunc(raw, unicode.IsSpace)
		if l == "" {
			flush()
			prevBlank = true
			continue
		}
		if !prevBlank && cur.Len() > 0 && continues(cur.String(), l) {
			cur.WriteByte(' ')
			cur.WriteString(l)
			continue
		}
		flush()
		cur.WriteString(l)
		prevBlank = false
	}
	flush()
	return blocks
}

// continues reports whether next continues the wrapped line prev.
func continues(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if last == ',' || (last == '-' && !strings.HasSuffix(prev, " -")) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsUpper(first) && endsWithHonorific(prev) {
		// "… a souligné M." / "Guebo Dja.": a name's title ends no
		// sentence.
		return true
	}
	return unicode.IsLower(first) && !endsSentence(prev) && !isDateStamp(prev)
}

// honorifics are the abbreviated titles before a name, which end no
// sentence.
var honorifics = []string{" M.", " MM.", " Mme", " Mmes", " Mlle", " Me", " Dr", " Dr.", " Pr", " Pr.", " Mgr", " Mr.", " Mrs.", " Ms.", " St."}

// endsWithHonorific reports a wrapped line (of several words) ending with
// a title before a name: " M.", " Mme", " Dr.".
func endsWithHonorific(s string) bool {
	if wordsUpTo(s, 5) < 5 {
		return false
	}
	for _, h := range honorifics {
		if strings.HasSuffix(s, h) {
			return true
		}
	}
	return false
}

// isDateStamp reports a line that is a date and nothing else ("8 juillet
// 2021"): a page's stamp, which the next line ("ici", a button's label)
// never continues.
func isDateStamp(s string) bool {
	if wordsUpTo(s, 8) > 8 {
		return false
	}
	_, ok := dateLine(s, "fr")
	return ok
}
