package story

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of an article, as aligned.
type Sentence struct {
	Text string
	// Para is the number of the paragraph it is in, from 0, and Start
	// the byte offset of Text in it: the build stores alignments as
	// offsets into the texts the page has already.
	Para, Start int
}

// Split returns the sentences of paragraphs, in order; a sentence never
// runs across paragraphs.
func Split(paragraphs []string) []Sentence {
	var out []Sentence
	for i, p := range paragraphs {
		at := 0
		for _, s := range Sentences(p) {
			// Sentences are pieces of p, in order.
			k := strings.Index(p[at:], s)
			if k < 0 {
				k = 0
			}
			out = append(out, Sentence{Text: s, Para: i, Start: at + k})
			at += k + len(s)
		}
	}
	return out
}

// Sentences splits one paragraph of French or English into sentences,
// trimmed of spaces. A sentence ends at ".", "!", "?" or "…" (closing
// quotes and brackets after them stay with it) followed by a space and a
// capital, a digit, an opening quote or a dash; not after an abbreviation
// ("M.", "Mme.", "Dr.", "U.S.") or an initial ("J. Smith"). So "« Non ! »,
// a-t-il dit." is one sentence and "3.5" splits nothing.
func Sentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		if !isTerminal(r) {
			i += n
			continue
		}
		runStart := i
		j := i + n
		for j < len(p) {
			r, n := utf8.DecodeRuneInString(p[j:])
			if !isTerminal(r) {
				break
			}
			j += n
		}
		end := closeQuotes(p, j)
		next, ok := nextStart(p, end)
		i = end
		if !ok {
			continue
		}
		if p[runStart:j] == "." && abbreviation(p[:runStart]) {
			continue
		}
		if s := strings.TrimSpace(p[start:end]); s != "" {
			out = append(out, s)
		}
		start, i = next, next
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// closeQuotes skips, from byte j, the closing quotes and brackets that end
// a sentence with it, and the space French puts before "»".
func closeQuotes(p string, j int) int {
	for j < len(p) {
		r, n := utf8.DecodeRuneInString(p[j:])
		switch {
		case r == '»' || r == '”' || r == '"' || r == '\'' || r == '’' || r == ')' || r == ']':
			j += n
		case isSpace(r):
			k := j + n
			for k < len(p) {
				r2, n2 := utf8.DecodeRuneInString(p[k:])
				if !isSpace(r2) {
					break
				}
				k += n2
			}
			if r2, _ := utf8.DecodeRuneInString(p[k:]); r2 == '»' {
				j = k
				continue
			}
			return j
		default:
			return j
		}
	}
	return j
}

// nextStart tells whether a sentence can start after the end of one at
// byte j: one space or more, then a capital, a digit, an opening quote or
// bracket, or a dash. It returns where the next sentence starts.
func nextStart(p string, j int) (int, bool) {
	k := j
	for k < len(p) {
		r, n := utf8.DecodeRuneInString(p[k:])
		if !isSpace(r) {
			break
		}
		k += n
	}
	if k == j || k == len(p) {
		return k, false
	}
	r, _ := utf8.DecodeRuneInString(p[k:])
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r):
	case r == '«' || r == '“' || r == '"' || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == '\'' || r == '‘':
	default:
		return k, false
	}
	return k, true
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

// abbreviation tells whether the word before a full stop, at the end of
// before, is an abbreviation or an initial, after which "." ends no
// sentence.
func abbreviation(before string) bool {
	k := len(before)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) && r != '.' && r != '-' {
			break
		}
		k -= n
	}
	w := strings.TrimLeft(before[k:], ".-")
	if w == "" {
		return false
	}
	if strings.Contains(w, ".") {
		return true // U.S., J.-C., a.m.
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true // an initial: J. Smith
	}
	switch w {
	case "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "Prof",
		"Mr", "Mrs", "Ms", "Jr", "Sr", "St", "Ste", "Gen", "Gén", "Col", "Lt", "Sgt",
		"Gov", "Sen", "Rep", "Rev", "Hon", "No", "n", "art", "av", "bd", "cf", "env",
		"vol", "p", "pp", "chap", "fig", "vs", "Inc", "Ltd", "Corp", "Co",
		"janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
		"Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}
