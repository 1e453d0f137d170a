package entity

// nationalForces are the police and army bodies named by a common noun
// and their level, which name one body of the country in any case: "la
// police nationale", "la garde nationale", "la Garde républicaine"
// (GUIDELINE: police and gendarmerie bodies are organisations in lower
// case too). "la gendarmerie nationale" is left out: the in-repo train
// set does not annotate it.
var nationalForces = map[string]map[string]bool{
	"police": {"nationale": true},
	"garde":  {"nationale": true, "republicaine": true},
}

// nationalForceNames makes organisations of the national forces that no
// rule found. A place after them stays the place alone ("la police
// nationale du Rhône" gives "Rhône", as our own articles read it), a
// body found around them keeps its name ("l'Inspection générale de la
// gendarmerie nationale"; a town read in the head alone gives way, "la
// Garde" is a town too), and a minister's portfolio is none ("le
// ministre délégué chargé de la Gendarmerie nationale").
func (a *analysis) nationalForceNames(spans [][]span) {
	for b, toks := range a.toks {
		info := a.info[b]
		var found []span
		for i := 0; i+1 < len(toks); i++ {
			if !nationalForces[info[i].fold][info[i+1].fold] || !isLower(toks[i+1]) || toks[i].kind != word {
				continue
			}
			if k := i + 2; k+1 < len(toks) && (info[k].fold == "de" || info[k].fold == "du" || info[k].fold == "d'") && isCap(toks[k+1]) {
				continue
			}
			covered := false
			for _, s := range spans[b] {
				covered = covered || !s.low && s.from < i+2 && i < s.to && !(s.to == i+1 && s.from >= i-1)
			}
			portfolio := false
			for k := max(0, i-4); k < i; k++ {
				portfolio = portfolio || portfolioHeads[info[k].fold] || info[k].fold == "charge" || info[k].fold == "chargee"
			}
			if covered || portfolio {
				continue
			}
			found = append(found, span{from: i, to: i + 2, typ: ORG, why: whyCorrection, conf: 1})
		}
		if len(found) > 0 {
			spans[b] = replaceOverlapping(spans[b], found)
		}
	}
}
