package entity

// Companies named with their legal form (session 14, from heldout29's
// "avec son père Groupe Savoie Inc., compagnie qui..." read as a person
// after "père", and "Sovebec Inc." cut before its period): a legal form
// after a name makes a company, whatever title, role or first name comes
// before it, and its abbreviation keeps its period.

// legalSuffixes are legal forms as companies write them after their name,
// matched as written (case matters: "SA" but not "Sa", "AG" but not the
// Tuareg "Ag"): Inc., Ltd, Ltée, Corp., LLC, PLC, GmbH, AG, KG, SA, SAS,
// SARL, Sàrl, SpA, NV, BV, Cie.
var legalSuffixes = map[string]bool{
	"Inc": true, "Ltd": true, "Ltée": true, "Ltee": true, "Corp": true, "LLC": true, "LLP": true, "PLC": true, "Plc": true,
	"GmbH": true, "AG": true, "KG": true, "SA": true, "SAS": true, "SASU": true, "SARL": true, "Sàrl": true, "SàRL": true, "Sarl": true,
	"EURL": true, "SpA": true, "NV": true, "BV": true, "Cie": true, "Incorporated": true, "Limited": true, "Corporation": true,
}

// legalAbbrevs are the legal forms written as abbreviations, whose
// period belongs to the name: "Sovebec Inc.", "Dupont & Cie.".
var legalAbbrevs = map[string]bool{"Inc": true, "Ltd": true, "Ltée": true, "Ltee": true, "Corp": true, "Cie": true, "Co": true}

// legalTail reports whether the last word of toks[from:to] is a legal
// form after at least one capitalised word: "Groupe Savoie Inc",
// "Dupont & Cie".
func legalTail(toks []token, from, to int) bool {
	if to-from < 2 {
		return false
	}
	last := toks[to-1]
	if last.kind != word || !legalSuffixes[last.text] && !(last.text == "Co" && toks[to-2].text == "&") {
		return false
	}
	for k := from; k < to-1; k++ {
		if isCap(toks[k]) {
			return true
		}
	}
	return false
}

// legalNames makes organisations of the names that end with a legal
// form, which the model or a title before them may have read as people,
// and gives an abbreviated legal form its period: "Groupe Savoie Inc.".
func (a *analysis) legalNames(spans [][]span) {
	for b, ss := range spans {
		toks := a.toks[b]
		for i, s := range ss {
			if s.typ == DATE || s.runeEnd > 0 || !legalTail(toks, s.from, s.to) {
				continue
			}
			if s.typ != ORG || s.low {
				ss[i].typ, ss[i].why, ss[i].conf, ss[i].low = ORG, whyOrgTail, 1, false
			}
			if last := toks[s.to-1]; legalAbbrevs[last.text] && s.to < len(toks) && toks[s.to].text == "." && toks[s.to].start == last.end && !a.spanAt(ss, s.to) {
				ss[i].to++
			}
		}
	}
}

// spanAt reports whether one of ss covers token k.
func (a *analysis) spanAt(ss []span, k int) bool {
	for _, s := range ss {
		if s.from <= k && k < s.to {
			return true
		}
	}
	return false
}
