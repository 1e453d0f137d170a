package entity

import "strings"

// Words that open a sentence or a title and are no part of the name
// after them (session 14, from the spurious people of heldout28 and
// heldout29): the rules, for which a run of capitalised words is a name,
// read "Outre Carrier (2e, 3e) et Slafkovsky" as a person "Outre
// Carrier", and a play's title "Et Dua Lipa a fait ça" as a person "Et
// Dua Lipa".

// openingWords are prepositions and adverbs that stopwords.txt does not
// hold (the model reads that list, so it stays as trained) and that open
// a sentence before a name: "Outre Carrier", "Hormis Mbappé", "Demain
// Marine Le Pen". Adverbs in "-ment" count too (openingWord).
var openingWords = map[string]bool{
	"outre": true, "hormis": true, "durant": true, "via": true, "envers": true, "sauf": true,
	"excepte": true, "moyennant": true, "nonobstant": true, "concernant": true, "face": true,
	"quant": true, "jusqu'": true, "jusque": true, "demain": true, "hier": true, "aujourd'hui": true,
	"desormais": true, "dorenavant": true, "ensuite": true, "cependant": true, "toutefois": true,
	"neanmoins": true, "pourtant": true, "certes": true, "bref": true, "surtout": true, "ailleurs": true,
	"puisque": true, "tantot": true, "sitot": true, "aussitot": true, "voire": true, "sinon": true,
}

// openingWord reports whether t opens its sentence as a preposition or
// an adverb, before a capitalised name that starts after it. An adverb
// in "-ment" is one unless a list knows the word as a name ("Clément").
func openingWord(t token) bool {
	if !t.sentStart || !isCap(t) {
		return false
	}
	f := strings.TrimSuffix(t.fold, "'")
	if openingWords[f] || openingWords[t.fold] {
		return true
	}
	return len(f) > 6 && strings.HasSuffix(f, "ment") && !known(t) && !strings.ContainsRune(f, '-')
}

// conjunctionTitles open a work's title written inside a sentence with
// a capital: "sa dernière création Et Dua Lipa a fait ça", "le film Ou
// Pas". A name never starts with them.
var conjunctionTitles = map[string]bool{"et": true, "ou": true, "mais": true, "donc": true, "car": true, "ni": true}

// titleConjunction reports whether toks[i] is a conjunction written with
// a capital inside a sentence, opening a work's title.
func titleConjunction(toks []token, i int) bool {
	t := toks[i]
	return !t.sentStart && isCap(t) && !isAcronym(t) && conjunctionTitles[t.fold] && i > 0 && toks[i-1].kind == word
}

// pluralTitles are the plural forms of titles, before a list of people:
// "Mes Sven Mary et Rohan Van Vooren" (lawyers, plural of "Me"), "MM.
// Dupont et Durand" is in titles already.
var pluralTitles = map[string]bool{"Mes": true, "Drs": true, "Prs": true}

// pluralTitleAt reports whether toks[i] is a plural title before a
// capitalised name: "Mes" is also the possessive ("Mes enfants"), which
// a lower-case word follows.
func pluralTitleAt(toks []token, i int) bool {
	if !pluralTitles[toks[i].text] || i+1 >= len(toks) || !isCap(toks[i+1]) || isAcronym(toks[i+1]) {
		return false
	}
	// A first name or two capitalised words after: "Mes Souvenirs", a
	// book, is no lawyer.
	return firstNameWord(toks[i+1]) || i+2 < len(toks) && isCap(toks[i+2]) && toks[i+2].start == toks[i+1].end+1
}

// conjunctionTitleNames drops the names of a work's title opened by a
// capitalised conjunction inside a sentence: "Et Dua Lipa a fait ça" is
// a play, no person (GUIDELINE: works are no entities). The rules stop
// before the conjunction (nameAt); the model may still read the name
// after it.
func (a *analysis) conjunctionTitleNames(spans [][]span) {
	for b, ss := range spans {
		toks := a.toks[b]
		out := ss[:0]
		for _, s := range ss {
			if s.typ != DATE && s.runeEnd == 0 && (titleConjunction(toks, s.from) || s.from > 0 && titleConjunction(toks, s.from-1)) && s.why != whyTitle && s.why != whyInstitution {
				continue
			}
			out = append(out, s)
		}
		spans[b] = out
	}
}

// nameParticle reports whether t is a lower-case particle inside a
// person's name: "Marc André ter Stegen", "Rafael van der Vaart",
// "Mohamed ould Abdelaziz".
func nameParticle(t token) bool {
	return t.kind == word && isLower(t) && (foreignParticles[t.fold] || nameParticles[t.fold])
}

// foreignParticles sit inside people's names and are no French
// preposition, so that a run of capitalised words crosses them: "de"
// and "du" may join a player to his club ("Lucas de Lyon").
var foreignParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "da": true, "das": true, "dos": true, "do": true, "di": true, "del": true, "della": true, "bin": true, "ben": true, "zu": true}

// djAt reports whether toks[i] is "DJ" before a capitalised name: a
// musician's trade, not an acronym opening an organisation's name. After
// an article it is the trade before the stage name ("le DJ Kid Noize");
// alone it opens the stage name ("DJ Snake").
func djAt(toks []token, i int) bool {
	return i >= 0 && toks[i].text == "DJ" && i+1 < len(toks) && isCap(toks[i+1]) && !isAcronym(toks[i+1])
}

// djTrade reports whether the "DJ" at toks[i] follows an article or a
// determiner: the trade, left out of the name.
func djTrade(toks []token, i int) bool {
	return djAt(toks, i) && i > 0 && isLower(toks[i-1]) && (articles[toks[i-1].fold] || determiners[strings.TrimSuffix(toks[i-1].fold, "'")] || toks[i-1].fold == "du" || toks[i-1].fold == "au")
}
