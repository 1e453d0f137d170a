package entity

// periodSpan reports whether the span of two years at toks[i] ("2018-2024",
// matched by yearSpan) names a period by its form alone, with no cue word
// before it: "la législature 2018-2024", "la Déclaration de politique
// régionale 2024-2029", "Doc. parl., 2008-2009". A span of years is
// written for a term, a season or a session, so it needs no "en" as a
// bare year does. It is no date in brackets after a life or a work
// ("Anna Boch (1848-1936)", GUIDELINE), after a capitalised word that
// ends an event's name ("Championnat de France 2022-2023"), or as a
// number ("n°2025-1901"): only a lower-case word or a comma may come
// before it.
func periodSpan(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.text == "," {
		return true
	}
	return p.kind == word && isLower(p) && p.fold != "n" && p.fold != "no"
}
