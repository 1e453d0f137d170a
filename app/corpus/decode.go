package corpus

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxFileSize is the largest file the reader accepts. Real articles weigh a
// few kilobytes; anything bigger than this is a dump, not an article, and
// would make one page of the site unusable.
const MaxFileSize = 4 << 20

var (
	errEmpty  = errors.New("empty file")
	errBinary = errors.New("binary file, not text")
)

// decode turns a file's bytes into clean UTF-8 text with "\n" line ends.
// It accepts UTF-8 with or without BOM, UTF-16 with a BOM, and Windows-1252
// (a superset of ISO-8859-1 for printable text). Detection is per byte: a
// valid UTF-8 sequence is kept, any other byte is read as Windows-1252, so a
// file that mixes both (a Latin-1 paste into a UTF-8 file) comes out right.
// Control characters other than tab and newline are dropped; NBSP and
// typographic punctuation are kept.
func decode(data []byte) (string, error) {
	if len(data) == 0 {
		return "", errEmpty
	}
	switch {
	case len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF:
		data = data[3:]
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
		return normalizeText(decodeUTF16(data[2:], false)), nil
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		return normalizeText(decodeUTF16(data[2:], true)), nil
	}
	if le, ok := bomlessUTF16(data); ok {
		return normalizeText(decodeUTF16(data, !le)), nil
	}
	if looksBinary(data) {
		return "", errBinary
	}
	var s string
	if utf8.Valid(data) {
		s = fixMojibake(string(data))
	} else {
		s = decodeMixed(data)
	}
	return normalizeText(s), nil
}

// bomlessUTF16 recognises UTF-16 text without a BOM by its zero bytes: in
// Latin-script text every other byte is zero. It reports whether data is
// UTF-16 and whether it is little-endian.
func bomlessUTF16(data []byte) (littleEndian, ok bool) {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return false, false
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			zeroEven++
		}
		if data[i+1] == 0 {
			zeroOdd++
		}
	}
	half := n / 2
	switch {
	case zeroOdd*10 >= half*9 && zeroEven*10 < half:
		return true, true
	case zeroEven*10 >= half*9 && zeroOdd*10 < half:
		return false, true
	}
	return false, false
}

// mojibakeMarks are UTF-8 accented letters read once as Windows-1252 and
// saved again as UTF-8: "Ã©" for "é", "â€™" for "’".
var mojibakeMarks = []string{"Ã©", "Ã¨", "Ã ", "Ã§", "Ãª", "Ã´", "Ã¢", "Ã®", "Ã‰", "â€™", "â€œ", "Å“"}

// fixMojibake repairs text encoded twice (UTF-8 bytes read as
// Windows-1252, then written as UTF-8): when such sequences appear, the text
// is turned back into its Windows-1252 bytes, which are then the original
// UTF-8. If any character cannot go back, or the bytes are not valid
// UTF-8, the text is left as it is.
func fixMojibake(s string) string {
	marks := 0
	for _, m := range mojibakeMarks {
		marks += strings.Count(s, m)
	}
	if marks < 2 {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80 || r >= 0xA0 && r < 0x100:
			b = append(b, byte(r))
		default:
			i := indexRune(cp1252[:], r)
			if i < 0 {
				return s
			}
			b = append(b, byte(0x80+i))
		}
	}
	if !utf8.Valid(b) {
		return s
	}
	return string(b)
}

func indexRune(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

// looksBinary reports whether data is not text: a NUL byte, or more than
// one control byte in fifty, in the first 8 KB.
func looksBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	controls := 0
	for _, b := range head {
		switch {
		case b == 0:
			return true
		case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f':
			controls++
		}
	}
	return controls*50 > len(head)
}

func decodeUTF16(data []byte, bigEndian bool) string {
	units := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if bigEndian {
			units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	return string(utf16.Decode(units))
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252 to runes; the other high
// bytes are the same as Latin-1 (their byte value is the code point).
var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

// decodeMixed keeps valid UTF-8 sequences and reads every other byte as
// Windows-1252.
func decodeMixed(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			c := data[0]
			if c >= 0x80 && c < 0xA0 {
				b.WriteRune(cp1252[c-0x80])
			} else {
				b.WriteRune(rune(c))
			}
			data = data[1:]
			continue
		}
		b.Write(data[:size])
		data = data[size:]
	}
	return b.String()
}

// normalizeText makes line ends "\n" (CRLF, CR, and the Unicode line and
// paragraph separators), turns tabs and form feeds into spaces and drops
// other control and zero-width characters and stray BOMs.
func normalizeText(s string) string {
	i := firstChange(s)
	if i < 0 {
		return s
	}
	// Byte by byte where it is ASCII, the common case of HTML indented
	// with tabs and CRLF: a saved page is read whole.
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	prevCR := false
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case c == '\r' || c == '\n' && !prevCR:
				b = append(b, '\n')
			case c == '\n':
			case c == '\t' || c == '\f':
				b = append(b, ' ')
			case c < 0x20 || c == 0x7f:
			default:
				b = append(b, c)
			}
			prevCR = c == '\r'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\n')
		case r == utf8.RuneError || unwanted(r):
		default:
			b = append(b, s[i:i+size]...)
		}
		prevCR = false
		i += size
	}
	return string(b)
}

// firstChange is the index of the first byte normalizeText changes, or -1.
func firstChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\r' || c == '\t' || c == '\f' || c < 0x20 && c != '\n' || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\u2028' || r == '\u2029' || r == utf8.RuneError || unwanted(r) {
			return i
		}
		i += size
	}
	return -1
}

// unwanted reports runes that carry no text: controls (but "\n"), zero-width
// marks and BOMs. NBSP (U+00A0) and narrow NBSP (U+202F) are kept.
func unwanted(r rune) bool {
	switch r {
	case '\n':
		return false
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return unicode.IsControl(r)
}
