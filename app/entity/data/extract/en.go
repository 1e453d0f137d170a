package main

import (
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// english writes en-places.txt and en-countries.txt in out, leaving out
// what places.txt there lists already. wamerican's word list is read only
// to leave out the names that are also English common words ("Delta",
// "Mobile", "Reading"), and the Grammalecte dictionary's to leave out
// French ones ("Greve"): a capital on those says nothing. Nothing of
// either is written out.
func english(src sources, out string) error {
	common, err := lowerWords(src.words)
	if err != nil {
		return err
	}
	// The French lists' people names, function words and common nouns: a
	// GeoNames town that is also a first name or a surname ("Dixon") or a
	// French word stays out, since the lists are read for both languages
	// and the other reading wins in the news more often than not.
	people := map[string]bool{}
	for _, name := range []string{"firstnames.txt", "surnames.txt", "stopwords.txt", "common.txt", "proper.txt"} {
		ws, err := readLines(filepath.Join(out, name))
		if err != nil {
			return err
		}
		for _, w := range ws {
			people[strings.ToLower(w)] = true
		}
	}
	// French common words, accents folded ("Greve" is Grève, a strike).
	if err := addFrenchWords(src.dic, common); err != nil {
		return err
	}
	names, err := readMo(src.enMo)
	if err != nil {
		return err
	}
	places := map[string]bool{}
	for id, name := range names {
		if !englishName(name) {
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
	french, err := readLines(filepath.Join(out, "places.txt"))
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
		if err := os.WriteFile(filepath.Join(out, name), []byte(listText(words)), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// englishName keeps capitalised words made of letters, hyphens,
// apostrophes, dots and spaces with at least one lower-case letter.
func englishName(w string) bool { return isName(w, 3, "-'’ .") }

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
	ws, err := readLines(path)
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

// addFrenchWords adds to set the lower-case words of the Grammalecte
// dictionary, folded: the common words that a list of names leaves out.
func addFrenchWords(dic string, set map[string]bool) error {
	lines, err := readLines(dic)
	if err != nil {
		return err
	}
	for _, l := range lines {
		w, _, _ := strings.Cut(l, "/")
		w, _, _ = strings.Cut(w, "\t")
		w, _, _ = strings.Cut(w, " ")
		if r := []rune(w); len(r) > 0 && unicode.IsLower(r[0]) {
			set[fold(w)] = true
		}
	}
	return nil
}
