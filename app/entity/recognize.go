package entity

import (
	"sort"
	"strings"
	"unicode"
)

// article is what Recognize knows about the whole text while it reads
// one block: words seen in lower case anywhere ("grève" makes a
// sentence-initial "Grève" a common word).
type article struct {
	lower map[string]bool
}

// Recognize finds the people, organisations, places and dates of one
// article. blocks are its title, captions and paragraphs in order; the
// mentions come back sorted by block and offset, never overlapping.
func Recognize(blocks []string) []Mention {
	toks := make([][]token, len(blocks))
	art := article{lower: map[string]bool{}}
	for i, b := range blocks {
		toks[i] = tokenize(b)
		for _, t := range toks[i] {
			if isLower(t) {
				art.lower[Fold(t.text)] = true
			}
		}
	}
	spans := make([][]span, len(blocks))
	for i := range blocks {
		spans[i] = recognizeBlock(toks[i], &art)
	}
	propagate(toks, spans)
	var out []Mention
	for b, ss := range spans {
		rs := []rune(blocks[b])
		for _, s := range ss {
			start, end := toks[b][s.from].start, toks[b][s.to-1].end
			if s.runeEnd > 0 {
				start, end = s.runeStart, s.runeEnd
			}
			out = append(out, Mention{Block: b, Start: start, End: end, Text: string(rs[start:end]), Type: s.typ, Value: s.value})
		}
	}
	return out
}

// recognizeBlock finds dates first, then names in what is left.
func recognizeBlock(toks []token, art *article) []span {
	taken := make([]bool, len(toks))
	out := findDates(toks)
	for _, s := range out {
		for k := s.from; k < s.to; k++ {
			taken[k] = true
		}
	}
	for i := 0; i < len(toks); i++ {
		if taken[i] {
			continue
		}
		var found []span
		if s, ok := ministry(toks, i); ok {
			found = []span{s}
		} else if s, ok := nameAt(toks, i, taken, art); ok {
			found = splitJoinedPlaces(toks, s)
		}
		if len(found) == 0 {
			continue
		}
		for _, s := range found {
			for k := s.from; k < s.to; k++ {
				taken[k] = true
			}
		}
		out = append(out, found...)
		i = found[len(found)-1].to - 1
	}
	sort.Slice(out, func(a, b int) bool { return out[a].from < out[b].from })
	return out
}

// ministry recognises a ministry named after its lower-case head:
// "le ministère de la Transition écologique", "ministère malawite de la Santé".
func ministry(toks []token, i int) (span, bool) {
	if f := Fold(toks[i].text); f != "ministere" && f != "ministry" {
		return span{}, false
	}
	to, caps := extendOrg(toks, i+1, false)
	if !caps {
		return span{}, false
	}
	return span{from: i, to: to, typ: ORG}, true
}

// nameAt reads a capitalised name starting at toks[i], if one starts there,
// and gives it a type.
func nameAt(toks []token, i int, taken []bool, art *article) (span, bool) {
	g := lists()
	t := toks[i]
	if !isCap(t) || titles[t.text] || t.elided { // "L'" of "L'Espagne" opens no name
		return span{}, false
	}
	f := Fold(t.text)
	if g.common[f] || months[f] > 0 || weekdays[f] {
		return span{}, false
	}
	if g.stopwords[bare(t)] && !(i+1 < len(toks) && isCap(toks[i+1]) && !t.sentStart && len([]rune(t.text)) <= 3) {
		// "Les", "Dans"; but "Le Drian" and "La Haye" inside a sentence.
		return span{}, false
	}
	to := i + 1
	for to < len(toks) && !taken[to] {
		if isCap(toks[to]) && !titles[toks[to].text] && months[Fold(toks[to].text)] == 0 {
			to++
			continue
		}
		if n := particlesAt(toks, to); n > 0 && to+n < len(toks) && isCap(toks[to+n]) && !taken[to+n] && !g.common[Fold(toks[to+n].text)] && !g.orgHeads[Fold(toks[to+n].text)] {
			// "John Smith of the Bank of England" is two names.
			to += n
			continue
		}
		break
	}
	// Gazetteer names that run on in lower case: "Nations unies",
	// "Maison blanche", "Chine nouvelle" when listed.
	for k := min(len(toks), i+5); k > to; k-- {
		if free(taken, i, k) && (g.institutions[keyOf(toks, i, k)] || g.places[keyOf(toks, i, k)]) {
			to = k
			break
		}
	}
	s := span{from: i, to: to}
	if g.orgHeads[f] {
		if end, _ := extendOrg(toks, i+1, acronymFollows(toks, i, to)); end > to {
			s.to = end
		}
	}
	// "X (ACR)" where the words before the bracket spell the acronym.
	if to < len(toks) && toks[to].text == "(" {
		if end, ok := extendOrg(toks, i+1, true); ok && end > s.to && g.orgHeads[f] {
			s.to = end
		}
	}
	s.typ = classify(toks, s, art)
	if s.typ == "" {
		return span{}, false
	}
	if s.typ == ORG && s.to == to && s.to < len(toks) && isLower(toks[s.to]) && appositionBefore(toks, i) && looksAdjective(toks[s.to].text) {
		s.to++ // "Chine nouvelle", "Force ouvrière"
	}
	return s, true
}

// particlesAt returns how many tokens from i form a particle that may sit
// inside a name ("de", "de la", "d'", "von", "für", "in der", "&").
func particlesAt(toks []token, i int) int {
	g := lists()
	n := 0
	for i+n < len(toks) && n < 3 {
		t := toks[i+n]
		f := Fold(t.text)
		switch {
		case t.text == "&":
		case (t.kind == word && isLower(t) && g.particles[f]):
		case (f == "la" || f == "l'") && n > 0 && Fold(toks[i+n-1].text) == "de":
		default:
			return n
		}
		n++
	}
	return n
}

// acronymFollows reports whether "(ACR)" follows the capitalised words
// from..to or the lower-case words after them.
func acronymFollows(toks []token, from, to int) bool {
	for k := to; k < len(toks) && k < to+12; k++ {
		if toks[k].text == "(" {
			return k+2 < len(toks) && isAcronym(toks[k+1]) && toks[k+2].text == ")"
		}
		if toks[k].kind == punct {
			return false
		}
	}
	return false
}

// extendOrg runs an organisation's name on from toks[i] through adjectives
// and complements: "nationale de la sécurité des systèmes d'information".
// It returns the end and whether a capitalised word was crossed. With
// loose set (an acronym follows), "pour", "sur", "sans" complements may
// come after a capitalised one.
func extendOrg(toks []token, i int, loose bool) (int, bool) {
	g := lists()
	end, caps, sawCapComplement := i, false, false
	k := i
	// Adjectives right after the head.
	for k < len(toks) && isLower(toks[k]) && looksAdjective(toks[k].text) {
		k++
		end = k
	}
	for k < len(toks) {
		p := Fold(toks[k].text)
		if toks[k].kind != word {
			break
		}
		weak := p == "pour" || p == "sur" || p == "sans" || p == "contre"
		if !(p == "de" || p == "du" || p == "des" || p == "d'" || p == "aux" || p == "au" || weak) {
			break
		}
		if weak && sawCapComplement && !loose {
			break
		}
		j := k + 1
		if j < len(toks) && (Fold(toks[j].text) == "la" || Fold(toks[j].text) == "l'" || Fold(toks[j].text) == "les" || Fold(toks[j].text) == "le") && p != "d'" {
			j++
		}
		if j >= len(toks) || toks[j].kind != word || g.stopwords[bare(toks[j])] {
			break
		}
		if isCap(toks[j]) {
			for j < len(toks) && isCap(toks[j]) {
				j++
			}
			caps, sawCapComplement = true, true
		} else {
			j++
		}
		for j < len(toks) && isLower(toks[j]) && looksAdjective(toks[j].text) {
			j++
		}
		k, end = j, j
	}
	if loose && !(end < len(toks) && toks[end].text == "(") {
		return i, false
	}
	return end, caps
}

// splitJoinedPlaces turns an unknown hyphenated word made of places
// ("Paris-Bordeaux") into one place per part.
func splitJoinedPlaces(toks []token, s span) []span {
	g := lists()
	t := toks[s.from]
	if s.to-s.from != 1 || !strings.ContainsRune(t.text, '-') || g.places.has(t.text) || s.typ == LOC {
		return []span{s}
	}
	parts := strings.Split(t.text, "-")
	for _, p := range parts {
		if !g.places.has(p) {
			return []span{s}
		}
	}
	var out []span
	at := t.start
	for _, p := range parts {
		n := len([]rune(p))
		out = append(out, span{from: s.from, to: s.to, typ: LOC, runeStart: at, runeEnd: at + n})
		at += n + 1
	}
	return out
}

// initialsMatch reports whether the capitalised and content words of ws
// spell acr ("National Security Agency" → "NSA").
func initialsMatch(ws []token, acr string) bool {
	a := acronymLetters(acr)
	all, content := initials(ws)
	return a != "" && (all == a || content == a)
}

// initials returns the first letters of every word of ws (hyphenated parts
// count as words), folded, and those of its content words only, without
// function words and particles: "Agence nationale de la sécurité" gives
// "andls" and "ans". Link indexes names by them.
func initials(ws []token) (all, content string) {
	g := lists()
	var a, c strings.Builder
	for _, w := range ws {
		if w.kind != word {
			continue
		}
		for _, part := range strings.Split(Fold(w.text), "-") {
			if part == "" {
				continue
			}
			first := []rune(part)[0]
			a.WriteRune(first)
			if !g.stopwords[strings.TrimSuffix(part, "'")] && !g.particles[part] {
				c.WriteRune(first)
			}
		}
	}
	return a.String(), c.String()
}

// acronymLetters returns the letters of an acronym, folded and in lower
// case: "G-7" gives "g", "N.S.A." gives "nsa".
func acronymLetters(acr string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, Fold(acr))
}
