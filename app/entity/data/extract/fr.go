package main

import (
	"bufio"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// officialPlaces is written at the end of places.txt as it stands: names
// of places no source lists as such (official names of states, which open
// with an organisation word, "Fédération", "République").
//
//go:embed places-official.txt
var officialPlaces string

// handPlaces are merged into places.txt in order (not into proper.txt's
// filter): places no source names as places, kept by hand.
//
//go:embed places-hand.txt
var handPlaces string

// french writes firstnames.txt, surnames.txt, places.txt, proper.txt and
// countries.txt in out.
func french(src sources, out string) error {
	tagged, err := readDic(src.dic)
	if err != nil {
		return err
	}
	cities, err := readMo(src.frMo)
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
		if frenchName(w) {
			places[w] = true
		}
	}
	proper := map[string]bool{}
	for _, w := range tagged["npr"] {
		if frenchName(w) && !places[w] {
			proper[w] = true
		}
	}
	for _, line := range strings.Split(handPlaces, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			places[line] = true
		}
	}
	files := map[string]string{
		"firstnames.txt": listText(filter(tagged["prn"], frenchName)),
		"surnames.txt":   listText(filter(tagged["patr"], frenchName)),
		"places.txt":     listText(keys(places)) + officialPlaces,
		"proper.txt":     listText(keys(proper)),
		"countries.txt":  listText(keys(countries)),
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(out, name), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// frenchName keeps capitalised words made of letters, hyphens,
// apostrophes and spaces with at least one lower-case letter: not
// acronyms, not formulas.
func frenchName(w string) bool { return isName(w, 2, "-'’ ") }

// readDic reads a hunspell dictionary's words by their "po:" tags (prn:
// first names, patr: surnames, npr: proper names, nom: nouns).
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

func filter(ws []string, keep func(string) bool) []string {
	m := map[string]bool{}
	for _, w := range ws {
		if keep(w) {
			m[w] = true
		}
	}
	return keys(m)
}
