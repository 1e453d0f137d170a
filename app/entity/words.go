package entity

import (
	"strings"
	"unicode"
)

// isCap reports whether a word starts with a capital letter ("Paris",
// "G7", "IndiGo").
func isCap(t token) bool {
	if t.kind != word {
		return false
	}
	for _, r := range t.text {
		return unicode.IsUpper(r)
	}
	return false
}

// isLower reports whether a word starts with a lower-case letter.
func isLower(t token) bool {
	if t.kind != word {
		return false
	}
	for _, r := range t.text {
		return unicode.IsLower(r)
	}
	return false
}

// isAcronym reports whether a word is written in capitals, with at least
// two letters, digits allowed: "NSA", "G20", "ANSSI".
func isAcronym(t token) bool {
	if t.kind != word {
		return false
	}
	letters := 0
	for _, r := range t.text {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r), r == '-', r == '&':
		default:
			return false
		}
	}
	return letters >= 2 || (letters == 1 && len([]rune(t.text)) >= 2 && unicode.IsUpper([]rune(t.text)[0]))
}

// bare is a token's folded text without an elision's apostrophe: "l'" is "l".
func bare(t token) string {
	return strings.TrimSuffix(t.fold, "'")
}

// adjectiveEndings are the usual endings of French adjectives. They let an
// organisation's name run on through "nationale", "mondiale", "agricole"
// without swallowing the verb that follows ("examine").
var adjectiveEndings = []string{
	"al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ien", "ienne", "iennes", "iens",
	"ique", "iques", "ais", "aise", "aises", "ain", "aine", "aines", "ains", "e", "ee", "ees", "es",
	"if", "ive", "ives", "ifs", "aire", "aires", "ier", "iere", "ieres", "iers", "eux", "euse", "euses",
	"ois", "oise", "oises", "cole", "coles", "enne", "ennes", "ies", "ie", "unis", "unies",
	"een", "eens", "iste", "istes", "ile", "iles", "ere", "eres", "ieur", "ieure", "ieurs", "ieures",
	"ante", "antes", "ente", "entes",
}

// longAdjectiveEndings are adjective endings that short nouns share
// ("table", "sable", "cible"): a word of seven letters or more in
// "-able" or "-ible" is read as an adjective ("durable", "responsable",
// "renouvelables", "accessible").
var longAdjectiveEndings = []string{"able", "ables", "ible", "ibles"}

// looksAdjective guesses from its ending whether a lower-case word is an
// adjective; endings with an accent are checked on the unfolded word
// ("écologique", "fédérale", "aérienne", "étrangères").
func looksAdjective(w string) bool {
	raw := strings.ToLower(w)
	f := Fold(w)
	if len([]rune(f)) < 4 || lists().stopwords[f] || strings.HasSuffix(f, "pelle") {
		return false // "appelle" is a verb: "l'Assemblée appelle au calme"
	}
	for _, e := range []string{"é", "ée", "ées", "és"} {
		if strings.HasSuffix(raw, e) {
			return true
		}
	}
	if len([]rune(f)) >= 7 {
		for _, e := range longAdjectiveEndings {
			if strings.HasSuffix(f, e) {
				return true
			}
		}
	}
	for _, e := range adjectiveEndings {
		if e == "e" || e == "ee" || e == "ees" || e == "es" || e == "ie" || e == "ies" {
			continue // too common in verbs and nouns on their own
		}
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}
