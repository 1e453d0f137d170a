//go:build ignore

// Extract regenerates the gazetteers in this folder from Debian packages.
// It is run by hand, once, and only its compact output is committed:
//
//	apt-get install hunspell-fr-comprehensive libgeonames-common
//	go run ./app/entity/data/extract.go -out app/entity/data
//
// Sources and licences are listed in NOTICE.md.
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
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	dic := flag.String("dic", "/usr/share/hunspell/fr.dic", "Grammalecte hunspell dictionary")
	mo := flag.String("geonames", "/usr/share/locale/fr/LC_MESSAGES/geonames.mo", "libgeonames French catalogue")
	out := flag.String("out", ".", "output folder")
	flag.Parse()

	tagged, err := readDic(*dic)
	if err != nil {
		return err
	}
	cities, err := readMo(*mo)
	if err != nil {
		return err
	}
	places := map[string]bool{}
	for _, c := range cities {
		places[c] = true
	}
	// Countries and world regions by their French names, also a list of
	// their own (a country is never a club) but for city-states and
	// cities.
	fr := display.Regions(language.French)
	countries := map[string]bool{}
	for _, code := range regionCodes() {
		if r, err := language.ParseRegion(code); err == nil {
			if name := fr.Name(r); name != "" && !strings.ContainsAny(name, "()") {
				places[name] = true
				switch name {
				case "Monaco", "Luxembourg", "Singapour", "Hong Kong", "R.A.S. chinoise de Hong Kong", "Macao", "R.A.S. chinoise de Macao":
				default:
					countries[name] = true
				}
			}
		}
	}
	// Short names the news gives states that CLDR names in full
	// ("Congo-Kinshasa" is "RD Congo" or "Congo").
	for _, name := range []string{"Congo"} {
		countries[name] = true
		places[name] = true
	}
	// Grammalecte tags place names that take an article ("la Bretagne")
	// as nouns; keep capitalised, formula-free ones.
	for _, w := range tagged["nom"] {
		if isName(w) {
			places[w] = true
		}
	}
	proper := map[string]bool{}
	for _, w := range tagged["npr"] {
		if isName(w) && !places[w] {
			proper[w] = true
		}
	}
	files := map[string][]string{
		"firstnames.txt": filter(tagged["prn"], isName),
		"surnames.txt":   filter(tagged["patr"], isName),
		"places.txt":     keys(places),
		"proper.txt":     keys(proper),
		"countries.txt":  keys(countries),
	}
	for name, words := range files {
		if err := write(filepath.Join(*out, name), words); err != nil {
			return err
		}
	}
	return nil
}

// isName keeps capitalised words made of letters, hyphens, apostrophes and
// spaces with at least one lower-case letter: not acronyms, not formulas.
func isName(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return false
	}
	lower := false
	for _, r := range rs {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsLetter(r), r == '-', r == '\'', r == ' ', r == '’':
		default:
			return false
		}
	}
	return lower
}

func readDic(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open dictionary: %w", err)
	}
	defer f.Close()
	tagged := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		word, rest, ok := strings.Cut(line, "/")
		if !ok {
			word, rest, _ = strings.Cut(line, " ")
		}
		for _, field := range strings.Fields(rest) {
			if tag, ok := strings.CutPrefix(field, "po:"); ok {
				tagged[tag] = append(tagged[tag], word)
			}
		}
	}
	return tagged, sc.Err()
}

// readMo reads the translations of a GNU gettext .mo catalogue.
func readMo(path string) ([]string, error) {
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
	tr := int(bo.Uint32(b[16:]))
	var out []string
	for i := 0; i < n; i++ {
		l := int(bo.Uint32(b[tr+8*i:]))
		o := int(bo.Uint32(b[tr+8*i+4:]))
		if o+l > len(b) {
			return nil, fmt.Errorf("entry %d out of range", i)
		}
		if s := string(b[o : o+l]); s != "" && !strings.Contains(s, "\n") {
			out = append(out, s)
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

func filter(ws []string, keep func(string) bool) []string {
	m := map[string]bool{}
	for _, w := range ws {
		if keep(w) {
			m[w] = true
		}
	}
	return keys(m)
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
