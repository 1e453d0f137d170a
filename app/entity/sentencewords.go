package entity

import "strings"

// openingParticiple reports whether s is one unknown word opening a
// sentence that is a past participle before its complement: "Mené à la
// pause, Lille a renversé le match", "Gênés par le jeu rennais"; no
// name, though it may be a place's too ("Le Mené"; session 13: both
// were organisations in the seen sets).
func (a *analysis) openingParticiple(b int, s span) bool {
	toks := a.toks[b]
	t := toks[s.from]
	if s.to-s.from != 1 || !t.sentStart || isAcronym(t) || firstNameWord(t) || s.to >= len(toks) {
		return false
	}
	w := strings.ToLower(t.text)
	if !strings.HasSuffix(w, "é") && !strings.HasSuffix(w, "ée") && !strings.HasSuffix(w, "és") && !strings.HasSuffix(w, "ées") {
		return false
	}
	if toks[s.to].kind == number {
		return true // "Mené 1-4 à 16 minutes de la fin"
	}
	switch toks[s.to].text {
	case "à", "au", "aux", "par", "en", "dans", "sur":
		return true // not "Lomé a accueilli"
	}
	return false
}

// makerCar reports whether s is a car maker's name after an article
// that makes it the car ("une Hyundai et une Peugeot", "La Peugeot a
// effectué des tonneaux"): a product, no entity (GUIDELINE); "Peugeot a
// rappelé", "chez Peugeot" stay the company.
func (a *analysis) makerCar(b int, s span) bool {
	if s.to-s.from != 1 || s.from == 0 || !makers[a.info[b][s.from].fold] || s.why == whyApposition {
		return false
	}
	switch a.info[b][s.from-1].fold {
	case "une", "la", "cette", "sa":
		return true
	}
	return false
}
