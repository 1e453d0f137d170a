package entity

import "strings"

// continentalAdjectives close the names of bodies that are named so
// ("Union africaine", "Intégration africaine" in a ministry's
// portfolio, "Conseil européen"), not the country a body belongs to.
var continentalAdjectives = map[string]bool{
	"africain": true, "africaine": true, "africains": true, "africaines": true,
	"europeen": true, "europeenne": true, "europeens": true, "europeennes": true,
	"arabe": true, "arabes": true, "asiatique": true, "asiatiques": true,
	"americain": true, "americaine": true, "americains": true, "americaines": true,
}

// nationalTails cuts the lower-case adjective of a country or a canton
// off the end of a body named by its head and its domain: "le ministère
// de la Défense italien", "le Conseil d'État fribourgeois", "le Conseil
// présidentiel de transition haïtien" give the body's name alone. The
// adjective says whose body the article means, as "le ministère italien
// de la Défense" does before the domain; it is no part of the name
// (GUIDELINE: the name as written, demonyms are no entities). A body
// whose name ends with its adjective has no domain after "de" ("Agence
// spatiale italienne", "Parti québécois", "Institut français"), and a
// continent's adjective may close a name ("Commission de l'Union
// africaine"), so both keep theirs. The adjective must agree with the
// head, or it may qualify the domain ("la Fédération nationale des
// cinémas français", "le Comité de suivi de la coopération
// algéro-tunisienne" are whole names).
func (a *analysis) nationalTails(spans [][]span) {
	g := lists()
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		for i, s := range ss {
			last := s.to - 1
			if s.typ != ORG || s.runeEnd > 0 || s.to-s.from < 3 || !g.orgHead(info[s.from].fold) || !isLower(toks[last]) {
				continue
			}
			f := info[last].fold
			if !g.demonyms[f] && !cantonAdjective(f) || continentalAdjectives[f] || !agrees(info[s.from].fold, f) {
				continue
			}
			domain := false
			for k := s.from + 1; k+1 < last; k++ {
				if p := info[k].fold; p == "de" || p == "du" || p == "des" || p == "d'" {
					domain = true
				}
			}
			if domain {
				ss[i].to = last
			}
		}
	}
}

// headGender is the gender of the heads of bodies' names, 'm' or 'f'.
var headGender = map[string]byte{
	"ministere": 'm', "conseil": 'm', "comite": 'm', "gouvernement": 'm', "parlement": 'm', "tribunal": 'm',
	"office": 'm', "institut": 'm', "secretariat": 'm', "service": 'm', "parquet": 'm', "departement": 'm',
	"bureau": 'm', "senat": 'm', "haut-commissariat": 'm', "commissariat": 'm', "conseil d'etat": 'm',
	"commission": 'f', "agence": 'f', "assemblee": 'f', "cour": 'f', "direction": 'f', "federation": 'f',
	"chambre": 'f', "banque": 'f', "police": 'f', "gendarmerie": 'f', "armee": 'f', "autorite": 'f',
}

// agrees reports whether the singular adjective adj (folded) agrees in
// gender with the head (folded): "ministère ... italien", "Agence ...
// italienne". A plural or an invariant adjective ("belge") does not.
func agrees(head, adj string) bool {
	gender := headGender[head]
	switch {
	case gender == 0:
		return false
	case strings.HasSuffix(adj, "ais") || strings.HasSuffix(adj, "ois"):
		return gender == 'm'
	case strings.HasSuffix(adj, "s"):
		return false
	case strings.HasSuffix(adj, "enne") || strings.HasSuffix(adj, "aine") || strings.HasSuffix(adj, "aise") || strings.HasSuffix(adj, "oise") || strings.HasSuffix(adj, "ande") || strings.HasSuffix(adj, "ine"):
		return gender == 'f'
	case strings.HasSuffix(adj, "ien") || strings.HasSuffix(adj, "ain") || strings.HasSuffix(adj, "and") || strings.HasSuffix(adj, "in") || strings.HasSuffix(adj, "ais"):
		return gender == 'm'
	}
	return false
}

// cantonAdjective reports whether f ends as the adjectives of Swiss
// cantons and French regions do ("fribourgeois", "vaudoise"), which the
// demonyms do not list; "-ienne" is left out, as "aérienne" ends so.
func cantonAdjective(f string) bool {
	return regionalAdjective(f) && (strings.HasSuffix(f, "ois") || strings.HasSuffix(f, "oise"))
}
