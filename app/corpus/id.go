package corpus

import (
	"crypto/sha1"
	"encoding/hex"
	"path"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ID derives an article id from a corpus-relative, "/"-separated path. The
// id names the article in URLs (articles/<id>) and on disk, so it is made of
// lower-case ASCII letters, digits, ".", "_", "-" and "/" only:
//
//   - the extension is dropped and sub-folders are kept:
//     "2024/lemonde/a.txt" → "2024/lemonde/a";
//   - letters are lower-cased and accents folded: "Été.txt" → "ete";
//     œ, æ and ß become "oe", "ae" and "ss";
//   - spaces and every other character ("?", "#", "%", "&", quotes...)
//     become "-", runs of "-" are merged and trimmed from each segment's
//     ends: "Mon article (v2)?.txt" → "mon-article-v2";
//   - a segment left empty (a name written only in another script) or made
//     only of dots becomes "x" followed by 8 hex digits of its name's SHA-1,
//     so it stays stable and distinct;
//   - a segment longer than maxSegment bytes keeps its beginning and ends
//     with "-" and 8 hex digits of its name's SHA-1, so that the page
//     articles/<id>.html fits a file name (255 bytes on most systems);
//   - a file named index keeps its extension ("sub/index.txt" →
//     "sub/index-txt") and a last segment ending in ".html" has it as
//     "-html" ("a.html.md" → "a-html"): a static host serves
//     articles/sub/index.html as the folder articles/sub/ (and redirects
//     articles/sub/index to it), and serves articles/a.html as a file of
//     its own, so such ids would not reach their page.
//
// ID depends only on rel, so ids are stable across builds; two paths can
// still give the same id ("a.txt" and "a.md"), and ReadDir makes those unique.
func ID(rel string) string {
	rel = strings.ReplaceAll(rel, "\\", "/")
	ext := path.Ext(rel)
	rel = strings.TrimSuffix(rel, ext)
	var segs []string
	for _, seg := range strings.Split(rel, "/") {
		if seg == "" || seg == "." {
			continue
		}
		segs = append(segs, idSegment(seg))
	}
	if len(segs) == 0 {
		return idSegment("")
	}
	last := &segs[len(segs)-1]
	switch {
	case *last == "index":
		*last = idSegment("index-" + strings.TrimPrefix(ext, "."))
	case strings.HasSuffix(*last, ".html"):
		*last = strings.TrimSuffix(*last, ".html") + "-html"
	}
	return strings.Join(segs, "/")
}

// maxSegment is the longest segment of an id, in bytes: a readable URL,
// and with ".html" and a "-2" from uniqueIDs well within a file name.
const maxSegment = 120

func idSegment(seg string) string {
	var b strings.Builder
	dash := false
	for _, r := range foldAccents(seg) {
		r = unicode.ToLower(r)
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '_':
			b.WriteRune(r)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = true
		}
	}
	s := strings.TrimRight(b.String(), "-")
	if strings.Trim(s, ".") == "" {
		return "x" + nameHash(seg)
	}
	if len(s) > maxSegment {
		// s is ASCII, so any cut is a valid string; it starts with a
		// letter, digit, "." or "_", so the cut is not empty.
		s = strings.TrimRight(s[:maxSegment-9], "-") + "-" + nameHash(seg)
	}
	return s
}

// nameHash is 8 hex digits of the SHA-1 of a file or folder name: what
// keeps an id stable and distinct when the name itself cannot.
func nameHash(name string) string {
	sum := sha1.Sum([]byte(name))
	return hex.EncodeToString(sum[:4])
}

// foldAccents removes diacritics (NFD, drop combining marks) and expands the
// ligatures NFD leaves alone.
func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'œ':
			b.WriteString("oe")
		case r == 'Œ':
			b.WriteString("OE")
		case r == 'æ':
			b.WriteString("ae")
		case r == 'Æ':
			b.WriteString("AE")
		case r == 'ß':
			b.WriteString("ss")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// uniqueIDs gives every article a distinct id. Articles must be sorted by
// Path; the first article (in path order) keeps its id and the next ones get
// "-2", "-3"... (skipping ids already taken), so the result only depends on
// the set of files.
func uniqueIDs(articles []Article) {
	taken := make(map[string]bool, len(articles))
	for _, a := range articles {
		taken[a.ID] = false
	}
	for i := range articles {
		id := articles[i].ID
		if !taken[id] {
			taken[id] = true
			continue
		}
		for n := 2; ; n++ {
			alt := id + "-" + strconv.Itoa(n)
			if _, used := taken[alt]; !used {
				articles[i].ID = alt
				taken[alt] = true
				break
			}
		}
	}
}
