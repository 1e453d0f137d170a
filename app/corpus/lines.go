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
const ownFeatures = 40

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
	f[24] = b(l.list)
	f[25] = b(l.role != roleBody && l.role != roleCaption)
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
	return f
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// featureLines computes the feature vector of every line: its own
// features, its neighbours' (the nearest lines still in the text), and its
// position from the start and the end, in lines and in words of text.
func featureLines(ls []*line, lang string) [][lineFeatures]float32 {
	own := make([][ownFeatures]float32, len(ls))
	count := make(map[string]int, len(ls))
	for _, l := range ls {
		if l.key != "" {
			count[l.key]++
		}
	}
	words := make([]int, len(ls)+1) // words of body-like lines before i
	for i, l := range ls {
		own[i] = ownLineFeatures(l, lang, count[l.key] > 1)
		words[i+1] = words[i]
		if isBodyLike(l.text) {
			words[i+1] += wordsUpTo(l.text, 400)
		}
	}
	total := max(words[len(ls)], 1)
	n := len(ls)
	out := make([][lineFeatures]float32, n)
	for i := range ls {
		x := &out[i]
		x[0] = 1
		copy(x[1:], own[i][:])
		if i > 0 {
			copy(x[1+ownFeatures:], own[i-1][:])
		}
		if i+1 < n {
			copy(x[1+2*ownFeatures:], own[i+1][:])
		}
		p := 1 + 3*ownFeatures
		x[p] = float32(i) / float32(max(n-1, 1))
		x[p+1] = float32(words[i]) / float32(total)
		x[p+2] = float32(total-words[i+1]) / float32(total)
		x[p+3] = float32(math.Min(float64(i), 20) / 20)
		x[p+4] = float32(math.Min(float64(n-1-i), 20) / 20)
		x[p+5] = float32(math.Log1p(float64(n)) / 6)
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

// scoreLines gives every line its probability of being body text (1 when
// there is no model).
func scoreLines(ls []*line, lang string, m lineModel) {
	if len(m) != lineFeatures {
		for _, l := range ls {
			l.body = 1
		}
		return
	}
	xs := featureLines(ls, lang)
	for i, l := range ls {
		l.body = m.prob(&xs[i])
	}
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

// LineSample is one line of a file as the line model sees it: its text
// after the first cleaning (credits cut) and its features.
type LineSample struct {
	Text     string
	Features [lineFeatures]float32
}

// LineSamples reads a file as Parse does, up to the point where the line
// model scores its lines, and returns them: what a training labels. name
// gives the format, as for Parse.
func LineSamples(name string, data []byte) ([]LineSample, error) {
	blocks, _, err := fileBlocks(name, data)
	if err != nil {
		return nil, err
	}
	var a Article
	ls, _ := readLines(blocks, &a)
	xs := featureLines(ls, a.Lang)
	out := make([]LineSample, len(ls))
	for i, l := range ls {
		out[i] = LineSample{Text: l.text, Features: xs[i]}
	}
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
