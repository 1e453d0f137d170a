package corpus

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"path"
	"strings"
	"sync"
	"unicode"
)

// The line model: a small logistic regression that gives each line of a
// text the probability that it belongs to the article's body (from its
// first paragraph to its last), rather than to the page around it (menus,
// share bars, teasers of other articles, newsletter, paywall and comment
// lines, credits, captions, the header's title, byline and date lines).
// The rules name what they know; the model weighs what generalises to
// sites never seen: a line's length, its punctuation and capitals, whether
// it reads like a sentence, where it stands from the start and the end,
// what the rules say of it, and the same of its neighbours. It is trained
// by `make linemodel` (build/evalextract -train-lines) on the hand-made
// gold sets and the Scrapinghub benchmark, and judged by cross-validation
// across sites (-line-cv); its weights ship in data/lines.bin.

// ownFeatures is the number of features computed from one line alone.
const ownFeatures = 48

// lineFeatures is the length of a line's feature vector: a bias, its own
// features, those of the lines before and after it, and its position.
const lineFeatures = 1 + 3*ownFeatures + 6

// ownLineFeatures describes one line, each feature in [0, 1] or near.
func ownLineFeatures(l *line, lang string, repeated bool) [ownFeatures]float32 {
	var f [ownFeatures]float32
	t := l.text
	b := func(v bool) float32 {
		if v {
			return 1
		}
		return 0
	}
	n := wordsUpTo(t, 400)
	f[0] = float32(math.Log1p(float64(n)) / 6)
	f[1] = b(n <= 2)
	f[2] = b(n > 2 && n <= 5)
	f[3] = b(n > 5 && n <= 10)
	f[4] = b(n > 10 && n <= 20)
	f[5] = b(n > 20 && n <= 40)
	f[6] = b(n > 40)
	f[7] = b(endsSentence(t))
	f[8] = b(titleEnd(t))
	f[9] = b(endsQuestion(t))
	f[10] = b(isBodyLike(t))
	f[11] = b(isChrome(t))
	f[12] = b(isLabel(t))
	f[13] = b(isMenuRun(t) || isHomeTrail(t))
	f[14] = b(isShort(t))
	f[15] = b(isCapitals(t))
	f[16] = b(byline(t) != nil)
	_, _, src := sourceLine(t)
	f[17] = b(src || agencyLine(t))
	f[18] = b(isDateLine(t, lang))
	f[19] = b(listLabel(t) || isEndLabel(t))
	f[20] = b(isTailNotice(t) || isPaywallEnd(t) || isSiteNotice(t) || isTipCall(t))
	f[21] = b(isNote(t) || isFooterMenu(t) || isContributorNote(t))
	f[22] = b(l.link)
	f[23] = b(l.credit || l.creditLine)
	f[24] = b(len(l.removed) > 0)
	f[25] = b(l.kind == kindLede)
	f[26] = b(teaser(t))
	var letters, upper, digits, punct, runes, capWords, words, commas, seps int
	start := true
	for _, r := range t {
		runes++
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			if start {
				words++
				if unicode.IsUpper(r) {
					capWords++
				}
			}
			start = false
		case unicode.IsDigit(r):
			digits++
			start = false
		case unicode.IsSpace(r):
			start = true
		default:
			if r == ',' {
				commas++
			}
			if strings.ContainsRune("|•·›»>/", r) {
				seps++
			}
			punct++
			start = r == '(' || r == '"' || r == '«' || r == '\''
		}
	}
	ratio := func(a, b int) float32 {
		if b == 0 {
			return 0
		}
		return float32(a) / float32(b)
	}
	f[27] = ratio(upper, letters)
	f[28] = ratio(digits, runes)
	f[29] = ratio(punct, runes)
	f[30] = ratio(capWords, words)
	f[31] = min(ratio(commas, words)*5, 1)
	f[32] = b(seps >= 2)
	f[33] = b(l.kind == kindCaption || l.role == roleCaption)
	f[34] = b(l.kind == kindTitle || l.kind == kindHeading)
	f[35] = b(repeated)
	f[36] = b(strings.Contains(t, "@") || strings.Contains(t, "http") || strings.Contains(t, "www."))
	f[37] = b(strings.Count(t, ". ")+strings.Count(t, "? ")+strings.Count(t, "! ") >= 1)
	f[38] = b(runes > 0 && unicode.IsLower(firstRune(t)))
	f[39] = b(isKicker(t) || isCreditLine(t))
	groups := chromeWords(l.key)
	for g := range chromeWordGroups {
		f[40+g] = b(groups&(1<<g) != 0)
	}
	f[45] = b(strings.HasSuffix(strings.TrimSpace(t), ":"))
	return f
}

// chromeWordGroups are the words, folded and matched as prefixes of a
// line's words, that name what surrounds an article rather than its
// subject, by kind: subscriptions and paywalls, sharing and following,
// links to other articles, photos and videos, and comments, cookies and
// legal lines. Found anywhere in a line they are only a hint: an article
// may speak of subscriptions; the model weighs them with the rest.
var chromeWordGroups = [5][]string{
	{"abonn", "subscri", "newsletter", "inscri", "premium", "offre", "gratuit", "payant", "paywall", "soutenez", "support", "donate", "don"},
	{"partag", "share", "suivez", "follow", "facebook", "twitter", "whatsapp", "instagram", "linkedin", "telegram", "youtube", "tiktok", "imprim", "print", "email", "mail", "copier", "copy", "lien", "link"},
	{"lire", "read", "voir", "see", "aussi", "also", "interess", "interest", "related", "similaire", "recommand", "articles", "stories", "populaire", "popular", "trending", "dossier", "suite", "more", "plus"},
	{"photo", "video", "image", "illustration", "credit", "getty", "afp", "reuters", "keystone", "belga", "shutterstock", "capture", "legende", "caption", "watch", "regarder", "ecouter", "podcast"},
	{"comment", "cookie", "confidentialite", "privacy", "mentions", "legal", "conditions", "terms", "contact", "publicite", "advert", "annonce", "sponsor", "partenaire", "copyright", "droits", "rights", "reserve", "application", "app", "telecharg", "download"},
}

// chromeStems indexes chromeWordGroups by the stems' first two letters.
var chromeStems = func() map[string][]chromeStem {
	m := make(map[string][]chromeStem)
	for g, stems := range chromeWordGroups {
		for _, st := range stems {
			m[st[:2]] = append(m[st[:2]], chromeStem{st, uint8(1) << g})
		}
	}
	return m
}()

type chromeStem struct {
	stem string
	bit  uint8
}

// chromeWords returns a bit for each group of chromeWordGroups that has a
// word in the folded line key: a word starting with a stem of four
// letters or more, or equal to a shorter one.
func chromeWords(key string) uint8 {
	var bits uint8
	for len(key) > 0 {
		w := key
		if k := strings.IndexByte(key, ' '); k >= 0 {
			w, key = key[:k], key[k+1:]
		} else {
			key = ""
		}
		if len(w) < 2 {
			continue
		}
		for _, st := range chromeStems[w[:2]] {
			if bits&st.bit == 0 && strings.HasPrefix(w, st.stem) && (len(st.stem) >= 4 || w == st.stem) {
				bits |= st.bit
			}
		}
	}
	return bits
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// featureLines computes the feature vector of every line (lineContext).
func featureLines(ls []*line, lang string) [][lineFeatures]float32 {
	c := newLineContext(ls, lang)
	out := make([][lineFeatures]float32, len(ls))
	for i := range ls {
		out[i] = c.vector(i)
	}
	return out
}

// lineContext computes the feature vectors of a sequence of lines on
// demand, each line's own features once: trimming the edges of a text
// needs only the vectors of its first and last lines. A line's vector is
// its own features, its neighbours' (the nearest lines still in the
// text), and its position from the start and the end, in lines and in
// words of text.
type lineContext struct {
	ls    []*line
	lang  string
	own   [][ownFeatures]float32
	done  []bool
	count map[string]int // lines by their key
	coh   []float32      // cohesion
	words []int          // words of the body-like lines before each line
}

func newLineContext(ls []*line, lang string) *lineContext {
	c := &lineContext{
		ls: ls, lang: lang,
		own:   make([][ownFeatures]float32, len(ls)),
		done:  make([]bool, len(ls)),
		count: make(map[string]int, len(ls)),
		coh:   cohesion(ls),
		words: make([]int, len(ls)+1),
	}
	for i, l := range ls {
		if l.key != "" {
			c.count[l.key]++
		}
		c.words[i+1] = c.words[i]
		if isBodyLike(l.text) {
			c.words[i+1] += wordsUpTo(l.text, 400)
		}
	}
	return c
}

// ownAt is line i's own features.
func (c *lineContext) ownAt(i int) *[ownFeatures]float32 {
	if !c.done[i] {
		l := c.ls[i]
		f := ownLineFeatures(l, c.lang, c.count[l.key] > 1)
		f[46] = c.coh[i]
		if c.coh[i] < 0 {
			f[46], f[47] = 0, 1
		}
		c.own[i], c.done[i] = f, true
	}
	return &c.own[i]
}

// vector is line i's feature vector.
func (c *lineContext) vector(i int) [lineFeatures]float32 {
	var x [lineFeatures]float32
	n := len(c.ls)
	x[0] = 1
	copy(x[1:], c.ownAt(i)[:])
	if i > 0 {
		copy(x[1+ownFeatures:], c.ownAt(i - 1)[:])
	}
	if i+1 < n {
		copy(x[1+2*ownFeatures:], c.ownAt(i + 1)[:])
	}
	total := max(c.words[n], 1)
	p := 1 + 3*ownFeatures
	x[p] = float32(i) / float32(max(n-1, 1))
	x[p+1] = float32(c.words[i]) / float32(total)
	x[p+2] = float32(total-c.words[i+1]) / float32(total)
	x[p+3] = float32(math.Min(float64(i), 20) / 20)
	x[p+4] = float32(math.Min(float64(n-1-i), 20) / 20)
	x[p+5] = float32(math.Log1p(float64(n)) / 6)
	return x
}

// cohesion is, for each line, the share of its distinct long words
// (five letters or more, folded) that the text uses in lines other than
// it and its neighbours: an article's paragraphs speak of the same things,
// teasers of other articles, menus and notices do not. -1 for a line of
// fewer than three long words, too short to tell.
func cohesion(ls []*line) []float32 {
	lines := make([][]string, len(ls))
	where := make(map[string][]int)
	for i, l := range ls {
		seen := map[string]bool{}
		for _, w := range strings.Fields(l.key) {
			if len(w) < 5 || seen[w] {
				continue
			}
			seen[w] = true
			lines[i] = append(lines[i], w)
			if at := where[w]; len(at) < 4 {
				where[w] = append(at, i)
			}
		}
	}
	out := make([]float32, len(ls))
	for i, ws := range lines {
		if len(ws) < 3 {
			out[i] = -1
			continue
		}
		shared := 0
		for _, w := range ws {
			for _, j := range where[w] {
				if j < i-1 || j > i+1 {
					shared++
					break
				}
			}
		}
		out[i] = float32(shared) / float32(len(ws))
	}
	return out
}

// lineModel is the weights of the logistic regression, one a feature.
type lineModel []float32

// prob is the probability that a line of features x is body text.
func (m lineModel) prob(x *[lineFeatures]float32) float64 {
	var z float64
	for i, w := range m {
		z += float64(w) * float64(x[i])
	}
	return 1 / (1 + math.Exp(-z))
}

//go:embed data/lines.bin
var shippedLineModel []byte

var (
	lineModelOnce sync.Once
	lineModelMu   sync.RWMutex
	currentModel  lineModel
)

// activeLineModel is the model in use: the shipped one, unless
// SetLineModel replaced it.
func activeLineModel() lineModel {
	lineModelOnce.Do(func() {
		m, err := DecodeLineModel(shippedLineModel)
		if err == nil {
			lineModelMu.Lock()
			if currentModel == nil {
				currentModel = m
			}
			lineModelMu.Unlock()
		}
	})
	lineModelMu.RLock()
	defer lineModelMu.RUnlock()
	return currentModel
}

// SetLineModel replaces the line model the reader uses by weights, as
// returned by DecodeLineModel or a training (LineFeatureCount of them);
// nil weights read without a model, by the rules alone. It exists for
// training and cross-validation (build/evalextract) and must not run
// while files are being read.
func SetLineModel(weights []float32) error {
	if weights != nil && len(weights) != lineFeatures {
		return fmt.Errorf("line model: %d weights, want %d", len(weights), lineFeatures)
	}
	activeLineModel()
	lineModelMu.Lock()
	currentModel = weights
	if currentModel == nil {
		currentModel = lineModel{}
	}
	lineModelMu.Unlock()
	return nil
}

// LineFeatureCount is the number of weights of a line model.
const LineFeatureCount = lineFeatures

// lineModelMagic opens data/lines.bin: a name and a version, then the
// number of weights (uint32) and the weights (float32), little-endian.
const lineModelMagic = "lecteur-lines-1\n"

// EncodeLineModel writes weights in the shipped file's format.
func EncodeLineModel(weights []float32) []byte {
	b := []byte(lineModelMagic)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(weights)))
	for _, w := range weights {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
	}
	return b
}

// DecodeLineModel reads weights written by EncodeLineModel.
func DecodeLineModel(b []byte) ([]float32, error) {
	if !strings.HasPrefix(string(b), lineModelMagic) {
		return nil, errors.New("line model: not a lecteur-lines-1 file")
	}
	b = b[len(lineModelMagic):]
	if len(b) < 4 {
		return nil, errors.New("line model: truncated")
	}
	n := int(binary.LittleEndian.Uint32(b))
	b = b[4:]
	if n != lineFeatures || len(b) != 4*n {
		return nil, fmt.Errorf("line model: %d weights in %d bytes, want %d", n, len(b), lineFeatures)
	}
	w := make([]float32, n)
	for i := range w {
		w[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return w, nil
}

// LineSample is one line of a file as the line model sees it: a line of
// the text the rules kept, and its features.
type LineSample struct {
	Kept     bool // in the second list, of the lines the rules kept
	Text     string
	Features [lineFeatures]float32
}

// LineSamples reads a file as Parse does without a line model, and
// returns its lines twice: every line after the first cleaning, in the
// context of the whole page, then the lines of text the rules kept, in
// theirs: what a training labels. name
// gives the format, as for Parse.
func LineSamples(name string, data []byte) ([]LineSample, error) {
	blocks, h, err := fileBlocks(name, data)
	if err != nil {
		return nil, err
	}
	var first Article
	all, _ := readLines(blocks, &first)
	var out []LineSample
	add := func(ls []*line, lang string, kept bool) {
		xs := featureLines(ls, lang)
		for i, l := range ls {
			out = append(out, LineSample{Kept: kept, Text: l.text, Features: xs[i]})
		}
	}
	// Every line, in the context of the whole page: the chrome the rules
	// know teaches the model what chrome looks like.
	add(all, first.Lang, false)
	a, ls, err := cleanLines(blocks, h, nil)
	if err != nil {
		return out, nil
	}
	// The lines the rules kept, in their context: what the model decides.
	add(bodyLines(ls), a.Lang, true)
	return out, nil
}

// fileBlocks decodes a file and splits it into blocks by its format.
func fileBlocks(name string, data []byte) ([]block, hints, error) {
	if len(data) > MaxFileSize {
		return nil, hints{}, TooBig(int64(len(data)))
	}
	text, err := decode(data)
	if err != nil {
		return nil, hints{}, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, hints{}, errors.New("only blank space")
	}
	var blocks []block
	var h hints
	switch Formats[strings.ToLower(path.Ext(name))] {
	case "markdown":
		blocks, h = markdownBlocks(text)
	case "html":
		blocks, h = htmlBlocks(text)
	default:
		blocks = textBlocks(text)
		h.plain = true
	}
	return blocks, h, nil
}

// modelEdge is the body probability under which a line at an edge of the
// text, once the rules are done, is dropped as the page's chrome.
var modelEdge = 0.35

// bodyLines is the lines still in the text.
func bodyLines(ls []*line) []*line {
	var body []*line
	for _, l := range ls {
		if l.role == roleBody {
			body = append(body, l)
		}
	}
	return body
}

// trimByModel drops the runs of lines at both edges of the text that the
// line model m gives as the page's chrome, as jusText smooths its
// classes with the context: each line scores the log-odds of its body
// probability against modelEdge, and the start (or end) of the text whose
// lines sum lowest, when below zero, goes, never past a line the model
// holds for body more likely than not (nor its best line, when it holds
// none so). A run of teasers after a "related" label goes with the label;
// a line the model doubts among paragraphs stays. The model sees the
// lines the rules left, with their neighbours among them, and is asked
// only about the lines at the edges.
func trimByModel(ls []*line, lang string, m lineModel) {
	if len(m) != lineFeatures {
		return
	}
	body := bodyLines(ls)
	if len(body) < 2 {
		return
	}
	c := newLineContext(body, lang)
	edge := math.Log(modelEdge / (1 - modelEdge))
	sure := -edge // log-odds of 0.5 against modelEdge
	z := make([]float64, len(body))
	known := make([]bool, len(body))
	zAt := func(i int) float64 {
		if !known[i] {
			x := c.vector(i)
			p := min(max(m.prob(&x), 1e-6), 1-1e-6)
			z[i], known[i] = math.Log(p/(1-p))-edge, true
		}
		return z[i]
	}
	// The runs end at the first and the last line the model holds for
	// body more likely than not; when there is none, at its best line.
	top, bottom := -1, -1
	for i := range body {
		if zAt(i) > sure {
			top = i
			break
		}
	}
	if top < 0 {
		top = 0
		for i := range body {
			if zAt(i) > zAt(top) {
				top = i
			}
		}
		bottom = top
	} else {
		for i := len(body) - 1; i >= top; i-- {
			if zAt(i) > sure {
				bottom = i
				break
			}
		}
	}
	from, low, sum := 0, 0.0, 0.0
	for i := 0; i < top; i++ {
		sum += zAt(i)
		if sum < low {
			low, from = sum, i+1
		}
	}
	to, low, sum := len(body)-1, 0.0, 0.0
	for i := len(body) - 1; i > bottom; i-- {
		sum += zAt(i)
		if sum < low {
			low, to = sum, i-1
		}
	}
	for i, l := range body {
		if i < from || i > to {
			l.drop(roleGone)
		}
	}
}
