package entity

import "strings"

// portfolioDomains are the domains of ministers' portfolios, folded,
// first word: "Éric Girard (Finances)", "Sid Ahmed Ferroukhi (Pêche)".
var portfolioDomains = map[string]bool{
	"finances": true, "sante": true, "education": true, "justice": true, "interieur": true, "defense": true, "armees": true,
	"culture": true, "tourisme": true, "peche": true, "peches": true, "agriculture": true, "transports": true, "economie": true,
	"commerce": true, "industrie": true, "energie": true, "environnement": true, "travail": true, "emploi": true, "logement": true,
	"jeunesse": true, "habitat": true, "budget": true, "numerique": true, "communication": true, "recherche": true,
	"famille": true, "solidarites": true, "mines": true, "travaux": true, "affaires": true, "ecologie": true, "outre-mer": true,
	"enseignement": true, "fonction": true, "relations": true, "tresor": true, "developpement": true, "formation": true, "hydraulique": true,
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

// cabinetVerbs give a minister a portfolio: "passe à la Sécurité
// publique", "obtient en plus la Sécurité publique", "hérite des
// Transports", "reste à l'Environnement".
var cabinetVerbs = map[string]bool{
	"passe": true, "passent": true, "obtient": true, "obtiennent": true, "herite": true, "heritent": true,
	"conserve": true, "conservent": true, "recupere": true, "recuperent": true, "cumule": true, "cumulent": true,
	"reste": true, "restent": true,
	// the press's verbs of an appointment: "pressentie à la Famille",
	// "nommé à la Santé", "promue à l'Industrie"
	"pressenti": true, "pressentie": true, "pressentis": true, "pressenties": true, "nomme": true, "nommee": true, "nommes": true, "nommees": true,
	"promu": true, "promue": true, "promus": true, "promues": true, "propulse": true, "propulsee": true, "parachute": true, "parachutee": true,
}

// namedPortfolio reports whether s is a minister's portfolio named
// without "ministre" (GUIDELINE: no entity; session 13): a domain after
// a verb of a cabinet's making ("passe à la Sécurité publique"), one of
// a list of two domains or more with their articles ("hérité de quatre
// ministères clés : la Défense, la Sécurité, l'Administration"), or a
// listed institution that is also a domain right after "ministre"
// ("Ministre du Trésor").
func (a *analysis) namedPortfolio(b int, s span) bool {
	toks, info := a.toks[b], a.info[b]
	if s.typ == DATE || s.from < 2 || !isCap(toks[s.from]) || s.typ == PER && !weakReasons[s.why] {
		return false
	}
	if k := keyOf(toks, s.from, s.to); (lists().bodies[k] || lists().institutions[k]) && !isAcronym(toks[s.from]) && info[s.from-1].fold == "la" && info[s.from-2].fold == "de" && s.from >= 3 && info[s.from-3].fold == "et" && a.portfolioAt(b, s) {
		// "ministre des Affaires étrangères et de la Francophonie": a
		// listed body that ends a minister's portfolios is one.
		return true
	}
	if !portfolioDomains[info[s.from].fold] {
		// "la Défense, la Sécurité et la Réconciliation nationale": the
		// list's other items are portfolios too.
		for k := s.from + 1; k < s.to; k++ {
			if !isLower(toks[k]) {
				return false
			}
		}
		return !isAcronym(toks[s.from]) && !lists().places[info[s.from].fold] && !lists().institutions[keyOf(toks, s.from, s.to)] && a.listItem(b, s.from) && a.domainsListed(b, s.from) >= 2
	}
	for k := s.from - 1; k >= 0 && k >= s.from-5; k-- {
		f := info[k].fold
		if cabinetVerbs[f] && (isLower(toks[k]) || toks[k].sentStart) { // "Nommée à la Famille, elle"
			return true
		}
		if toks[k].kind != word || isCap(toks[k]) {
			break
		}
	}
	if s.why == whyInstitution && s.to-s.from == 1 {
		p := s.from - 1
		if f := info[p].fold; f == "du" || f == "des" || (f == "la" || f == "l'") && p > 0 && info[p-1].fold == "de" {
			for p > 0 && !portfolioHeads[info[p].fold] && s.from-p < 4 {
				p--
			}
			if strings.HasPrefix(info[p].fold, "ministre") {
				return true
			}
		}
	}
	return a.articledDomain(b, s.from) && a.domainsListed(b, s.from) >= 2
}

// listItem reports whether toks[i] follows an article that opens an
// item of a list (after ",", "et", ":" or "dont"): ", la Sécurité".
func (a *analysis) listItem(b, i int) bool {
	info := a.info[b]
	if i < 2 {
		return false
	}
	switch info[i-1].fold {
	case "la", "l'", "le", "les":
	default:
		return false
	}
	switch info[i-2].fold {
	case ",", "et", ":", "dont":
		return true
	}
	return false
}

// articledDomain reports whether toks[i] is a capitalised domain that
// opens an item of a list: ", la Sécurité".
func (a *analysis) articledDomain(b, i int) bool {
	return portfolioDomains[a.info[b][i].fold] && isCap(a.toks[b][i]) && a.listItem(b, i)
}

// domainsListed counts the domains with their articles of the list
// around toks[i], within a dozen words on either side and without
// leaving the sentence.
func (a *analysis) domainsListed(b, i int) int {
	toks := a.toks[b]
	n := 0
	for k := max(0, i-12); k < len(toks) && k <= i+12; k++ {
		if t := toks[k].text; (t == "." || t == ";") && k < i {
			n = 0
			continue
		} else if (t == "." || t == ";") && k > i {
			break
		}
		if a.articledDomain(b, k) {
			n++
		}
	}
	return n
}

// atPortfolio reports whether "à" at toks[p] opens a portfolio right
// after its minister ("secrétaire d'État à la Consommation", "ministre
// déléguée à l'Industrie", "l'adjointe à la Culture"): after any other
// word "à la" is a place's preposition.
func atPortfolio(toks []token, info []tokInfo, p int) bool {
	if p == 0 || toks[p].text != "à" && toks[p].text != "À" {
		return false
	}
	switch f := info[p-1].fold; {
	case !isLower(toks[p-1]) && f != "etat":
		return false
	case portfolioHeads[f] || strings.HasSuffix(f, "-ministre"):
		return true
	case f == "etat":
		return p >= 3 && info[p-2].fold == "d'" && strings.HasPrefix(info[p-3].fold, "secretaire")
	case f == "delegue" || f == "deleguee" || f == "delegues" || f == "deleguees":
		return true
	}
	return false
}

// lowerPortfolio reports whether toks[k] is a portfolio in lower case
// among capitalised ones, between its article and "," or "et": "ministre
// de l'Industrie, de l'investissement, du Commerce et de l'Économie
// numérique".
func lowerPortfolio(toks []token, info []tokInfo, k int) bool {
	if k == 0 || k+1 >= len(toks) || !isLower(toks[k]) || toks[k+1].text != "," && info[k+1].fold != "et" {
		return false
	}
	switch info[k-1].fold {
	case "l'", "la", "du", "des", "de":
		return true
	}
	return false
}
