package entity

import (
	"embed"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// wordSet is a set of folded words or phrases.
type wordSet map[string]bool

func (s wordSet) has(text string) bool { return s[Fold(text)] }

// gazetteers holds every embedded list, loaded once on first use.
type gazetteers struct {
	firstNames, surnames, places, proper wordSet
	orgHeads, orgTails, institutions     wordSet
	roles, appositions, common           wordSet
	stopwords, particles                 wordSet
	// demonyms, notNames, facilities, instHeads and sport are the lists
	// of issue 15's corrections (doc.go, "Corrections").
	demonyms, notNames, facilities, instHeads, sport wordSet
	// media are newspapers, broadcasters and agencies; clubs the words
	// of sports clubs' names.
	media, clubs wordSet
	// countries are states and continents, never clubs (a subset of
	// places).
	countries wordSet
	// regions are regions and provinces, never clubs either
	// (regions.txt; the corrections read it, the model does not).
	regions wordSet
	// bodyHeads open organisations' names like orgHeads, for the rules
	// only: the model's features read orgHeads alone (bodyheads.txt).
	bodyHeads wordSet
	// bodies are organisations' names the rules cannot read, matched
	// whole (bodies.txt), and their longest length in words.
	bodies    wordSet
	bodyWords int
	// companies are well-known companies, matched whole
	// (companies.txt), and their longest length in words; for the
	// corrections only.
	companies    wordSet
	companyWords int
	// companyFirst are the first words of companies, so that most
	// words are passed over at once.
	companyFirst wordSet
	// parties are political parties, matched whole (parties.txt), their
	// first words and their longest length in words; for the
	// corrections only.
	parties    wordSet
	partyFirst wordSet
	partyWords int
	// hyphenFirst are the first words of the places listed with a
	// hyphen ("grande" of "grande-bretagne"): only a name opening with
	// one may be such a place written with spaces (spacedPlaces).
	hyphenFirst wordSet
	// nounAcronyms are acronyms of common nouns ("PDG", "GNL"), no
	// names (nounacronyms.txt); for the corrections only.
	nounAcronyms wordSet
	// bodyFirst are the first words of bodies, so that most words are
	// passed over at once.
	bodyFirst wordSet
	// towns are the first words of hyphenated town names, which the
	// news uses alone: "Clermont" for Clermont-Ferrand, "Brive".
	towns wordSet
	// accented are the one-word places always listed with an accent past
	// their first letter ("Côme"): written without it, the word is most
	// likely another ("Come on").
	accented wordSet
	// accentedFirst are the first names listed with an accent past their
	// first letter ("Hervé"): written without it after "à", the word is
	// a place ("à Herve", the Belgian town).
	accentedFirst wordSet
	// enDemonyms are English demonyms and their plurals
	// (en-demonyms.txt), never entities (english.go).
	enDemonyms wordSet
	// enRoles and enStopwords are the English roles and function words
	// (also in roles and stopwords), which english.go reads on their own.
	enRoles, enStopwords wordSet
	// teamNames are the nicknames of league teams (teamnames.txt), and
	// their longest length in words; for the corrections only (teams.go).
	teamNames     wordSet
	teamNameWords int
	// clubNames are the clubs sports news names by one word or a short
	// name alone (clubnames.txt), and their longest length in words;
	// for the corrections only (teams.go).
	clubNames     map[string]clubName
	clubNameWords int
	// communes are the French and Brussels communes of towns.txt and
	// the towns of the French-speaking world of worldtowns.txt, which no
	// other list has; for the corrections only (communes.go): the
	// model's features never read them.
	communes townLists
	// artists are musicians' stage names and bands (artists.txt), by
	// folded name; for the corrections only (artists.go).
	artists map[string]artist
	// enPlaces are the places of en-places.txt alone, which no French
	// list has (players.go).
	enPlaces wordSet
}

// townsText is data/towns.txt, folded and sorted by extract: searched
// as embedded, it costs nothing to load but a slice of its lines.
//
//go:embed data/towns.txt
var townsText string

// worldTownsText is data/worldtowns.txt, the towns of Africa, Haiti,
// Belgium, Switzerland, Luxembourg, French-speaking Canada, Lebanon and
// the French overseas that no other list has, folded and sorted by
// extract like towns.txt.
//
//go:embed data/worldtowns.txt
var worldTownsText string

// townLists are folded lists of towns searched as one.
type townLists []foldedList

// has reports whether one of the lists has the folded name f.
func (ls townLists) has(f string) bool {
	for _, l := range ls {
		if l.has(f) {
			return true
		}
	}
	return false
}

// splitLines is a list file's lines, without the last newline.
func splitLines(text string) foldedList {
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// foldedList is a sorted list of folded names, searched by halves.
type foldedList []string

// has reports whether the folded name f is in the list.
func (l foldedList) has(f string) bool {
	i := sort.SearchStrings(l, f)
	return i < len(l) && l[i] == f
}

var (
	gazOnce sync.Once
	gaz     gazetteers
)

func lists() *gazetteers {
	gazOnce.Do(func() { gaz = loadAll() })
	return &gaz
}

// loadAll reads every embedded list.
func loadAll() gazetteers {
	g := gazetteers{
		firstNames:   load("firstnames.txt"),
		surnames:     load("surnames.txt"),
		places:       load("places.txt"),
		proper:       load("proper.txt"),
		orgHeads:     load("orgheads.txt"),
		orgTails:     load("orgtails.txt"),
		institutions: load("institutions.txt"),
		roles:        load("roles.txt"),
		appositions:  load("appositions.txt"),
		common:       load("common.txt"),
		stopwords:    load("stopwords.txt"),
		particles:    load("particles.txt"),
		demonyms:     demonymForms(load("demonyms.txt")),
		notNames:     load("notnames.txt"),
		facilities:   load("facilities.txt"),
		instHeads:    load("instheads.txt"),
		sport:        load("sport.txt"),
		media:        load("media.txt"),
		clubs:        load("clubs.txt"),
		countries:    load("countries.txt"),
		regions:      load("regions.txt"),
		bodyHeads:    load("bodyheads.txt"),
		bodies:       load("bodies.txt"),
		companies:    load("companies.txt"),
		parties:      load("parties.txt"),
		nounAcronyms: load("nounacronyms.txt"),
		teamNames:    load("teamnames.txt"),
		communes:     townLists{splitLines(townsText), splitLines(worldTownsText)},
		artists:      loadArtists(),
	}
	for w := range load("worldfirstnames.txt") {
		g.firstNames[w] = true // "Siebe", "Wissam", "Fatou": first names the Grammalecte list lacks
	}
	g.bodyFirst = wordSet{}
	for w := range g.bodies {
		ts := tokenize(w)
		g.bodyWords = max(g.bodyWords, len(ts))
		g.bodyFirst[ts[0].fold] = true
	}
	g.companyFirst = wordSet{}
	for w := range g.companies {
		ts := tokenize(w)
		g.companyWords = max(g.companyWords, len(ts))
		g.companyFirst[ts[0].fold] = true
	}
	g.partyFirst = wordSet{}
	for w := range g.parties {
		ts := tokenize(w)
		g.partyWords = max(g.partyWords, len(ts))
		g.partyFirst[ts[0].fold] = true
	}
	for w := range g.teamNames {
		g.teamNameWords = max(g.teamNameWords, len(tokenize(w)))
	}
	g.clubNames, g.clubNameWords = loadClubNames("clubnames.txt")
	for w := range load("notplaces.txt") {
		delete(g.places, w)
	}
	g.accented = innerAccents("places.txt")
	g.accentedFirst = innerAccents("firstnames.txt")
	for w := range g.demonyms {
		if g.places[w] {
			delete(g.demonyms, w) // "Suisse", "Corse": the place wins
		}
	}
	g.towns = wordSet{}
	for w := range g.places {
		head, _, ok := strings.Cut(w, "-")
		if !ok || len([]rune(head)) < 4 || townHeadsNot[head] || g.places[head] || g.firstNames[head] || g.surnames[head] || g.common[head] || g.stopwords[head] {
			continue
		}
		g.towns[head] = true
	}
	g.addEnglish()
	g.hyphenFirst = wordSet{}
	for w := range g.places {
		if j := strings.IndexAny(w, " -"); j > 0 && strings.Contains(w, "-") {
			g.hyphenFirst[w[:j]] = true
		}
	}
	return g
}

// addEnglish adds the English lists (NOTICE.md) to the French ones: the
// recogniser is language-blind, so "United States", "Nova Scotia",
// "Canadian" and "Gov." are read in any article. They are added after
// the towns are made, which stay those of the French place names.
func (g *gazetteers) addEnglish() {
	g.enPlaces = load("en-places.txt")
	for w := range g.enPlaces {
		g.places[w] = true
	}
	for w := range load("en-countries.txt") {
		g.countries[w] = true
	}
	for w := range load("notplaces.txt") {
		delete(g.places, w)
	}
	g.enRoles = load("en-roles.txt")
	for w := range g.enRoles {
		g.roles[w] = true
	}
	for w := range load("en-ranks.txt") {
		g.enRoles[w] = true
	}
	g.enStopwords = load("en-stopwords.txt")
	for w := range g.enStopwords {
		g.stopwords[w] = true
	}
	// English demonyms stand before the name they qualify ("European
	// Central Bank", "French Tech"), where the French rules read a
	// demonym as the end of one name: they get a set of their own, read
	// by english.go alone.
	g.enDemonyms = wordSet{}
	for w := range load("en-demonyms.txt") {
		for _, f := range []string{w, w + "s"} {
			if !g.countries[f] {
				g.enDemonyms[f] = true
				delete(g.places, f) // "German" is also a town in GeoNames: the demonym wins
			}
		}
	}
}

// orgHead reports whether a folded word opens an organisation's name, for
// the rules: "Agence", "Banque", "Police".
func (g *gazetteers) orgHead(f string) bool { return g.orgHeads[f] || g.bodyHeads[f] }

// townHeadsNot are words that open many place names and name no town on
// their own: "Saint-Étienne", "Haute-Savoie", "Port-au-Prince".
var townHeadsNot = map[string]bool{
	"saint": true, "sainte": true, "port": true, "mont": true, "haute": true, "haut": true, "hauts": true,
	"basse": true, "bas": true, "nord": true, "sud": true, "est": true, "ouest": true, "nouvelle": true,
	"nouveau": true, "grand": true, "grande": true, "petit": true, "petite": true, "vieux": true,
	"ville": true, "pont": true, "fort": true, "cote": true, "iles": true, "etats": true, "etat": true,
	"deux": true, "trois": true, "terre": true, "cap": true, "golfe": true, "lac": true, "moyen": true,
	"extreme": true, "proche": true, "centre": true, "pays": true, "republique": true,
}

// demonymForms adds the feminine and plural forms of each masculine
// singular demonym: "parisien" gives "parisienne", "parisiens",
// "parisiennes".
func demonymForms(base wordSet) wordSet {
	out := wordSet{}
	for w := range base {
		out[w] = true
		var fem string
		switch {
		case strings.HasSuffix(w, "ien"), strings.HasSuffix(w, "en"):
			fem = w + "ne"
		case strings.HasSuffix(w, "e"):
			fem = w
		default:
			fem = w + "e"
		}
		out[fem] = true
		out[fem+"s"] = true
		if !strings.HasSuffix(w, "s") {
			out[w+"s"] = true
		}
	}
	return out
}

// load reads one embedded list: one entry a line, "#" starts a comment.
// A missing file yields an empty set: the package still works, with less
// knowledge, rather than failing.
// innerAccents returns the folded one-word entries of list name that are
// written with a diacritic past their first letter in every form listed.
func innerAccents(name string) wordSet {
	b, _ := dataFS.ReadFile("data/" + name)
	lines := strings.Split(string(b), "\n")
	s := wordSet{}
	plain := make([]string, 0, len(lines))
	for _, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || strings.ContainsAny(line, " -'") {
			continue
		}
		_, size := utf8.DecodeRuneInString(line)
		if isASCII(line[size:]) || Fold(line[size:]) == strings.ToLower(line[size:]) {
			plain = append(plain, line) // most lines: no accent past the first letter
			continue
		}
		s[Fold(line)] = true
	}
	if len(s) == 0 {
		return s
	}
	// A word listed with and without its accent is left out.
	var buf []byte
	for _, line := range plain {
		if !isASCII(line) {
			delete(s, Fold(line))
			continue
		}
		buf = append(buf[:0], line...)
		for i, c := range buf {
			if c >= 'A' && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
		}
		if s[string(buf)] {
			delete(s, string(buf))
		}
	}
	return s
}

func load(name string) wordSet {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return wordSet{}
	}
	s := wordSet{}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			s[Fold(line)] = true
		}
	}
	return s
}
