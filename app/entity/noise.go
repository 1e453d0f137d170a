package entity

// noise reports whether s is a capitalised common word or a title, no
// entity (GUIDELINE): a team's nickname of colours ("les Rouge et
// Noir"), a work's title after "baptisé" or "intitulé" ("son extrait
// baptisé Speed"), a geographic noun ending a place's name written in
// words ("Caen la Mer", "Boulogne sur Mer"; the name is no place of its
// own) and a disease ("au Coronavirus").
func (a *analysis) noise(b int, s span) bool {
	if s.typ == DATE || s.runeEnd > 0 || s.why == whyTitle {
		return false
	}
	return a.colourNickname(b, s) || a.titledWork(b, s) || a.trailingNatural(b, s) || diseases[keyOf(a.toks[b], s.from, s.to)]
}

// colours name the colours of a team's jersey, folded: "les Rouge et
// Noir", "les Sang et Or", "les Vert et Blanc".
var colours = map[string]bool{
	"rouge": true, "noir": true, "blanc": true, "bleu": true, "vert": true, "jaune": true, "or": true, "sang": true, "grenat": true,
	"violet": true, "orange": true, "rose": true, "gris": true, "marine": true, "ciel": true, "azur": true, "argent": true, "amarante": true,
}

// colourNickname reports whether s is, or is part of, two colours or
// more joined by "et" after an article: a team's nickname ("les Rouge et
// Noir", "du Rouge et Or"), no name. A colour alone is left to the rest
// ("les Bleus" is a nickname by nickname, "Marine" a first name).
func (a *analysis) colourNickname(b int, s span) bool {
	toks, info := a.toks[b], a.info[b]
	for k := s.from; k < s.to; k++ {
		if !(colours[info[k].fold] && isCap(toks[k]) || info[k].fold == "et" && k > s.from && k+1 < s.to) {
			return false
		}
	}
	from, to := s.from, s.to
	for from >= 2 && info[from-1].fold == "et" && colours[info[from-2].fold] && isCap(toks[from-2]) {
		from -= 2
	}
	for to+1 < len(toks) && info[to].fold == "et" && colours[info[to+1].fold] && isCap(toks[to+1]) {
		to += 2
	}
	if to-from < 3 || from == 0 || !isLower(toks[from-1]) && !toks[from-1].sentStart {
		return false
	}
	switch info[from-1].fold {
	case "les", "des", "aux", "le", "du", "au":
		return true
	}
	return false
}

// titlingWords introduce a work's or a document's title: "un rapport
// intitulé", "son album baptisé".
var titlingWords = map[string]bool{
	"intitule": true, "intitulee": true, "intitules": true, "intitulees": true,
	"baptise": true, "baptisee": true, "baptises": true, "baptisees": true,
}

// titledWorkNouns name works in lower case before "baptisé": workNouns
// and the music and screen's words ("son premier extrait baptisé").
var titledWorkNouns = map[string]bool{
	"extrait": true, "clip": true, "disque": true, "opus": true, "court-metrage": true, "long-metrage": true, "telefilm": true,
	"feuilleton": true, "duo": true, "jeu": true,
}

// titledWork reports whether s is the title right after "intitulé"
// ("un rapport intitulé Horizon 2030") or after "baptisé" with a work's
// noun a few words before ("son premier extrait baptisé Speed"): a
// work, no entity (GUIDELINE), unless a list knows the name as a place
// or a body. "Baptisé" also names children, streets and companies ("une
// rue baptisée Simone-Veil"), which keep their types.
func (a *analysis) titledWork(b int, s span) bool {
	toks, info := a.toks[b], a.info[b]
	if s.from == 0 || !isLower(toks[s.from-1]) || !titlingWords[info[s.from-1].fold] {
		return false
	}
	if info[s.from-1].fold[0] == 'b' {
		work := false
		for k := s.from - 2; k >= 0 && k >= s.from-4 && isLower(toks[k]); k-- {
			if workNouns[info[k].fold] || titledWorkNouns[info[k].fold] {
				work = true
				break
			}
		}
		if !work {
			return false
		}
	}
	g := lists()
	key := keyOf(toks, s.from, s.to)
	return !g.places[key] && !g.institutions[key] && !g.media[key] && !g.companies[key] && !g.countries[key]
}

// trailingNatural reports whether s is a geographic noun alone ("Mer")
// that ends a place's or a body's name written in words after "la",
// "le" or "sur" and a capitalised word: "Caen la Mer", "Boulogne sur
// Mer", no sea of its own (naturalHeads makes "le Golfe" one).
func (a *analysis) trailingNatural(b int, s span) bool {
	toks, info := a.toks[b], a.info[b]
	if s.to-s.from != 1 || !naturalHeads[info[s.from].fold] || s.from < 2 || !isLower(toks[s.from-1]) || !isCap(toks[s.from-2]) {
		return false
	}
	switch info[s.from-1].fold {
	case "la", "le", "sur", "les":
		return toks[s.from-2].end+1 == toks[s.from-1].start
	}
	return false
}

// diseases are diseases and viruses the press writes with a capital,
// folded: no entities (GUIDELINE).
var diseases = map[string]bool{
	"coronavirus": true, "covid": true, "covid-19": true, "covid19": true, "sars-cov-2": true, "sras": true, "sras-cov-2": true,
	"ebola": true, "zika": true, "chikungunya": true, "dengue": true, "mpox": true, "sida": true, "omicron": true,
	"h1n1": true, "h5n1": true, "grippe": true, "variole": true, "rougeole": true, "paludisme": true, "cholera": true,
	"tuberculose": true, "poliomyelite": true, "coqueluche": true, "legionellose": true, "bronchiolite": true, "listeriose": true,
}
