package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize folds s the way every package compares French text: lower case,
// accents removed (é→e, ç→c), ligatures expanded (œ→oe, æ→ae), every
// apostrophe written ' and every hyphen or dash written -, an elided article
// split from its word ("l’État" → "l' etat"), and runs of spaces collapsed.
// Other punctuation is kept, so Normalize("Jean-Yves Le Drian") is
// "jean-yves le drian" and two names compare equal whatever their typography.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	word := 0     // byte offset in b where the current word starts
	space := true // last written byte is a space (or nothing written yet)
	for i, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			word = b.Len()
			continue
		}
		f := fold(r)
		if f == "'" {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			b.WriteByte('\'')
			if isElision(b.String()[word:b.Len()-1]) && isWordRune(next) {
				b.WriteByte(' ')
				space = true
			} else {
				space = false
			}
			word = b.Len()
			continue
		}
		b.WriteString(f)
		if f != "" {
			space = false
		}
		if !isWordRune(r) {
			word = b.Len()
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// FoldRune is the project's folding of a character for comparing text:
// Normalize here (queries, the index, entity names on the entities page)
// and corpus's line keys (chrome lines, agencies). They differ only in
// what they do around it, on purpose: Normalize keeps punctuation and
// splits French elisions ("l'etat" → "l' etat") so that each word is a
// term; corpus turns every run of punctuation into one space, since it
// compares whole lines. Two foldings stay frozen on their own: article ids
// (corpus.ID), so that ids stay stable across builds, and entity.Fold,
// whose words the shipped entity model was trained on.
//
// It returns "" for a combining mark, two letters for a ligature, ' for
// any apostrophe, - for any hyphen or dash, and the rune lower-cased and
// without its accents otherwise.
func FoldRune(r rune) string { return fold(r) }

// fold returns the folded form of one rune: "" for a combining mark, two
// letters for a ligature, ' for any apostrophe, - for any hyphen or dash.
// Latin, Greek, Cyrillic and Latin Extended Additional, where almost all
// European text lives, come from tables generated with x/text's NFD
// (fold_data.go, checked and rewritten by TestFoldTables): the browser
// then needs no Unicode decomposition tables of its own.
func fold(r rune) string {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r == '`' {
			return "'"
		}
		return asciiStrings[r]
	}
	if r < foldLatinEnd {
		return foldLatin[r-0x80]
	}
	if foldExtendedStart <= r && r < foldExtendedStart+rune(len(foldExtended)) {
		return foldExtended[r-foldExtendedStart]
	}
	if f, ok := foldSpecial(r); ok {
		return f
	}
	if unicode.Is(unicode.Mn, r) {
		return ""
	}
	return string(unicode.ToLower(r))
}

var asciiStrings = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return t
}()

// foldSpecial folds the runes that decomposition leaves alone: quotes,
// dashes, ligatures and letters with a stroke.
func foldSpecial(r rune) (string, bool) {
	switch r {
	case '’', '‘', 'ʼ', '′', '´', 'ʹ', '＇':
		return "'", true
	case '‐', '‑', '‒', '–', '—', '―', '−', '﹣', '－', '\u00ad':
		return "-", true
	case 'œ', 'Œ':
		return "oe", true
	case 'æ', 'Æ':
		return "ae", true
	case 'ß':
		return "ss", true
	case 'ø', 'Ø':
		return "o", true
	case 'đ', 'Đ':
		return "d", true
	case 'ł', 'Ł':
		return "l", true
	case 'ı':
		return "i", true
	case 'ﬁ':
		return "fi", true
	case 'ﬂ':
		return "fl", true
	}
	return "", false
}

// isWordRune reports whether r belongs to a word: letters, digits and the
// combining marks of decomposed accents.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isElision reports whether w (folded) is a French word that elides before a
// vowel: l', d', qu', j', n', s', m', t', c', jusqu', lorsqu', puisqu'.
func isElision(w string) bool {
	switch w {
	case "l", "d", "j", "n", "s", "m", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu":
		return true
	}
	return false
}
