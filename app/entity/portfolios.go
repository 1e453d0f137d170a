package entity

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
