package entity

// addressWords are the forms of address of heads of state and dignitaries,
// which honorifics (recognize.go) lacks because they open no name in the
// rules: "Son Excellence", "Sa Majesté", "Son Altesse".
var addressWords = map[string]bool{"excellence": true, "majeste": true, "altesse": true, "eminence": true, "saintete": true}

// addressPossessives come before addressWords: "Son Excellence".
var addressPossessives = map[string]bool{"son": true, "sa": true, "leurs": true, "votre": true}

// namedByTitle are honorifics that stay in a name because the person is
// known by the pair: "l'Abbé Pierre", "Sœur Emmanuelle", "Frère Roger".
var namedByTitle = map[string]bool{"abbe": true, "soeur": true, "frere": true, "pere": true}

// addressForms takes the forms of address out of the start of a person's
// name, as GUIDELINE wants ("Leave out titles, civilities and roles"):
// "Son Excellence Monsieur Muhammadu BUHARI" gives "Muhammadu BUHARI",
// "le Général de Gaulle" gives "de Gaulle". The rules start a name after
// an honorific, but the model's span, or two people's spans joined, may
// hold it: a form of address after another one ("Excellence Monsieur")
// or after "Son" opening a sentence is read as part of the name. A span
// of forms of address alone is no one, and is dropped. A first name
// ("Pape") is never taken out, nor a title a person is known by ("Sœur
// Emmanuelle").
func (a *analysis) addressForms(spans [][]span) {
	g := lists()
	for b := range spans {
		toks, info := a.toks[b], a.info[b]
		out := spans[b][:0]
		for _, s := range spans[b] {
			if s.typ != PER || s.runeEnd > 0 {
				out = append(out, s)
				continue
			}
			k := s.from
			for k < s.to {
				t, f := toks[k], info[k].fold
				if t.kind != word || firstNameWord(t) || namedByTitle[f] {
					break
				}
				if addressPossessives[f] && k+1 < s.to && addressWords[info[k+1].fold] || addressWords[f] || honorifics[f] && isCap(t) {
					k++
					continue
				}
				break
			}
			if k == s.from {
				out = append(out, s)
				continue
			}
			// What is left must open a name: a capitalised word, or a
			// particle before one ("de Gaulle").
			j := k
			for j < s.to && g.particles[info[j].fold] && isLower(toks[j]) {
				j++
			}
			if j == s.to || !isCap(toks[j]) {
				if k == s.to {
					continue // "Excellence Monsieur": no one
				}
				out = append(out, s)
				continue
			}
			s.from, s.runeStart, s.runeEnd = k, 0, 0
			out = append(out, s)
		}
		spans[b] = out
	}
}
