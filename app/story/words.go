package story

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of a sentence, with the spaces
// before it in text, so that the texts of a sentence's tokens, end to
// end, are the sentence. Leading spaces read best when words are added
// or removed at the end of a sentence: "bilan{+ selon un nouveau bilan+}.".
type token struct {
	text string
	// key is what two tokens must share to be the same word: the text
	// without its spaces, with typographic apostrophes and quotes made
	// plain, so "l’État" and "l'État" are one word.
	key string
	// word is false for punctuation.
	word bool
}

// tokens cuts s into words and punctuation. A word is a run of letters
// and digits; inside a word, a hyphen between letters or a full stop or
// comma between digits ("a-t-il", "3,5") keeps it whole; an apostrophe
// ends an elision ("l'", "qu'") and is kept inside other words
// ("aujourd'hui", "don't").
func tokens(s string) []token {
	var out []token
	space := 0 // start of the spaces before the next token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			i += n
			continue
		}
		start := i
		if isWordRune(r) {
			i = wordEnd(s, i)
		} else {
			i += n
		}
		out = append(out, token{text: s[space:i], key: keyOf(s[start:i]), word: isWordRune(r)})
		space = i
	}
	if space < len(s) {
		if len(out) == 0 {
			return []token{{text: s}}
		}
		out[len(out)-1].text += s[space:]
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordEnd returns where the word starting at byte i ends.
func wordEnd(s string, i int) int {
	var prev rune
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			i += n
			prev = r
			continue
		case r == '\'' || r == '’':
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if !unicode.IsLetter(prev) || !unicode.IsLetter(next) {
				return i
			}
			// "aujourd'hui", "prud'hommes": one word; an elision ("l'", "qu'")
			// ends with its apostrophe.
			if elision(s[:i]) {
				return i + n
			}
			i += n
			continue
		case r == '-' || r == '.' || r == ',':
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if r == '-' && unicode.IsLetter(prev) && unicode.IsLetter(next) ||
				r != '-' && unicode.IsDigit(prev) && unicode.IsDigit(next) {
				i += n
				continue
			}
		}
		return i
	}
	return i
}

// elision tells whether the word at the end of before is one that French
// elides before a vowel: l', d', qu', jusqu'...
func elision(before string) bool {
	k := len(before)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	switch strings.ToLower(before[k:]) {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu":
		return true
	}
	return false
}

// keyOf is a token's text made comparable (see token.key).
func keyOf(s string) string {
	if !strings.ContainsAny(s, "’‘«»“”„") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '’', '‘':
			r = '\''
		case '«', '»', '“', '”', '„':
			r = '"'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Op says what a piece of a changed sentence is.
type Op string

const (
	// Keep is text both versions have.
	Keep Op = "keep"
	// Del is text only the left version has (shown in <del>).
	Del Op = "del"
	// Ins is text only the right version has (shown in <ins>).
	Ins Op = "ins"
)

// Edit is a run of words of one Op. Left is its text in the left version,
// Right in the right one: both for Keep (they may differ in spaces or
// apostrophes), Left only for Del, Right only for Ins.
type Edit struct {
	Op          Op
	Left, Right string
}

// Piece is a run of one version's text, marked when changed (Del on the
// left, Ins on the right).
type Piece struct {
	Text    string
	Changed bool
}

// Side returns one version's text of edits as pieces: the left version
// (Keep and Del) when left is true, else the right one (Keep and Ins).
// This is what a pane shows, with changed pieces in <del> or <ins>.
func Side(edits []Edit, left bool) []Piece {
	var out []Piece
	for _, e := range edits {
		switch {
		case e.Op == Keep && left:
			out = append(out, Piece{Text: e.Left})
		case e.Op == Keep:
			out = append(out, Piece{Text: e.Right})
		case e.Op == Del && left:
			out = append(out, Piece{Text: e.Left, Changed: true})
		case e.Op == Ins && !left:
			out = append(out, Piece{Text: e.Right, Changed: true})
		}
	}
	return out
}

// maxCells bounds the word diff's table (tokens left × tokens right after
// the common start and end are set aside): beyond it, which only a
// "sentence" of hundreds of words without a full stop reaches, the middle
// is shown as deleted then inserted rather than diffed.
const maxCells = 1 << 18

// Words diffs two texts word by word: a shortest edit script (longest
// common subsequence of tokens), as runs of Keep, Del and Ins; in a
// replaced run, Del comes before Ins. The edits' Left texts end to end
// give left, their Right texts right.
func Words(left, right string) []Edit {
	return diffTokens(tokens(left), tokens(right))
}

func diffTokens(a, b []token) []Edit {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre].key == b[pre].key {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf].key == b[len(b)-1-suf].key {
		suf++
	}
	// ops spells the script: '=' keep, '-' delete, '+' insert.
	ops := make([]byte, 0, len(a)+len(b))
	for range pre {
		ops = append(ops, '=')
	}
	ops = appendLCS(ops, a[pre:len(a)-suf], b[pre:len(b)-suf])
	for range suf {
		ops = append(ops, '=')
	}
	var out []Edit
	i, j := 0, 0
	for k := 0; k < len(ops); {
		// One run of one op: its tokens' texts, joined once.
		end := k + 1
		for end < len(ops) && ops[end] == ops[k] {
			end++
		}
		var l, r strings.Builder
		for range end - k {
			if ops[k] != '+' {
				l.WriteString(a[i].text)
				i++
			}
			if ops[k] != '-' {
				r.WriteString(b[j].text)
				j++
			}
		}
		op := Keep
		if ops[k] == '-' {
			op = Del
		} else if ops[k] == '+' {
			op = Ins
		}
		out = append(out, Edit{Op: op, Left: l.String(), Right: r.String()})
		k = end
	}
	return out
}

// appendLCS appends the script turning a into b, by the table of the
// longest common subsequence of their keys, each replaced run written as
// its deletions then its insertions.
func appendLCS(ops []byte, a, b []token) []byte {
	n, m := len(a), len(b)
	if n*m > maxCells {
		ops = append(ops, strings.Repeat("-", n)...)
		return append(ops, strings.Repeat("+", m)...)
	}
	w := m + 1
	// t[i*w+j] is the LCS length of a[i:] and b[j:].
	t := make([]int32, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i].key == b[j].key {
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			} else {
				t[i*w+j] = max(t[(i+1)*w+j], t[i*w+j+1])
			}
		}
	}
	i, j, ins := 0, 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i].key == b[j].key:
			ops = append(ops, strings.Repeat("+", ins)...)
			ops = append(ops, '=')
			i, j, ins = i+1, j+1, 0
		case j < m && (i == n || t[i*w+j+1] >= t[(i+1)*w+j]):
			ins++
			j++
		default:
			ops = append(ops, '-')
			i++
		}
	}
	return append(ops, strings.Repeat("+", ins)...)
}
