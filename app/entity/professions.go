package entity

import "strings"

// professions are the lower-case nouns of the arts and the press that
// introduce a person by the name the public knows, often a single word:
// "l'artiste Youssoupha", "le rappeur Gims", "la chanteuse Zazie", "le
// photographe Nadar". Unlike data/roles.txt, which the model reads, they
// are used after the model, as evidence for a person.
var professions = map[string]bool{
	"artiste": true, "artistes": true, "chanteur": true, "chanteuse": true, "rappeur": true, "rappeuse": true,
	"peintre": true, "photographe": true, "sculpteur": true, "sculptrice": true, "dessinateur": true, "dessinatrice": true,
	"ecrivain": true, "ecrivaine": true, "romancier": true, "romanciere": true, "poete": true, "poetesse": true,
	"acteur": true, "actrice": true, "comedien": true, "comedienne": true, "humoriste": true, "cineaste": true,
	"realisateur": true, "realisatrice": true, "musicien": true, "musicienne": true, "compositeur": true, "compositrice": true,
	"pianiste": true, "violoniste": true, "guitariste": true, "choregraphe": true, "danseur": true, "danseuse": true,
	"slameur": true, "slameuse": true, "styliste": true, "journaliste": true,
}

// professionals makes a person of a name of one to three capitalised
// words right after a determiner and a profession noun, whatever weak
// cue typed it: "L'artiste Youssoupha, figure du rap", "du photographe
// Nadar". A name a list knows as a company, a medium, a party or an
// institution, or an acronym, keeps its type ("le photographe de l'AFP"
// has "de" between them anyway).
func (a *analysis) professionals(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		for i, s := range ss {
			p := s.from - 1
			if s.typ == DATE || s.runeEnd > 0 || p < 1 || s.to-s.from > 3 || !isLower(toks[p]) || !professions[info[p].fold] {
				continue
			}
			if d := strings.TrimSuffix(info[p-1].fold, "'"); !determiners[d] && !determiners[d+"'"] {
				continue
			}
			if s.typ != PER && !weakReasons[s.why] && s.why != whyProper || isAcronym(toks[s.from]) {
				continue
			}
			if k := keyOf(toks, s.from, s.to); g.companies[k] || g.media[k] || g.parties[k] || g.institutions[k] || g.places[k] {
				continue
			}
			ss[i].typ, ss[i].why, ss[i].low = PER, whyRole, false
			ss[i].conf = max(ss[i].conf, 0.9)
		}
	}
}
