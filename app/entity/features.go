package entity

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// The model sees each token through hashed features: the word and its
// neighbours, their shapes and endings, which word lists they are in, what
// the article says of the word elsewhere, and what the rules found there.
// featureVersion names this set: a model trained on another set is not
// loaded (TestModelMatchesFeatures keeps the embedded one in step).
const featureVersion = 7

// featureSet chooses the groups of features a model uses, for the
// ablation figures of doc.go: words and shapes alone, plus the word lists,
// plus the rules' own findings.
type featureSet uint8

const (
	useLists    featureSet = 1 << iota // gazetteer and hand-written word lists
	useRules                           // the rules' labels and cues
	useRuns                            // the run of capitalised words a token is in
	useContext                         // what the rest of the article says of the word
	useLayout                          // where the token stands: block length, title case, brackets, place in its sentence
	allFeatures = useLists | useRules | useRuns | useContext | useLayout
)

// Feature templates. Their numbers go into the hashes: never renumber one
// without raising featureVersion.
const (
	fBias = iota + 1
	fWord
	fWordPrev
	fWordNext
	fWordPrev2
	fWordNext2
	fShape
	fShapePrev
	fShapeNext
	fSuffix2
	fSuffix3
	fSuffix4
	fPrefix3
	fShapePrevShape
	fShapeShapeNext
	fWordPrevShape
	fShapeWordNext
	fStartShape
	fLowerElsewhere
	fCapElsewhere
	fTitleBlock
	fList
	fListPrev
	fListNext
	fPhrase
	fRule
	fRulePrev
	fRuleNext
	fCue
	fInDate
	fLength
	fWordPrevWord
	fListPrevList
	fListListNext
	fRuleWhy
	fRunPos
	fRunFirst
	fRunLast
	fRunBefore
	fRunAfter
	fAggBefore
	fAggAfter
	fAggPos
	fBlockLen
	fTitleCase
	fInBrackets
	fAfterColon
	fSentPos
)

// Bits of tokInfo.lists: which word lists a token is in.
const (
	lFirstName = 1 << iota
	lSurname
	lPlace
	lProper
	lOrgHead
	lOrgTail
	lInstitution
	lRole
	lApposition
	lCommon
	lStopword
	lParticle
	lMonth
	lWeekday
	lTitle
	lDemonym
	lNotName
	lFacility
	lInstHead
	lLocPrep
	lSport
	lFirstNamePart
	lCountry
	numLists = 23
)

// tokInfo is what features need of one token, computed once.
type tokInfo struct {
	fold  string // Fold(text)
	shape string
	lists uint32
}

// fnv32 constants for hashing features.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

func hashString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// feat hashes a template and its values into a feature id; 0 is never
// used, so a table can keep 0 for "empty".
func feat(tmpl byte, parts ...string) uint32 {
	h := hashByte(fnvOffset, tmpl)
	for _, p := range parts {
		h = hashByte(h, 0x1f)
		h = hashString(h, p)
	}
	if h == 0 {
		h = 1
	}
	return h
}

// featN hashes a template and a small number.
func featN(tmpl byte, n int, parts ...string) uint32 {
	h := hashByte(fnvOffset, tmpl)
	h = hashByte(h, byte(n))
	h = hashByte(h, byte(n>>8))
	for _, p := range parts {
		h = hashByte(h, 0x1f)
		h = hashString(h, p)
	}
	if h == 0 {
		h = 1
	}
	return h
}

// shapeOf maps a word to its shape: capitals X, lower case x, digits d,
// other characters kept, runs of one class written once ("Jean-Yves" is
// "Xx-Xx", "ANSSI" is "X", "G7" is "Xd", "1er" is "dx").
func shapeOf(s string) string {
	var b strings.Builder
	var last rune
	for _, r := range s {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case isApostrophe(r):
			c = '\''
		case isDash(r):
			c = '-'
		case unicode.Is(unicode.Mn, r):
			continue
		default:
			c = r
		}
		if c != last || (c != 'X' && c != 'x' && c != 'd') {
			b.WriteRune(c)
		}
		last = c
	}
	out := b.String()
	// "XX" is an acronym, "Xx" a capitalised word, "X" alone a one-letter
	// capital: keep those apart.
	if out == "X" && len([]rune(s)) > 1 {
		return "XX"
	}
	return out
}

// infos computes tokInfo for every token of a block.
func infos(toks []token) []tokInfo {
	out := make([]tokInfo, len(toks))
	for i, t := range toks {
		if t.kind == word {
			w := wordInfoOf(t)
			out[i] = tokInfo{fold: t.fold, shape: w.shape, lists: w.lists}
			continue
		}
		out[i] = tokInfo{fold: t.fold, shape: shapeOf(t.text)}
	}
	return out
}

// wordInfo is what tokInfo holds of a word that depends on its text only.
type wordInfo struct {
	shape string
	lists uint32
}

// wordInfos remembers wordInfo by a word's text: the same few thousand
// words make most of any corpus, and a word's 23 list lookups and its
// shape were a tenth of the recogniser's time. It stops growing at
// maxWordInfos words.
var (
	wordInfos     sync.Map // text → *wordInfo
	wordInfoCount atomic.Int64
)

const maxWordInfos = 1 << 20

// wordInfoOf returns the shape and list bits of the word t.
func wordInfoOf(t token) *wordInfo {
	if w, ok := wordInfos.Load(t.text); ok {
		return w.(*wordInfo)
	}
	w := &wordInfo{shape: shapeOf(t.text), lists: listBits(t)}
	if wordInfoCount.Load() < maxWordInfos {
		if _, loaded := wordInfos.LoadOrStore(t.text, w); !loaded {
			wordInfoCount.Add(1)
		}
	}
	return w
}

// listBits returns the word lists the word t is in.
func listBits(t token) uint32 {
	g := lists()
	f := t.fold
	b := strings.TrimSuffix(f, "'")
	var bits uint32
	set := func(bit uint32, ok bool) {
		if ok {
			bits |= bit
		}
	}
	set(lFirstName, g.firstNames[f])
	set(lFirstNamePart, !g.firstNames[f] && strings.ContainsRune(f, '-') && g.firstNames[strings.SplitN(f, "-", 2)[0]])
	set(lSurname, g.surnames[f])
	set(lPlace, g.places[f])
	set(lProper, g.proper[f])
	set(lOrgHead, g.orgHeads[f])
	set(lOrgTail, g.orgTails[f])
	set(lInstitution, g.institutions[f])
	set(lRole, g.roles[f])
	set(lApposition, g.appositions[f])
	set(lCommon, g.common[f])
	set(lStopword, g.stopwords[b])
	set(lParticle, g.particles[f])
	set(lMonth, months[f] > 0)
	set(lWeekday, weekdays[f])
	set(lTitle, titles[t.text])
	set(lDemonym, g.demonyms[f])
	set(lNotName, g.notNames[f])
	set(lFacility, g.facilities[f])
	set(lInstHead, g.instHeads[f])
	set(lLocPrep, locPrepositions[f])
	set(lSport, g.sport[f])
	set(lCountry, g.countries[f])
	return bits
}

// blockFeatures are the inputs of the model for one block: for each token
// the ids of its features.
type blockFeatures [][]uint32

// ruleTags are the rules' labels for a block's tokens, in the model's tag
// numbering, and cues the rules read around them.
type ruleView struct {
	tags []int
	why  []reason
	cues []uint8
}

// Cue bits of ruleView.cues.
const (
	cueTitle      = 1 << iota // "M.", "Mme" before
	cueRole                   // a role noun before, in the clause
	cueLocPrep                // "à", "en", "au" just before
	cueApposition             // "agence", "syndicat" before
	cueAcronym                // "X (ACR)" or "ACR (X)" spelled out
	cueHeadBefore             // a facility or institution head just before
)

// blockInput is what the features of one block are made of.
type blockInput struct {
	toks []token
	info []tokInfo
	// phrase names the multi-word list entry a token is in ("B-place",
	// "I-inst"), or "".
	phrase []string
	// rules is what the rules found (nil when the model does without).
	rules *ruleView
	// dates marks the tokens the date rules took.
	dates   []bool
	inTitle bool
	// ctx is what the whole article says of its capitalised words
	// (contextOf), nil when the model does without.
	ctx docContext
}

// extract computes the features of one block.
func extract(in *blockInput, art *article, set featureSet) blockFeatures {
	toks, info, rv, dates := in.toks, in.info, in.rules, in.dates
	out := make(blockFeatures, len(toks))
	wordAt := func(i int) string {
		switch {
		case i < 0:
			return "<s>"
		case i >= len(toks):
			return "</s>"
		case toks[i].kind == number:
			return numWords[min(len(toks[i].text), 9)]
		}
		return info[i].fold
	}
	shape := func(i int) string {
		if i < 0 || i >= len(toks) {
			return "_"
		}
		return info[i].shape
	}
	listsAt := func(i int) uint32 {
		if i < 0 || i >= len(toks) {
			return 0
		}
		return info[i].lists
	}
	var runs []capRun
	if set&(useRuns|useContext) != 0 {
		runs = capRuns(toks, info)
	}
	var lay layout
	if set&useLayout != 0 {
		lay = layoutOf(toks)
	}
	buf := make([]uint32, 0, 96)
	// Every token's features in one array, sliced: one allocation a block
	// instead of one a token.
	flat := make([]uint32, 0, 48*len(toks))
	for i, t := range toks {
		fs := buf[:0]
		w, sh := wordAt(i), shape(i)
		fs = append(fs,
			feat(fBias),
			feat(fWord, w),
			feat(fWordPrev, wordAt(i-1)),
			feat(fWordNext, wordAt(i+1)),
			feat(fWordPrev2, wordAt(i-2)),
			feat(fWordNext2, wordAt(i+2)),
			feat(fShape, sh),
			feat(fShapePrev, shape(i-1)),
			feat(fShapeNext, shape(i+1)),
			feat(fShapePrevShape, shape(i-1), sh),
			feat(fShapeShapeNext, sh, shape(i+1)),
			feat(fWordPrevShape, wordAt(i-1), sh),
			feat(fShapeWordNext, sh, wordAt(i+1)),
			feat(fWordPrevWord, wordAt(i-1), w),
		)
		if t.kind == word {
			// w is folded text, valid UTF-8: its runes are cut as bytes.
			if n := utf8.RuneCountInString(w); n > 3 {
				fs = append(fs, feat(fSuffix2, lastRunes(w, 2)), feat(fSuffix3, lastRunes(w, 3)), feat(fPrefix3, firstRunes(w, 3)))
				if n > 4 {
					fs = append(fs, feat(fSuffix4, lastRunes(w, 4)))
				}
				fs = append(fs, featN(fLength, min(n, 12)))
			} else {
				fs = append(fs, featN(fLength, n))
			}
		}
		start := "mid"
		if t.sentStart {
			start = "start"
		}
		fs = append(fs, feat(fStartShape, start, sh))
		if isCap(t) {
			f := info[i].fold
			if art.lower[f] {
				fs = append(fs, feat(fLowerElsewhere, start))
			}
			if art.capMid[f] {
				fs = append(fs, feat(fCapElsewhere, start))
			}
		}
		if in.inTitle {
			fs = append(fs, feat(fTitleBlock, sh))
		}
		if set&useLists != 0 {
			fs = appendLists(fs, fList, listsAt(i))
			fs = appendLists(fs, fListPrev, listsAt(i-1))
			fs = appendLists(fs, fListNext, listsAt(i+1))
			fs = append(fs, featN(fListPrevList, int(topList(listsAt(i-1)))*32+int(topList(listsAt(i)))))
			fs = append(fs, featN(fListListNext, int(topList(listsAt(i)))*32+int(topList(listsAt(i+1)))))
			if in.phrase != nil && in.phrase[i] != "" {
				fs = append(fs, feat(fPhrase, in.phrase[i], sh))
			}
		}
		if set&useRuns != 0 && runs != nil && runs[i].to > 0 {
			fs = appendRun(fs, runs[i], i, wordAt)
		}
		if set&useContext != 0 && in.ctx != nil && isCap(t) {
			if c := in.ctx[info[i].fold]; c != nil {
				fs = c.appendFeatures(fs)
			}
		}
		if set&useLayout != 0 {
			fs = lay.append(fs, i, sh)
		}
		if set&useRules != 0 && rv != nil {
			fs = append(fs, featN(fRule, rv.tags[i]), featN(fRuleWhy, rv.tags[i]*64+int(rv.why[i])))
			prev, next := -1, -1
			if i > 0 {
				prev = rv.tags[i-1]
			}
			if i+1 < len(toks) {
				next = rv.tags[i+1]
			}
			fs = append(fs, featN(fRulePrev, prev+1), featN(fRuleNext, next+1))
			for c := 0; c < 8; c++ {
				if rv.cues[i]&(1<<c) != 0 {
					fs = append(fs, featN(fCue, c))
				}
			}
			if dates != nil && dates[i] {
				fs = append(fs, feat(fInDate))
			}
		}
		from := len(flat)
		flat = append(flat, fs...)
		out[i] = flat[from:len(flat):len(flat)]
	}
	return out
}

// numWords stand for numbers of 0 to 9 or more digits in word features.
var numWords = func() (w [10]string) {
	for n := range w {
		w[n] = "<num" + string(rune('0'+n)) + ">"
	}
	return w
}()

// lastRunes is the end of s made of its last n runes (all of s when it
// has fewer).
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// firstRunes is the start of s made of its first n runes.
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// appendLists adds one feature per list a token is in.
func appendLists(fs []uint32, tmpl byte, bits uint32) []uint32 {
	for b := 0; b < numLists; b++ {
		if bits&(1<<b) != 0 {
			fs = append(fs, featN(tmpl, b))
		}
	}
	return fs
}

// topList is the most telling list a token is in, for pairs of
// neighbours: 0 for none.
func topList(bits uint32) uint32 {
	for _, b := range []uint32{lTitle, lRole, lFirstName, lInstitution, lOrgHead, lFacility, lInstHead, lCountry, lPlace, lSurname, lProper, lDemonym, lMonth, lParticle, lLocPrep, lStopword} {
		if bits&b != 0 {
			for k := uint32(0); k < 32; k++ {
				if b == 1<<k {
					return k + 1
				}
			}
		}
	}
	return 0
}

// A capRun is a run of capitalised words, with the particles inside it
// ("Banque de France", "Jean-Luc Mélenchon", "Organisation des Nations
// unies" up to "Nations"; "la" is no particle, so "Conseil de la
// Concurrence" is two runs): its bounds, as token indexes, half-open. The
// words around a run say more of it than the words around each of its
// tokens ("le ministre Jean-Noël Barrot": "ministre" is two tokens before
// "Barrot"), and how long a run is tells people (two words) from
// organisations (longer, with particles). These features carry over
// from one outlet to another: they need no list and no word seen in
// training.
type capRun struct{ from, to int }

// capRuns returns, for each token of a block, the run of capitalised
// words it is in (to = 0 when none).
func capRuns(toks []token, info []tokInfo) []capRun {
	out := make([]capRun, len(toks))
	for i := 0; i < len(toks); {
		// A function word opening a sentence ("Dans", "Le") opens no run.
		if !isCap(toks[i]) || (toks[i].sentStart && info[i].lists&lStopword != 0) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if isCap(toks[j]) {
				j++
				continue
			}
			// One or two particles of data/particles.txt ("de", "du",
			// "des", "d'", "van der") join when a capitalised word
			// follows them.
			k := j
			for k < len(toks) && k < j+2 && toks[k].kind == word && info[k].lists&lParticle != 0 {
				k++
			}
			if k > j && k < len(toks) && isCap(toks[k]) {
				j = k
				continue
			}
			break
		}
		for k := i; k < j; k++ {
			out[k] = capRun{i, j}
		}
		i = j
	}
	return out
}

// runPos codes a token's place in its run: its length (1 to 4, 4 for
// more) and whether the token is alone, first, inside or last.
func runPos(r capRun, i int) int {
	n := min(r.to-r.from, 4)
	pos := 0 // alone
	switch {
	case r.to-r.from == 1:
	case i == r.from:
		pos = 1
	case i == r.to-1:
		pos = 3
	default:
		pos = 2
	}
	return n*4 + pos
}

// appendRun adds the features of token i's run: its place in the run,
// the run's first and last words, and the words just before and after
// the run.
func appendRun(fs []uint32, r capRun, i int, wordAt func(int) string) []uint32 {
	fs = append(fs, featN(fRunPos, runPos(r, i)))
	if i != r.from {
		fs = append(fs, feat(fRunFirst, wordAt(r.from)))
	}
	if i != r.to-1 {
		fs = append(fs, feat(fRunLast, wordAt(r.to-1)))
	}
	return append(fs, feat(fRunBefore, wordAt(r.from-1)), feat(fRunAfter, wordAt(r.to)))
}

// docContext holds, for each capitalised word of an article (folded),
// what its mentions say together: the words before and after the runs
// it is in, and its places in them. A name's cue is often in one
// mention only ("le PDG de Transdev" once, "Transdev" bare later): the
// features of every mention then carry it (the "context aggregation" of
// Ratinov and Roth 2009).
type docContext map[string]*wordContext

// wordContext is what docContext holds of one word; its features are
// hashed once and shared by its mentions.
type wordContext struct {
	before, after []string
	pos           uint32 // bit runPos(...)
	feats         []uint32
}

// maxContextWords bounds the words kept before and after a word's runs,
// so that a name met a hundred times costs as much as one met six.
const maxContextWords = 6

// contextOf gathers docContext over an article's blocks.
func contextOf(toks [][]token, info [][]tokInfo) docContext {
	ctx := docContext{}
	add := func(list []string, w string) []string {
		if len(list) >= maxContextWords {
			return list
		}
		for _, v := range list {
			if v == w {
				return list
			}
		}
		return append(list, w)
	}
	for b, ts := range toks {
		runs := capRuns(ts, info[b])
		wordAt := func(i int) string {
			switch {
			case i < 0:
				return "<s>"
			case i >= len(ts):
				return "</s>"
			case ts[i].kind == number:
				return numWords[min(len(ts[i].text), 9)]
			}
			return info[b][i].fold
		}
		for i, t := range ts {
			if !isCap(t) || runs[i].to == 0 {
				continue
			}
			f := info[b][i].fold
			c := ctx[f]
			if c == nil {
				c = &wordContext{}
				ctx[f] = c
			}
			c.before = add(c.before, wordAt(runs[i].from-1))
			c.after = add(c.after, wordAt(runs[i].to))
			c.pos |= 1 << runPos(runs[i], i)
		}
	}
	for _, c := range ctx {
		for _, w := range c.before {
			c.feats = append(c.feats, feat(fAggBefore, w))
		}
		for _, w := range c.after {
			c.feats = append(c.feats, feat(fAggAfter, w))
		}
		for p := 0; p < 32; p++ {
			if c.pos&(1<<p) != 0 {
				c.feats = append(c.feats, featN(fAggPos, p))
			}
		}
		c.before, c.after = nil, nil
	}
	return ctx
}

// appendFeatures adds a word's article-wide features.
func (c *wordContext) appendFeatures(fs []uint32) []uint32 { return append(fs, c.feats...) }

// layout is where each token of a block stands, in ways that hold from
// one outlet to another: how long the block is (a menu line, a caption
// or a paragraph), whether the block is written in title case (where a
// capital says little: English headlines, some outlets' titles), whether
// the token is inside brackets or quotes, right after a colon, and how
// far into its sentence it is.
type layout struct {
	blockLen  int // bucket of the block's word count
	titleCase bool
	inside    []bool // within (), [], « », or straight quotes
	colon     []bool // the first word after ":"
	sentPos   []uint8
}

// layoutOf computes a block's layout.
func layoutOf(toks []token) layout {
	var l layout
	words, caps := 0, 0
	for _, t := range toks {
		if t.kind != word {
			continue
		}
		words++
		if isCap(t) {
			caps++
		}
	}
	switch {
	case words <= 3:
		l.blockLen = 0
	case words <= 8:
		l.blockLen = 1
	case words <= 20:
		l.blockLen = 2
	default:
		l.blockLen = 3
	}
	l.titleCase = words >= 3 && 2*caps > words
	l.inside = make([]bool, len(toks))
	l.colon = make([]bool, len(toks))
	l.sentPos = make([]uint8, len(toks))
	depth, quoted := 0, false
	pos := 0
	afterColon := false
	for i, t := range toks {
		if t.sentStart {
			pos = 0
		}
		if t.kind == punct {
			switch t.text {
			case "(", "[", "«", "“":
				depth++
			case ")", "]", "»", "”":
				depth = max(depth-1, 0)
			case "\"":
				quoted = !quoted
			case ":":
				afterColon = true
			}
			continue
		}
		l.inside[i] = depth > 0 || quoted
		l.colon[i] = afterColon
		afterColon = false
		l.sentPos[i] = uint8(min(pos, 3))
		pos++
	}
	return l
}

// append adds token i's layout features; sh is its shape.
func (l layout) append(fs []uint32, i int, sh string) []uint32 {
	fs = append(fs, featN(fBlockLen, l.blockLen, sh), featN(fSentPos, int(l.sentPos[i]), sh))
	if l.titleCase {
		fs = append(fs, feat(fTitleCase, sh))
	}
	if l.inside[i] {
		fs = append(fs, feat(fInBrackets, sh))
	}
	if l.colon[i] {
		fs = append(fs, feat(fAfterColon, sh))
	}
	return fs
}
