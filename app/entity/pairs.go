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
