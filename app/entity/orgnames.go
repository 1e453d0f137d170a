package entity

import "sort"

// bodyNames mends the extent of bodies' names the rules cut short, in
// every block: a name opened by an organisation's head runs on over "et"
// and a second complement ("Service départemental d'incendie et de
// Secours", "Groupe de soutien à l'islam et aux musulmans"), and a
// ministry written all in lower case is a ministry ("le ministère de la
// culture et des arts"), as it is with capitals. Spans the longer name
// covers give way to it.
func (a *analysis) bodyNames(spans [][]span) {
	g := lists()
	for b, toks := range a.toks {
		var found []span
		covered := make([]bool, len(toks))
		for _, s := range spans[b] {
			for k := s.from; k < s.to; k++ {
				covered[k] = true
			}
		}
		for _, s := range spans[b] {
			if s.typ != ORG || s.low || s.runeEnd > 0 || s.to+2 >= len(toks) || !g.orgHead(a.info[b][s.from].fold) && a.info[b][s.from].fold != "ministere" {
				continue
			}
			if to, ok := andMore(toks, s.to); ok {
				s.to = to
				found = append(found, s)
			}
		}
		for i := 0; i+2 < len(toks); i++ {
			if covered[i] || toks[i].fold != "ministere" || !isLower(toks[i]) {
				continue
			}
			to, _ := extendOrg(toks, i+1, false)
			if to <= i+2 || !lowerComplement(toks, i+1, to) {
				continue
			}
			if more, ok := andMore(toks, to); ok {
				to = more
			}
			found = append(found, span{from: i, to: to, typ: ORG, why: whyMinistry, conf: 1})
			i = to - 1
		}
		if len(found) == 0 {
			continue
		}
		out := spans[b][:0]
		for _, s := range spans[b] {
			overlaps := false
			for _, f := range found {
				overlaps = overlaps || s.from < f.to && f.from < s.to
			}
			if !overlaps {
				out = append(out, s)
			}
		}
		spans[b] = append(out, found...)
		sort.Slice(spans[b], func(x, y int) bool { return spans[b][x].from < spans[b][y].from })
	}
}

// andMore reports where a body's name that ends at toks[to] ends when
// "et" and a second complement follow it: "d'Incendie et de Secours".
func andMore(toks []token, to int) (int, bool) {
	if to+1 >= len(toks) || toks[to].fold != "et" || !isLower(toks[to]) || !andComplement(toks, to+1) {
		return to, false
	}
	end, _ := extendOrg(toks, to+1, false)
	return end, end > to+2
}

// lowerComplement reports whether the complement toks[from:to] of a
// lower-case "ministère" names a portfolio: it opens with "de", "du",
// "des" or "d'" and holds no capital, so "ministère de la Culture" is
// left to the rules and "ministère de Kinshasa" to nobody.
func lowerComplement(toks []token, from, to int) bool {
	if p := toks[from].fold; p != "de" && p != "du" && p != "des" && p != "d'" {
		return false
	}
	for k := from; k < to; k++ {
		if toks[k].kind == word && !isLower(toks[k]) {
			return false
		}
	}
	return true
}
