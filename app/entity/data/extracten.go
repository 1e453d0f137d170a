//go:build ignore

// Extracten regenerates the English place lists in this folder
// (en-places.txt, en-countries.txt) from the same licensed sources as the
// French ones (NOTICE.md): CLDR's English region names, through
// golang.org/x/text/language/display, and the English catalogue of
// GeoNames names in Debian's libgeonames-common. It is run by hand, once,
// and only its compact output is committed:
//
//	apt-get install libgeonames-common wamerican hunspell-fr-comprehensive
//	go run ./app/entity/data/extracten.go -out app/entity/data
//
// wamerican's word list is read only to leave out the names that are also
// English common words ("Delta", "Mobile", "Reading"), and the
// Grammalecte dictionary's to leave out French ones ("Greve"): a capital
// on those says nothing. Nothing of either is written out.
package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	mo := flag.String("geonames", "/usr/share/locale/en/LC_MESSAGES/geonames.mo", "libgeonames English catalogue")
	dict := flag.String("words", "/usr/share/dict/american-english", "English word list (wamerican), to leave out common words")
	dic := flag.String("dic", "/usr/share/hunspell/fr.dic", "Grammalecte hunspell dictionary, to leave out French common words")
	out := flag.String("out", ".", "output folder")
	flag.Parse()

	common, err := lowerWords(*dict)
	if err != nil {
		return err
	}
	// The French lists' people names, function words and common nouns: a
	// GeoNames town that is also a first name or a surname ("Dixon") or a
	// French word stays out, since the lists are read for both languages
	// and the other reading wins in the news more often than not.
	people := map[string]bool{}
	for _, name := range []string{"firstnames.txt", "surnames.txt", "stopwords.txt", "common.txt", "proper.txt"} {
		ws, err := lines(filepath.Join(*out, name))
		if err != nil {
			return err
		}
		for _, w := range ws {
			people[strings.ToLower(w)] = true
		}
	}
	// French common words, accents folded ("Greve" is Grève, a strike).
	frWords, err := lines(*dic)
	if err != nil {
		return err
	}
	for _, l := range frWords {
		w, _, _ := strings.Cut(l, "/")
		w, _, _ = strings.Cut(w, "\t")
		w, _, _ = strings.Cut(w, " ")
		if r := []rune(w); len(r) > 0 && unicode.IsLower(r[0]) {
			common[fold(w)] = true
		}
	}
	names, err := readMo(*mo)
	if err != nil {
		return err
	}
	places := map[string]bool{}
	for id, name := range names {
		if !isName(name) {
			continue
		}
		// The states and provinces of English-speaking countries are kept
		// whole ("US.FL", "CA.07"); other names only when no other
		// reading is listed, and written in plain letters: the English
		// catalogue keeps local spellings of places the French lists
		// already have ("Bègles", which made "Bordeaux-Bègles" two places).
		cc, _, admin := strings.Cut(id, ".")
		admin = admin && englishSpeaking[cc]
		low := strings.ToLower(name)
		if !admin && (common[low] || common[fold(name)] || people[low] || fold(name) != low) {
			continue
		}
		places[name] = true
	}
	// Names the English news gives places that neither source has:
	// CLDR's "United Kingdom" is "Britain", its "United States" "America".
	for _, name := range []string{"Britain", "Great Britain", "America"} {
		places[name] = true
	}
	countries := map[string]bool{}
	en := display.Regions(language.English)
	for _, code := range regionCodes() {
		r, err := language.ParseRegion(code)
		if err != nil {
			continue
		}
		name := en.Name(r)
		if name == "" || notPlaces[r.String()] || notPlaces[code] || orgRegions[name] || strings.ContainsAny(name, "()") {
			continue
		}
		places[name] = true
		switch name {
		case "Monaco", "Luxembourg", "Singapore", "Hong Kong SAR China", "Macao SAR China", "Vatican City":
		default:
			countries[name] = true
		}
	}
	// Names places.txt already lists (the same in both languages:
	// "Toronto", "Chennai") are not repeated; the package reads both.
	french, err := lines(filepath.Join(*out, "places.txt"))
	if err != nil {
		return err
	}
	for _, w := range french {
		delete(places, w)
	}
	files := map[string][]string{
		"en-places.txt":    keys(places),
		"en-countries.txt": keys(countries),
	}
	for name, words := range files {
		if err := write(filepath.Join(*out, name), words); err != nil {
			return err
		}
	}
	return nil
}

// englishSpeaking are the countries whose states and provinces are kept
// whole, whatever other reading their names have ("Georgia", "Victoria").
var englishSpeaking = map[string]bool{"US": true, "CA": true, "AU": true, "GB": true, "IE": true, "NZ": true}

// notPlaces are CLDR regions that are organisations or no place.
var notPlaces = map[string]bool{"EU": true, "EZ": true, "UN": true, "QO": true, "QU": true, "XA": true, "XB": true, "ZZ": true}

// orgRegions are the same by name, whatever code CLDR gives them.
var orgRegions = map[string]bool{"European Union": true, "Eurozone": true, "United Nations": true, "Unknown Region": true, "Outlying Oceania": true}

// fold lowers s and drops its accents.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lowerWords reads the words of a word list written in lower case.
func lowerWords(path string) (map[string]bool, error) {
	ws, err := lines(path)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, w := range ws {
		if r := []rune(w); len(r) > 0 && unicode.IsLower(r[0]) {
			m[strings.TrimSuffix(w, "'s")] = true
		}
	}
	return m, nil
}

func lines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out, sc.Err()
}

// isName keeps capitalised words made of letters, hyphens, apostrophes,
// dots and spaces with at least one lower-case letter.
func isName(w string) bool {
	rs := []rune(w)
	if len(rs) < 3 || !unicode.IsUpper(rs[0]) {
		return false
	}
	lower := false
	for _, r := range rs {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsLetter(r), r == '-', r == '\'', r == ' ', r == '’', r == '.':
		default:
			return false
		}
	}
	return lower
}

// readMo reads a GNU gettext .mo catalogue: GeoNames id (or admin code)
// to name.
func readMo(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read catalogue: %w", err)
	}
	if len(b) < 28 {
		return nil, errors.New("catalogue too short")
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if bo.Uint32(b) != 0x950412de {
		bo = binary.BigEndian
	}
	n := int(bo.Uint32(b[8:]))
	orig := int(bo.Uint32(b[12:]))
	tr := int(bo.Uint32(b[16:]))
	out := map[string]string{}
	for i := 0; i < n; i++ {
		ol, oo := int(bo.Uint32(b[orig+8*i:])), int(bo.Uint32(b[orig+8*i+4:]))
		l, o := int(bo.Uint32(b[tr+8*i:])), int(bo.Uint32(b[tr+8*i+4:]))
		if oo+ol > len(b) || o+l > len(b) {
			return nil, fmt.Errorf("entry %d out of range", i)
		}
		if s := string(b[o : o+l]); s != "" && !strings.Contains(s, "\n") {
			out[string(b[oo:oo+ol])] = s
		}
	}
	return out, nil
}

// regionCodes lists ISO 3166 two-letter codes and UN M.49 continents.
func regionCodes() []string {
	var codes []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			codes = append(codes, string([]rune{a, b}))
		}
	}
	return append(codes, "002", "009", "019", "021", "142", "150", "005", "013", "029", "145", "151", "154", "155", "039")
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func write(path string, words []string) error {
	return os.WriteFile(path, []byte(strings.Join(words, "\n")+"\n"), 0o644)
}
