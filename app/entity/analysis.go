package entity

import "strings"

// analysis is everything Recognize reads of an article before deciding:
// the tokens, what the article says of each word, the word lists each
// token is in, and what the rules found. Training reads the same, so the
// model learns from what it will see.
type analysis struct {
	blocks []string
	toks   [][]token
	art    article
	info   [][]tokInfo
	phrase [][]string
	// rules are the rules' spans per block, dates included, after
	// propagate.
	rules [][]span
	views []*ruleView
	dates [][]bool
	// ctx is what the article says of each capitalised word, for a
	// model that reads it (contextOf), made on first use.
	ctx docContext
	// marg are the model's tag probabilities per block and token, once
	// decode has run.
	marg [][][numTags]float64
	// surnames are the last words of the people named with a known
	// first name, folded, once correct has begun (namedSurnames).
	surnames map[string]bool
	// race is set by correct when the article reads as a road-race
	// report (cyclingReport): its towns are stage towns, never clubs.
	race bool
}

// analyse reads an article's blocks and runs the rules on them.
func analyse(blocks []string) *analysis {
	a := &analysis{
		blocks: blocks,
		toks:   make([][]token, len(blocks)),
		art:    article{lower: map[string]bool{}, capMid: map[string]bool{}, particleNames: map[string]bool{}},
	}
	for i, b := range blocks {
		a.toks[i] = tokenize(b)
		toks := a.toks[i]
		for k, t := range toks {
			if k > 0 && k+1 < len(toks) && isCap(t) && !t.sentStart && len([]rune(t.text)) <= 3 && isCap(toks[k-1]) && isCap(toks[k+1]) && toks[k+1].kind == word && lists().stopwords[bare(t)] {
				a.art.particleNames[t.fold+" "+toks[k+1].fold] = true // "Marine Le Pen"
			}
			switch {
			case isLower(t):
				a.art.lower[t.fold] = true
			case isCap(t) && !t.sentStart && i > 0:
				a.art.capMid[t.fold] = true
			}
		}
	}
	a.rules = make([][]span, len(blocks))
	for i := range blocks {
		a.rules[i] = recognizeBlock(a.toks[i], &a.art)
	}
	propagate(a.toks, a.rules)
	a.info = make([][]tokInfo, len(blocks))
	a.phrase = make([][]string, len(blocks))
	a.views = make([]*ruleView, len(blocks))
	a.dates = make([][]bool, len(blocks))
	for i := range blocks {
		a.info[i] = infos(a.toks[i])
		a.phrase[i] = phrases(a.toks[i])
		a.views[i], a.dates[i] = viewOf(a.toks[i], a.rules[i])
	}
	return a
}

// input is the input of a model with the features set for block b.
func (a *analysis) input(b int, set featureSet) *blockInput {
	if set&useContext != 0 && a.ctx == nil {
		a.ctx = contextOf(a.toks, a.info)
	}
	return &blockInput{toks: a.toks[b], info: a.info[b], phrase: a.phrase[b], rules: a.views[b], dates: a.dates[b], inTitle: b == 0, ctx: a.ctx}
}

// phrases marks the tokens covered by a multi-word entry of the place,
// institution or proper-noun lists ("Nations unies", "Buenos Aires").
func phrases(toks []token) []string {
	g := lists()
	var out []string
	var key []byte
	for i := 0; i < len(toks); i++ {
		if !isCap(toks[i]) {
			continue
		}
		for k := min(len(toks), i+6); k >= i+2; k-- {
			if toks[k-1].kind != word {
				continue
			}
			key = appendKey(key[:0], toks, i, k)
			var kind string
			switch {
			case g.institutions[string(key)]:
				kind = "inst"
			case g.places[string(key)]:
				kind = "place"
			case g.proper[string(key)]:
				kind = "proper"
			case g.firstNames[string(key)]:
				kind = "first"
			default:
				continue
			}
			if out == nil {
				out = make([]string, len(toks))
			}
			out[i] = "B-" + kind
			for j := i + 1; j < k; j++ {
				out[j] = "I-" + kind
			}
			i = k - 1
			break
		}
	}
	return out
}

// viewOf turns the rules' spans of a block into per-token tags and cues,
// and marks the tokens of dates.
func viewOf(toks []token, spans []span) (*ruleView, []bool) {
	v := &ruleView{tags: make([]int, len(toks)), why: make([]reason, len(toks)), cues: make([]uint8, len(toks))}
	var dates []bool
	for _, s := range spans {
		if s.typ == DATE {
			if dates == nil {
				dates = make([]bool, len(toks))
			}
			for k := s.from; k < s.to; k++ {
				dates[k] = true
			}
			continue
		}
		b := beginTag(s.typ)
		if v.tags[s.from] != tagO {
			continue // a joined place already there ("Paris-Bordeaux")
		}
		v.tags[s.from] = b
		for k := s.from + 1; k < s.to; k++ {
			v.tags[k] = b + 1
		}
		for k := s.from; k < s.to; k++ {
			v.why[k] = s.why
		}
	}
	g := lists()
	for i, t := range toks {
		if !isCap(t) && t.kind != number {
			continue
		}
		var c uint8
		if titleBefore(toks, i) {
			c |= cueTitle
		}
		if roleBefore(toks, i) {
			c |= cueRole
		}
		if i > 0 && isLower(toks[i-1]) && locPrepositions[toks[i-1].fold] {
			c |= cueLocPrep
		}
		if appositionBefore(toks, i) {
			c |= cueApposition
		}
		if acr, ok := bracketAfter(toks, i+1); ok && len(acr) == 1 && isAcronym(acr[0]) {
			c |= cueAcronym
		}
		if i > 0 && toks[i-1].kind == word {
			p := toks[i-1].fold
			if g.facilities[p] || g.instHeads[strings.TrimSuffix(p, "'")] {
				c |= cueHeadBefore
			}
		}
		v.cues[i] = c
	}
	return v, dates
}
