package i18n

import "strings"

// Lang is an interface language, "fr" or "en".
type Lang string

// The interface languages.
const (
	French  Lang = "fr"
	English Lang = "en"
)

// Of returns the interface language named s, French for anything else.
func Of(s string) Lang {
	if Lang(s) == English {
		return English
	}
	return French
}

// Other is the language a switch goes to.
func (l Lang) Other() Lang {
	if l == English {
		return French
	}
	return English
}

// Pick chooses the interface language: the reader's saved choice, else
// the first of the browser's languages that the interface speaks, else
// French.
func Pick(saved string, browser []string) Lang {
	if saved == "fr" || saved == "en" {
		return Lang(saved)
	}
	for _, b := range browser {
		b = strings.ToLower(b)
		for _, l := range Langs {
			if b == string(l) || strings.HasPrefix(b, string(l)+"-") {
				return l
			}
		}
	}
	return Langs[0]
}

// Lookup returns the string for key in language l only, and whether l has
// it: for keys made at run time ("lang."+code) that may not exist.
func (l Lang) Lookup(key string) (string, bool) {
	if s, ok := messages[l][key]; ok {
		return s, true
	}
	s, ok := localMessages[l][key]
	return s, ok
}
