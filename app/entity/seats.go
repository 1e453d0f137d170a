package entity

import "strings"

// seatNames are the institutions the news names by the building that
// houses them, folded: "l'Élysée", "Matignon", "le Kremlin", "la Maison
// Blanche", "le Quai d'Orsay", "Bercy" (data/institutions.txt types them
// organisations).
var seatNames = map[string]bool{
	"elysee": true, "matignon": true, "kremlin": true, "maison blanche": true, "maison-blanche": true,
	"quai d'orsay": true, "bercy": true, "pentagone": true, "place beauvau": true, "beauvau": true,
}

// seatVisits are the verbs and nouns of arriving, going, being received,
// meeting, eating and living that make the seat after "à" ("à l'", "au")
// the building (GUIDELINE: "reçu à la Maison Blanche", "arrivés à
// Matignon", "déjeuner à l'Élysée"), folded. Taking the office is no
// visit: "la nomination de Michel Barnier à Matignon" stays the
// institution.
var seatVisits = map[string]bool{
	// arriving and going
	"arrive": true, "arrivee": true, "arrivees": true, "arrives": true, "arrivent": true, "arriver": true, "arrivant": true,
	"rendu": true, "rendue": true, "rendus": true, "rendues": true, "rendre": true, "rend": true, "rendent": true, "rendra": true, "rendront": true, "rendait": true,
	"alle": true, "allee": true, "alles": true, "allees": true, "aller": true, "va": true, "vont": true, "ira": true, "iront": true,
	"venu": true, "venue": true, "venus": true, "venues": true, "venir": true, "vient": true, "viennent": true, "viendra": true,
	"retourne": true, "retournee": true, "retournes": true,
	// being received, invited, summoned, awaited
	"recu": true, "recue": true, "recus": true, "recues": true, "recoit": true, "recoivent": true, "recevoir": true, "recevra": true, "recevait": true,
	"accueilli": true, "accueillie": true, "accueillis": true, "accueillies": true, "accueille": true, "accueillent": true, "accueillir": true,
	"invite": true, "invitee": true, "invites": true, "invitees": true, "convie": true, "conviee": true, "convies": true, "conviees": true,
	"convoque": true, "convoquee": true, "convoques": true, "convoquees": true, "attendu": true, "attendue": true, "attendus": true, "attendues": true,
	// meeting
	"reunion": true, "reunions": true, "reuni": true, "reunie": true, "reunis": true, "reunies": true, "reunit": true, "reunissent": true,
	"rencontre": true, "rencontres": true, "entretien": true, "entretiens": true, "entrevue": true, "rendez-vous": true, "ceremonie": true, "reception": true,
	// eating
	"dejeuner": true, "dejeuners": true, "dejeune": true, "diner": true, "diners": true, "dine": true, "petit-dejeuner": true, "repas": true,
	// living and working
	"vit": true, "vivre": true, "habite": true, "habiter": true, "loge": true, "loger": true, "dort": true, "dormir": true,
	"installe": true, "installee": true, "installes": true, "travaille": true, "travaillent": true, "travailler": true,
}

// seatParts are the nouns that name a seat's building, its parts or its
// occupant before "de" ("sur le perron de l'Élysée", "dans la cour de
// Matignon", "le nouveau locataire de Matignon", "les grilles du
// Kremlin"), folded.
var seatParts = map[string]bool{
	"locataire": true, "locataires": true, "hote": true, "hotes": true, "pensionnaire": true, "pensionnaires": true,
	"perron": true, "cour": true, "salon": true, "salons": true, "grilles": true, "jardin": true, "jardins": true,
	"couloirs": true, "couloir": true, "murs": true, "portes": true, "fenetres": true, "escalier": true, "parc": true,
	"enceinte": true, "toit": true, "sous-sol": true, "bureaux": true, "chemin": true, "abords": true,
}

// seatBuilding reports whether the seat toks[from:to] of block b is
// meant as the building (seatVisits, seatParts, "devant"), not the
// institution.
func (a *analysis) seatBuilding(b, from int) bool {
	toks, info := a.toks[b], a.info[b]
	p := from - 1
	if p >= 0 && (info[p].fold == "l'" || info[p].fold == "la" || info[p].fold == "le" || info[p].fold == "les") && isLower(toks[p]) {
		p--
	}
	if p < 0 || !isLower(toks[p]) {
		return false
	}
	switch f := info[p].fold; {
	case f == "devant":
		return true // "rassemblés devant l'Élysée"
	case f == "de" || f == "d'" || f == "du" || f == "des":
		return p > 0 && seatParts[info[p-1].fold] && isLower(toks[p-1])
	case f == "a" && toks[p].text != "a" && toks[p].text != "A" || f == "au":
		// "reçu mardi à Matignon", "arrivés à pied à Matignon", "est
		// allé déjeuner à l'Élysée": the verb or noun within a few words,
		// in the same clause.
		for k := p - 1; k >= 0 && k >= p-5; k-- {
			t := toks[k]
			if t.kind != word {
				return false
			}
			if isLower(t) && seatVisits[strings.TrimPrefix(info[k].fold, "s'")] {
				return true
			}
		}
	}
	return false
}

// seats types a seat of power a place where the article means the
// building in most of its mentions (seatBuilding), an organisation
// otherwise, as data/institutions.txt does: the gold keeps one type per
// surface and text, that of the majority of its uses (GUIDELINE), and a
// tie keeps the institution.
func (a *analysis) seats(spans [][]span) {
	building, body := map[string]int{}, map[string]int{}
	for b, ss := range spans {
		for _, s := range ss {
			if s.typ == DATE || s.runeEnd > 0 {
				continue
			}
			k := keyOf(a.toks[b], s.from, s.to)
			if !seatNames[k] {
				continue
			}
			if a.seatBuilding(b, s.from) {
				building[k]++
			} else {
				body[k]++
			}
		}
	}
	if len(building) == 0 {
		return
	}
	for b, ss := range spans {
		for i, s := range ss {
			if s.typ == DATE || s.runeEnd > 0 {
				continue
			}
			if k := keyOf(a.toks[b], s.from, s.to); seatNames[k] && building[k] > body[k] {
				ss[i].typ, ss[i].why, ss[i].conf, ss[i].low = LOC, whyCorrection, 1, false
			}
		}
	}
}
