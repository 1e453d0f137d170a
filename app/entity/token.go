package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind tells words from punctuation.
type tokenKind int

const (
	word tokenKind = iota
	number
	punct
)

// token is one word, number or punctuation mark of a block, with rune
// offsets into the block.
type token struct {
	text       string
	fold       string // Fold(text), computed once
	start, end int
	kind       tokenKind
	// sentStart is true for the first word of a sentence, where a capital
	// letter says nothing about names.
	sentStart bool
	// elided is true for "l'", "d'", "qu'": French elisions are tokens of
	// their own so that "l'ANSSI" yields "ANSSI".
	elided bool
}

// elisions are the French words that lose their vowel before another.
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true,
	"c": true, "qu": true, "jusqu": true, "lorsqu": true, "puisqu": true,
	"quoiqu": true, "presqu": true,
}

// africanPrefix reports whether rs[i:j] is the capital "N" or "M" of a
// name, which an apostrophe joins to a capitalised word: "N'Golo
// Kanté", "N'Djamena", "Youssou N'Dour", "Stéphane M'Bia". The French
// elisions "n'" and "m'" are lower case, or before a word in capitals
// ("N'EST PAS").
func africanPrefix(rs []rune, i, j int) bool {
	if j-i != 1 || (rs[i] != 'N' && rs[i] != 'M') || j+3 > len(rs) {
		return false
	}
	if unicode.IsUpper(rs[j+1]) && unicode.IsLower(rs[j+2]) {
		return true
	}
	// "l'aéroport de N’djili": a capital "N'" inside a sentence is no
	// elision, which would be lower case there.
	k := i - 1
	for k >= 0 && unicode.IsSpace(rs[k]) {
		k--
	}
	return k >= 0 && k < i-1 && unicode.IsLetter(rs[k]) && unicode.IsLower(rs[k]) && unicode.IsLower(rs[j+1])
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isDash(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenize splits a block into tokens. Words keep inner hyphens and
// apostrophes ("Jean-Yves", "aujourd'hui", "O'Brien"); numbers keep inner
// dots and commas ("1.200").
func tokenize(s string) []token {
	rs := []rune(s)
	toks := make([]token, 0, len(rs)/4+1) // about one a word and its space
	i := 0
	for i < len(rs) {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(rs) {
				c := rs[j]
				if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) {
					j++
					continue
				}
				if j+1 < len(rs) && (unicode.IsLetter(rs[j+1]) || unicode.IsDigit(rs[j+1])) {
					if isDash(c) {
						j++
						continue
					}
					if isApostrophe(c) {
						if elisions[strings.ToLower(string(rs[i:j]))] && !africanPrefix(rs, i, j) {
							break
						}
						j++
						continue
					}
					if (c == '.' || c == ',') && unicode.IsDigit(rs[j-1]) && unicode.IsDigit(rs[j+1]) {
						j++
						continue
					}
				}
				break
			}
			if j < len(rs) && isApostrophe(rs[j]) && elisions[strings.ToLower(string(rs[i:j]))] && !africanPrefix(rs, i, j) {
				toks = append(toks, token{text: string(rs[i : j+1]), start: i, end: j + 1, kind: word, elided: true})
				i = j + 1
				continue
			}
			if k := possessive(rs, i, j); k > 0 {
				// "Epstein’s", "CNBC's": the English possessive is part
				// of no name; it becomes a mark of its own after the word.
				toks = append(toks, token{text: string(rs[i:k]), start: i, end: k, kind: word},
					token{text: string(rs[k:j]), start: k, end: j, kind: punct})
				i = j
				continue
			}
			kind := word
			if unicode.IsDigit(r) {
				kind = number
			}
			toks = append(toks, token{text: string(rs[i:j]), start: i, end: j, kind: kind})
			i = j
		default:
			toks = append(toks, token{text: runeString(r), start: i, end: i + 1, kind: punct})
			i++
		}
	}
	for i := range toks {
		toks[i].fold = Fold(toks[i].text)
	}
	markSentences(toks)
	return toks
}

// possessive returns where the English possessive "'s" of the word
// rs[i:j] starts, or 0: the word must open with a capital, so that a
// name, not a French elision or a common word, loses it ("Epstein’s",
// "Microsoft's"; "aujourd'hui" and "O'Brien" do not end in "'s").
func possessive(rs []rune, i, j int) int {
	k := j - 2
	if k <= i+1 || !isApostrophe(rs[k]) || (rs[k+1] != 's' && rs[k+1] != 'S') || !unicode.IsUpper(rs[i]) || possessiveBrands[strings.ToLower(string(rs[i:k]))] {
		return 0
	}
	return k
}

// possessiveBrands are the companies whose name ends in a possessive:
// "McDonald's" keeps it.
var possessiveBrands = map[string]bool{
	"mcdonald": true, "moody": true, "sotheby": true, "christie": true, "macy": true, "kellogg": true,
	"lloyd": true, "levi": true, "domino": true, "wendy": true, "denny": true, "hershey": true,
	"kohl": true, "dillard": true, "applebee": true,
}

// asciiStrings holds each ASCII character as a string, so that the
// punctuation of a text does not allocate one each.
var asciiStrings = func() (t [utf8.RuneSelf]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return t
}()

// runeString is string(r).
func runeString(r rune) string {
	if r >= 0 && r < utf8.RuneSelf {
		return asciiStrings[r]
	}
	return string(r)
}

// markSentences sets sentStart on the first word of each sentence: the
// first of the block, after . ! ? … (but not after "M." or an initial),
// after ":" and after a dateline's " - ". Opening quotes and brackets are
// skipped over.
func markSentences(toks []token) {
	start := true
	for i := range toks {
		t := &toks[i]
		if t.kind == punct {
			switch t.text {
			case ".", "!", "?", "…", ":":
				if t.text == "." && i > 0 && isAbbreviation(toks[i-1]) {
					continue
				}
				start = true
			case "-", "–", "—":
				if i > 0 && toks[i-1].kind == punct && toks[i-1].text == ")" {
					start = true
				}
			}
			continue
		}
		t.sentStart = start
		start = false
	}
}

// isAbbreviation reports whether a word before "." is a title or an
// initial rather than a sentence end.
func isAbbreviation(t token) bool {
	if t.kind != word {
		return false
	}
	rs := []rune(t.text)
	if len(rs) == 1 && unicode.IsUpper(rs[0]) {
		return true
	}
	return titles[t.text]
}

// titles are abbreviated forms of address that precede a person's name.
var titles = map[string]bool{"M": true, "MM": true, "Mme": true, "Mmes": true, "Mlle": true, "Dr": true, "Pr": true, "Me": true, "Mgr": true, "Mr": true, "Mrs": true, "Ms": true}
