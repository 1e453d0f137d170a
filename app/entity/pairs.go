package entity

import "strings"

// pairedPeople splits a word that joins two people of the article by a
// hyphen into one person per part: "l'échange Attaf-Séjourné", "le
// couple Macron-Scholz" (GUIDELINE: two surfaces, one per name). A part
// is a person's when the article names a person by it: the last word of
// a full name, or the name alone, shown as a person.
func (a *analysis) pairedPeople(spans [][]span) {
	people := map[string]bool{}
	for b, ss := range spans {
		for _, s := range ss {
			if s.typ == PER && !s.low && s.runeEnd == 0 && isCap(a.toks[b][s.to-1]) && !strings.ContainsRune(a.toks[b][s.to-1].text, '-') {
				people[a.info[b][s.to-1].fold] = true
			}
		}
	}
	if len(people) < 2 {
		return
	}
	for b, ss := range spans {
		var out []span
		changed := false
		for _, s := range ss {
			t := a.toks[b][s.from]
			if s.to-s.from != 1 || s.runeEnd > 0 || s.typ == DATE || !strings.ContainsRune(t.text, '-') || joinedFirstNames(t.text) {
				out = append(out, s)
				continue
			}
			parts := strings.Split(t.text, "-")
			all := len(parts) >= 2
			for _, p := range parts {
				all = all && p != "" && people[Fold(p)]
			}
			if !all {
				out = append(out, s)
				continue
			}
			at := t.start
			for _, p := range parts {
				n := len([]rune(p))
				out = append(out, span{from: s.from, to: s.to, typ: PER, runeStart: at, runeEnd: at + n, why: whyCorrection, conf: 1})
				at += n + 1
			}
			changed = true
		}
		if changed {
			spans[b] = out
		}
	}
}

// portfolioDomains are the domains of ministers' portfolios, folded,
// first word: "Éric Girard (Finances)", "Sid Ahmed Ferroukhi (Pêche)".
var portfolioDomains = map[string]bool{
	"finances": true, "sante": true, "education": true, "justice": true, "interieur": true, "defense": true, "armees": true,
	"culture": true, "tourisme": true, "peche": true, "peches": true, "agriculture": true, "transports": true, "economie": true,
	"commerce": true, "industrie": true, "energie": true, "environnement": true, "travail": true, "emploi": true, "logement": true,
	"jeunesse": true, "habitat": true, "budget": true, "numerique": true, "communication": true, "recherche": true,
	"famille": true, "solidarites": true, "mines": true, "travaux": true, "affaires": true, "ecologie": true, "outre-mer": true,
	"enseignement": true, "fonction": true, "relations": true, "developpement": true, "formation": true, "hydraulique": true,
	"elevage": true, "medias": true, "sports": true, "loisirs": true, "arts": true, "commerce exterieur": true, "postes": true, "telecommunications": true, "infrastructures": true, "securite": true,
}

// bracketPortfolio reports whether s is a minister's portfolio in
// brackets after the minister's name (GUIDELINE: no entity): "Farouk
// Chiali (Travaux publics), Sid Ahmed Ferroukhi (Pêche)".
func (a *analysis) bracketPortfolio(b int, s span) bool {
	toks := a.toks[b]
	if s.from < 2 || s.to >= len(toks) || toks[s.from-1].text != "(" || toks[s.to].text != ")" || s.typ == PER && !weakReasons[s.why] || isAcronym(toks[s.from]) {
		return false
	}
	if !portfolioDomains[a.info[b][s.from].fold] {
		return false
	}
	p := toks[s.from-2]
	return p.kind == word && isCap(p)
}
