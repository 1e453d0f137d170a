package entity

import (
	"math"
	"sort"
	"strings"
)

// The rules find names and read their cues; the model reads the context
// of every word. combine takes the rules' names and lets the model retype
// them where the rules' cue is weak, and adds the names only the model
// found when it is sure of them.

// trust is how much a rule's type weighs against the model's reading,
// in log-odds, by the rule that decided. Rules whose cue is certain ("X
// (ACR)", a listed institution, a title, an organisation head) are not
// weighed: they stand.
var trust = [numReasons]float64{
	whyAcronymSpelled:  math.Inf(1),
	whyInstitution:     math.Inf(1),
	whyTitle:           math.Inf(1),
	whyPlaceApposition: math.Inf(1),
	whyOrgHead:         math.Inf(1),
	whyOrgTail:         math.Inf(1),
	whyApposition:      math.Inf(1),
	whyMinistry:        math.Inf(1),
	whyJoinedPlaces:    math.Inf(1),
	whyAcronym:         math.Inf(1),
	whyCountry:         math.Inf(1),
	whyCamel:           math.Inf(1),
	whyRoad:            math.Inf(1),
	whyPlace:           3,
	whyProper:          2,
	whyFirstName:       2,
	whyRole:            1.5,
	whySurname:         1,
	whyLocPrep:         1,
	whyPropagated:      1,
	whyDefaultOne:      0,
	whyDefaultOrgWord:  0.5,
	whyDefaultPer:      0,
}

// addConfidence is the model's confidence above which a name the rules
// did not find is added (chosen with TestSweep).
var addConfidence = 0.8

// trustScale multiplies the finite trust values: one knob that moves the
// balance between the rules' weak cues and the model. Chosen with
// orgFloor by TestCombine, leave-set-out over the five real-news tune
// sets (heldout3-7) with three training seeds of the shipped recipe: the
// same setting (0.5, 0.4) is best on the other four sets wherever one is
// left out. Micro F1, mean of the seeds, (1, 0) -> (0.5, 0.4):
// .907/.882/.848/.825/.805 -> .910/.886/.850/.829/.806, mean .8533 ->
// .8561; 0.25 loses a seed's name, 2 loses 0.001. Session 8 measured
// it again for the shipped soup over the six tune sets heldout3-8 (make
// eval-combine, trustScale 0.15-1 with orgFloor, addConfidence,
// widenConfidence): 0.25 is at least as good on every set, English and
// our own articles; Recognize's micro F1 .927/.893/.856/.843/.833/.808
// (mean .8600) -> .927/.897/.857/.846/.833/.810 (.8617), English
// .729/.732 -> .733/.732, seeds 1.000, own .989, own-en .904 and the
// 3-fold CV of testdata/train .891 unchanged. widenConfidence 0.7 with it
// scores .8628 (leave-set-out .8619) but the CV .890 and English
// heldout2 .731: left at 0.8.
var trustScale = 0.25

// englishTrust is added to every finite trust value in an article
// detected as English, where the model, which learnt French, might be
// worth less against the rules. Measured with TestCombine on
// ner-en/heldout1 and our English articles (own-en): the model helps on
// English (rules and corrections 0.617, with the model 0.647 on
// heldout1), and no shift is better than none (-2: 0.635, +1: 0.649,
// +2: 0.640, +8: 0.633; own-en 0.896, 0.902, 0.904, 0.886): 0.
var englishTrust = 0.0

// marginConfidence makes a retyped name's confidence the margin of the
// model's reading: the probability of the type chosen minus that of the
// next best reading (none included), rather than the probability alone.
// A name the model hesitates on between a person and an organisation
// then has a low confidence even when "no name" is unlikely. Measured
// with TestCombine: never better than the probability alone, with any
// of orgFloor, locFloor and perConfidence; off.
var marginConfidence = false

// orgFloor and locFloor are the confidences below which an organisation
// or a place that only a weak cue of the rules typed (a default, a
// preposition, a propagated name: weakReasons) is not shown (marked
// low), as perConfidence is for people in correct: a capitalised word
// the rules call an organisation by default and the model hardly reads
// as one is more often a common word or a place. TestCombine: orgFloor
// 0.4 gains 0.0005 on the mean (0.6 loses one of our own articles'
// names); locFloor gains nothing.
var orgFloor, locFloor = 0.4, 0.0

// typeProbs returns the model's probability that the words of s are part
// of a person, an organisation or a place, or of none (index 0), averaged
// over the words.
func (a *analysis) typeProbs(b int, s span) [4]float64 {
	var p [4]float64
	mg := a.marg[b]
	n := 0
	for k := s.from; k < s.to && k < len(mg); k++ {
		if a.toks[b][k].kind != word {
			continue
		}
		n++
		p[0] += mg[k][tagO]
		p[1] += mg[k][tagBPER] + mg[k][tagIPER]
		p[2] += mg[k][tagBORG] + mg[k][tagIORG]
		p[3] += mg[k][tagBLOC] + mg[k][tagILOC]
	}
	if n > 0 {
		for i := range p {
			p[i] /= float64(n)
		}
	}
	return p
}

var probTypes = [4]Type{"", PER, ORG, LOC}

// combine returns the rules' spans retyped by the model where the rules'
// cue is weak, and the model's own spans that overlap none of them.
func (a *analysis) combine(model [][]span) [][]span {
	out := make([][]span, len(a.blocks))
	sports := a.isSports()
	shift := 0.0
	if englishTrust != 0 && a.isEnglish() {
		shift = englishTrust
	}
	for b := range a.blocks {
		covered := make([]bool, len(a.toks[b]))
		for _, r := range a.widened(b, model[b]) {
			for k := r.from; k < r.to; k++ {
				covered[k] = true
			}
			if r.typ == DATE {
				r.conf = 1
				out[b] = append(out[b], r)
				continue
			}
			d := a.decide(b, r, shift)
			if r.why == whyPlace && r.typ == LOC && d.typ == ORG && !sports {
				// Outside a match report a town is no club, whatever the
				// model learnt of "La Rochelle".
				d.typ = LOC
			}
			out[b] = append(out[b], d)
		}
		for _, m := range model[b] {
			if m.typ == DATE || m.conf < addConfidence || !free(covered, m.from, m.to) || !a.nameLike(b, m) {
				continue
			}
			m.why = whyModel
			out[b] = append(out[b], m)
		}
	}
	return out
}

// widenConfidence is the model's confidence above which its name wins
// over the shorter names of the rules inside it: "Parlement wallon" over
// the rules' "Parlement", "Crédit Agricole" over "Agricole".
var widenConfidence = 0.8

// widened returns the rules' spans of block b, where a sure name of the
// model that holds one or more of them, and more words, takes their
// place, typed by the model (chosen on heldout3 and own-train-cv:
// 0.8 is best on both; every name that widened there is an organisation
// cut at its head: "Coalition avenir Québec", "Peloton d'intervention
// et de surveillance").
func (a *analysis) widened(b int, model []span) []span {
	rules := a.rules[b]
	var out []span
	used := make([]bool, len(rules))
	for _, m := range model {
		for m.to > m.from && a.toks[b][m.to-1].kind == punct {
			m.to-- // the model may run a name into its closing quote
		}
		if m.typ == DATE || m.to == m.from || m.conf < widenConfidence || !a.nameLike(b, m) || a.authorInside(b, m) || pluralVerb(a.toks[b][m.to-1]) || crossesStop(a.toks[b], m.from, m.to) {
			continue
		}
		var in []int
		ok := true
		n := 0
		for i, r := range rules {
			if r.to <= m.from || r.from >= m.to {
				continue
			}
			if r.from < m.from || r.to > m.to || r.typ == DATE || r.runeEnd > 0 || used[i] {
				ok = false
				break
			}
			in = append(in, i)
			n += r.to - r.from
		}
		if !ok || len(in) == 0 || n >= m.to-m.from {
			continue
		}
		w := m
		w.why = whyModel
		for _, i := range in {
			used[i] = true
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return rules
	}
	for i, r := range rules {
		if !used[i] {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(x, y int) bool { return out[x].from < out[y].from })
	return out
}

// authorInside reports whether a demonym after a particle sits inside
// s, as between a work and its author: "Light Breaks de l'Islandais Rúnar
// Rúnarsson" is a film and a person, not one name.
func (a *analysis) authorInside(b int, s span) bool {
	for k := s.from + 1; k+1 < s.to; k++ {
		p := a.info[b][k-1].fold
		if lists().demonyms[a.info[b][k].fold] && (p == "de" || p == "du" || p == "d'" || p == "l'") && isCap(a.toks[b][k+1]) {
			return true
		}
	}
	return false
}

// decide weighs the rules' type of r against the model's reading; shift
// is added to the rules' trust (English articles).
func (a *analysis) decide(b int, r span, shift float64) span {
	p := a.typeProbs(b, r)
	t := trust[r.why]
	if math.IsInf(t, 1) {
		r.conf = 1
		return r
	}
	t = t*trustScale + shift
	best, bestScore := 0, math.Inf(-1)
	for i := range p {
		s := math.Log(p[i] + 1e-3)
		if probTypes[i] == r.typ {
			s += t
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	if best == 0 {
		// The model reads no name here: keep the rules' name, unshown.
		r.low = true
		r.conf = 1 - p[0]
		return r
	}
	if r.typ == PER && probTypes[best] == LOC && a.fullName(b, r) {
		// "succède à Corina Casanova": the model reads a place after
		// "à", but a first name or a listed surname in a name of two
		// capitalised words says more than the context.
		r.conf = max(p[1], 1-p[0])
		return r
	}
	if r.typ == PER && probTypes[best] == ORG && (r.why == whyRole || r.why == whyFirstName && roleBefore(a.toks[b], r.from)) && a.personShaped(b, r) && r.to-r.from >= 2 && !a.locative(b, r.from) && !a.hasFacility(b, r) && !buildingNouns[a.info[b][r.from].fold] {
		// "le Premier ministre britannique Keir Starmer", "le chef de
		// l'Otan Mark Rutte": a role just before a full name says a
		// person, where the model, reading a list of bodies and
		// people, leans to a body.
		r.conf = max(p[1], 1-p[0])
		return r
	}
	r.typ = probTypes[best]
	r.conf = p[best]
	if marginConfidence {
		next := 0.0
		for i := range p {
			if i != best {
				next = max(next, p[i])
			}
		}
		r.conf = p[best] - next
	}
	if weakReasons[r.why] && (r.typ == ORG && r.conf < orgFloor || r.typ == LOC && r.conf < locFloor) {
		r.low = true
	}
	return r
}

// nameLike reports whether a span the model found alone reads like a
// name: capitalised, not opening with a common or function word, not a
// word the article also writes in lower case.
func (a *analysis) nameLike(b int, s span) bool {
	g := lists()
	t := a.toks[b][s.from]
	f := a.info[b][s.from].fold
	if !isCap(t) || g.common[f] || g.stopwords[bare(t)] || g.notNames[f] || a.art.lower[f] || titles[t.text] {
		return false
	}
	if isAcronym(t) && (shoutedWords(a.toks[b], s, &a.art) || a.shoutedBlock(b) || eventAcronym(a.toks[b], s.from)) {
		return false
	}
	return !(s.to-s.from == 1 && t.sentStart && !known(t))
}

// shoutedBlock reports whether block b is printed in capitals: three
// words or more, none in lower case ("PALMARÈS DE LA COMPÉTITION").
func (a *analysis) shoutedBlock(b int) bool {
	n := 0
	for _, t := range a.toks[b] {
		if t.kind != word {
			continue
		}
		if !isAcronym(t) {
			return false
		}
		n++
	}
	return n >= 3
}

// pluralVerb reports whether a lower-case word is a verb in the third
// person plural, which ends a clause and no name: "deux initiatives de
// l'UDC triomphent" (the model read "UDC triomphent"). Adverbs and nouns
// in "-ment" and adjectives in "-ent" are left out.
func pluralVerb(t token) bool {
	if !isLower(t) {
		return false
	}
	f := t.fold
	switch f {
	case "ont", "sont", "font", "vont":
		return true
	case "permanent", "different", "excellent", "recent", "urgent", "adjacent", "equivalent", "intelligent", "prudent", "concurrent", "resident", "president", "agent", "accident", "occident", "orient", "argent", "talent", "parent", "client", "patient", "continent", "segment", "regent", "incident", "evident", "frequent", "transparent":
		return false
	}
	return len(f) > 5 && strings.HasSuffix(f, "ent") && !strings.HasSuffix(f, "ment")
}

// fullName reports whether the rules typed r a person by a first name or
// a listed surname and r is two or three capitalised words, none a
// listed place, body, brand, facility noun, common word or leading
// adjective ("Grand Théâtre Lumière"): a full name, which the model's reading
// of the context does not retype.
func (a *analysis) fullName(b int, r span) bool {
	if r.why != whyFirstName && r.why != whySurname || r.to-r.from < 2 || r.to-r.from > 3 {
		return false
	}
	g := lists()
	for k := r.from; k < r.to; k++ {
		t := a.toks[b][k]
		f := a.info[b][k].fold
		if t.kind != word || !isCap(t) || isAcronym(t) || g.places[f] || g.proper[f] || g.institutions[f] || g.orgHead(f) || g.media[f] || g.countries[f] || g.facilities[f] || g.common[f] || g.stopwords[bare(t)] || leadingAdjectives[f] {
			return false
		}
	}
	return true
}
