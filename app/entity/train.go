package entity

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

// TrainDoc is one annotated article for Train: its blocks, as Recognize
// takes them, and its gold mentions of people, organisations and places.
type TrainDoc struct {
	Blocks []string
	Spans  []TrainSpan
	// Source is where the document comes from: the corpus folder it was
	// read from ("europeana-fr", "newseye-fr") or GoldSource for the real
	// news annotated for the project. TrainOptions.Weights weighs each.
	Source string
}

// GoldSource is the Source of the real news annotated for the project
// (ReadGoldDir).
const GoldSource = "gold"

// SilverSource is the Source of real press articles whose gold was written
// as distinct (type, surface) lines and projected onto their words
// (ReadSilverDir): the real-news gold sets, used for measuring, and for
// training only when asked (nertrain -silver).
const SilverSource = "silver"

// heldOutFromDev reports whether a source's documents never go to the dev
// share: articles written for or annotated by the project are few and all
// trained on; the dev share stays old newspapers.
func heldOutFromDev(source string) bool {
	return source == GoldSource || source == SilverSource
}

// TrainSpan is one gold mention: rune offsets in a block, half-open.
type TrainSpan struct {
	Block, Start, End int
	Type              Type
}

// TrainOptions tune Train.
type TrainOptions struct {
	// Epochs over the training documents (10 when 0).
	Epochs int
	// NoLists and NoRules leave out the word-list and rule features, for
	// the ablation figures.
	NoLists, NoRules bool
	// NoRuns and NoContext leave out the features of the run of
	// capitalised words a token is in and of the article's other
	// mentions of the word (features.go), for the same figures.
	NoRuns, NoContext bool
	// NoLayout leaves out the features of where a token stands (block
	// length, title case, brackets, colon, place in its sentence).
	NoLayout bool
	// MinCount drops features seen fewer times in training (2 when 0).
	MinCount int
	// MaxFeatures keeps the features with the largest weights (all when
	// 0), to bound the model's size.
	MaxFeatures int
	// Dev is the share of the corpus documents (not GoldSource's) held
	// out to calibrate the confidence and report tagging accuracy (0.1
	// when 0).
	Dev float64
	// Weights says how much one document of each Source counts, as if
	// it were repeated that many times (1 when missing): the real news
	// of the gold sets weigh more than the old newspapers.
	Weights map[string]float64
	// Seed makes the shuffles repeatable.
	Seed uint64
	// Soup trains that many models, with seeds Seed, Seed+1, ..., and
	// averages them into one (Soup); 0 or 1 trains one.
	Soup int
	// Log, when set, receives progress lines.
	Log func(string)
}

// Model is a trained model, ready to be written (Encode) and embedded as
// data/model.bin.
type Model struct{ m *model }

// Encode returns the model file.
func (m *Model) Encode() []byte { return m.m.encode() }

// Stats describes the model: features kept and their file size.
func (m *Model) Stats() string {
	return fmt.Sprintf("%d features, %d bytes, temperature %.2f", len(m.m.w)/numTags, len(m.m.encode()), m.m.temp)
}

// example is one training block: its features and gold tags, and the
// features as the perceptron's rows once they are chosen.
type example struct {
	fs     blockFeatures
	gold   []int
	rows   [][]int32
	weight float64
}

// Train learns a model from docs with an averaged structured perceptron
// (Collins 2002) over the features of features.go: each epoch decodes
// every block with Viterbi and moves the weights from the predicted tags
// towards the gold ones; the average of the weights over all steps is
// kept. The confidence temperature is then chosen on the held-out share
// of docs, where the model's tagging is also scored.
func Train(docs []TrainDoc, opt TrainOptions) (*Model, error) {
	if len(docs) == 0 {
		return nil, errors.New("no training documents")
	}
	if opt.Soup > 1 {
		var ms []*Model
		for i := 0; i < opt.Soup; i++ {
			o := opt
			o.Soup, o.Seed = 1, opt.Seed+uint64(i)
			m, err := Train(docs, o)
			if err != nil {
				return nil, err
			}
			ms = append(ms, m)
		}
		return Soup(ms, opt.MaxFeatures)
	}
	if opt.Epochs == 0 {
		opt.Epochs = 10
	}
	if opt.MinCount == 0 {
		opt.MinCount = 2
	}
	if opt.Dev == 0 {
		opt.Dev = 0.1
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			opt.Log(fmt.Sprintf(format, args...))
		}
	}
	set := allFeatures
	if opt.NoLists {
		set &^= useLists
	}
	if opt.NoRules {
		set &^= useRules
	}
	if opt.NoRuns {
		set &^= useRuns
	}
	if opt.NoContext {
		set &^= useContext
	}
	if opt.NoLayout {
		set &^= useLayout
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 15))
	order := rng.Perm(len(docs))
	nDev := 0
	for _, d := range docs {
		if !heldOutFromDev(d.Source) {
			nDev++
		}
	}
	nDev = int(float64(nDev) * opt.Dev)
	var train, dev []example
	for _, i := range order {
		w := 1.0
		if v, ok := opt.Weights[docs[i].Source]; ok {
			w = v
		}
		if w <= 0 {
			continue
		}
		ex := examples(docs[i], set)
		if nDev > 0 && !heldOutFromDev(docs[i].Source) {
			nDev--
			dev = append(dev, ex...)
			continue
		}
		for k := range ex {
			ex[k].weight = w
		}
		train = append(train, ex...)
	}
	logf("%d training blocks, %d held out", len(train), len(dev))
	// Counts are weighted: a word seen once in a document that counts
	// five times is seen five times.
	counts := map[uint32]float64{}
	for _, ex := range train {
		for _, fs := range ex.fs {
			for _, h := range fs {
				counts[h] += ex.weight
			}
		}
	}
	p := newPerceptron()
	for h, c := range counts {
		if c >= float64(opt.MinCount) {
			p.row(h)
		}
	}
	logf("%d features seen, %d kept (seen %d times or more)", len(counts), len(p.rows), opt.MinCount)
	for i := range train {
		ex := &train[i]
		ex.rows = make([][]int32, len(ex.fs))
		for k, fs := range ex.fs {
			for _, h := range fs {
				if r, ok := p.rows[h]; ok {
					ex.rows[k] = append(ex.rows[k], int32(r))
				}
			}
		}
		ex.fs = nil
	}
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		wrong := 0
		for _, ex := range train {
			wrong += p.learn(ex)
		}
		logf("epoch %d: %d tokens wrong", epoch, wrong)
	}
	m := p.average(set, opt.MaxFeatures)
	if len(dev) > 0 {
		m.temp = calibrate(m, dev)
		logf("held out: %s; temperature %.2f", tagScore(m, dev), m.temp)
	} else {
		m.temp = 1
	}
	return &Model{m: m}, nil
}

// examples turns one document into training blocks: the features the
// model will see and the gold tags projected on our own tokens.
func examples(d TrainDoc, set featureSet) []example {
	a := analyse(d.Blocks)
	out := make([]example, 0, len(d.Blocks))
	for b := range d.Blocks {
		if len(a.toks[b]) == 0 {
			continue
		}
		fs := extract(a.input(b, set), &a.art, set)
		gold := make([]int, len(a.toks[b]))
		for _, s := range d.Spans {
			if s.Block != b {
				continue
			}
			tag := beginTag(s.Type)
			if tag == tagO {
				continue
			}
			first := true
			for k, t := range a.toks[b] {
				if t.start >= s.Start && t.start < s.End {
					if first {
						gold[k] = tag
						first = false
					} else {
						gold[k] = tag + 1
					}
				}
			}
		}
		out = append(out, example{fs: fs, gold: gold})
	}
	return out
}

// perceptron holds the weights while training, with what averaging needs:
// the running sums and the step each weight last changed at.
type perceptron struct {
	rows   map[uint32]int
	w      []float64 // row r: w[r*numTags+t]
	sum    []float64
	stamp  []int
	trans  [numTags + 1][numTags]float64
	tsum   [numTags + 1][numTags]float64
	tstamp [numTags + 1][numTags]int
	step   int
}

func newPerceptron() *perceptron { return &perceptron{rows: map[uint32]int{}} }

// row returns the row of feature h, adding it.
func (p *perceptron) row(h uint32) int {
	if r, ok := p.rows[h]; ok {
		return r
	}
	r := len(p.rows)
	p.rows[h] = r
	p.w = append(p.w, make([]float64, numTags)...)
	p.sum = append(p.sum, make([]float64, numTags)...)
	p.stamp = append(p.stamp, make([]int, numTags)...)
	return r
}

func (p *perceptron) emissions(rows [][]int32) [][numTags]float32 {
	out := make([][numTags]float32, len(rows))
	for i, rs := range rows {
		for _, r := range rs {
			w := p.w[int(r)*numTags : int(r)*numTags+numTags]
			for t := 0; t < numTags; t++ {
				out[i][t] += float32(w[t])
			}
		}
	}
	return out
}

func (p *perceptron) transitions() *[numTags + 1][numTags]float32 {
	var t [numTags + 1][numTags]float32
	for i := range t {
		for j := range t[i] {
			t[i][j] = float32(p.trans[i][j])
		}
	}
	return &t
}

// update adds d to weight (r, t), keeping the running sum exact.
func (p *perceptron) update(r, t int, d float64) {
	i := r*numTags + t
	p.sum[i] += float64(p.step-p.stamp[i]) * p.w[i]
	p.stamp[i] = p.step
	p.w[i] += d
}

func (p *perceptron) updateTrans(prev, cur int, d float64) {
	p.tsum[prev+1][cur] += float64(p.step-p.tstamp[prev+1][cur]) * p.trans[prev+1][cur]
	p.tstamp[prev+1][cur] = p.step
	p.trans[prev+1][cur] += d
}

// learn decodes one block and corrects the weights where the prediction
// is wrong; it returns the number of wrong tokens.
func (p *perceptron) learn(ex example) int {
	p.step++
	pred := viterbi(p.emissions(ex.rows), p.transitions())
	wrong := 0
	for i := range pred {
		g, q := ex.gold[i], pred[i]
		gp, qp := -1, -1
		if i > 0 {
			gp, qp = ex.gold[i-1], pred[i-1]
		}
		if g != q {
			wrong++
			for _, r := range ex.rows[i] {
				p.update(int(r), g, ex.weight)
				p.update(int(r), q, -ex.weight)
			}
		}
		if g != q || gp != qp {
			p.updateTrans(gp, g, ex.weight)
			p.updateTrans(qp, q, -ex.weight)
		}
	}
	return wrong
}

// average returns the averaged weights as a quantised model: int8
// weights with one scale, features whose weights all round to zero left
// out, and at most maxFeatures rows (the largest by total weight).
func (p *perceptron) average(set featureSet, maxFeatures int) *model {
	avg := make([]float64, len(p.w))
	steps := float64(max(p.step, 1))
	for i := range p.w {
		avg[i] = (p.sum[i] + float64(p.step-p.stamp[i])*p.w[i]) / steps
	}
	m := &model{set: set}
	for i := range p.trans {
		for j := range p.trans[i] {
			m.trans[i][j] = float32((p.tsum[i][j] + float64(p.step-p.tstamp[i][j])*p.trans[i][j]) / steps)
		}
	}
	m.quantise(avg, p.rows, maxFeatures)
	return m
}

// quantise sets m's weights from float weights avg (row r of feature h
// at avg[rows[h]*numTags:]): int8 with one scale, rows that round to
// zero left out, at most maxFeatures rows (the largest; all when 0).
func (m *model) quantise(avg []float64, rows map[uint32]int, maxFeatures int) {
	// The scale maps the 99.99th percentile of |w| to 127; larger weights
	// are clipped.
	abs := make([]float64, 0, len(avg))
	for _, v := range avg {
		if v != 0 {
			abs = append(abs, math.Abs(v))
		}
	}
	sort.Float64s(abs)
	top := 1.0
	if len(abs) > 0 {
		top = abs[min(len(abs)-1, int(float64(len(abs))*0.9999))]
	}
	m.scale = float32(top / 127)
	type rowNorm struct {
		h    uint32
		r    int
		norm float64
	}
	var keep []rowNorm
	for h, r := range rows {
		var q [numTags]int8
		norm := 0.0
		for t := 0; t < numTags; t++ {
			v := math.Round(avg[r*numTags+t] / float64(m.scale))
			v = math.Max(-127, math.Min(127, v))
			q[t] = int8(v)
			norm += math.Abs(v)
		}
		if norm > 0 {
			keep = append(keep, rowNorm{h, r, norm})
		}
	}
	sort.Slice(keep, func(i, j int) bool {
		if keep[i].norm != keep[j].norm {
			return keep[i].norm > keep[j].norm
		}
		return keep[i].h < keep[j].h
	})
	if maxFeatures > 0 && len(keep) > maxFeatures {
		keep = keep[:maxFeatures]
	}
	ids := make([]uint32, len(keep))
	m.w = make([]int8, len(keep)*numTags)
	for i, k := range keep {
		ids[i] = k.h
		for t := 0; t < numTags; t++ {
			v := math.Round(avg[k.r*numTags+t] / float64(m.scale))
			m.w[i*numTags+t] = int8(math.Max(-127, math.Min(127, v)))
		}
	}
	m.index(ids)
}

// calibrate chooses the temperature that gives the held-out gold tags
// the highest likelihood under the model's marginals.
func calibrate(m *model, dev []example) float32 {
	best, bestT := math.Inf(1), float32(1)
	for _, t := range []float32{0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256} {
		nll := 0.0
		for _, ex := range dev {
			mg := marginals(m.emissions(ex.fs), &m.trans, t)
			for i, g := range ex.gold {
				nll -= math.Log(math.Max(mg[i][g], 1e-12))
			}
		}
		if nll < best {
			best, bestT = nll, t
		}
	}
	return bestT
}

// tagScore reports the model's entity F1 on held-out blocks, an exact
// match of span and type.
func tagScore(m *model, dev []example) string {
	var tp, fp, fn int
	for _, ex := range dev {
		pred := viterbi(m.emissions(ex.fs), &m.trans)
		g, p := tagSpans(ex.gold), tagSpans(pred)
		for k := range p {
			if g[k] {
				tp++
			} else {
				fp++
			}
		}
		for k := range g {
			if !p[k] {
				fn++
			}
		}
	}
	prec := float64(tp) / float64(max(tp+fp, 1))
	rec := float64(tp) / float64(max(tp+fn, 1))
	f := 0.0
	if prec+rec > 0 {
		f = 2 * prec * rec / (prec + rec)
	}
	return fmt.Sprintf("spans P %.3f R %.3f F1 %.3f", prec, rec, f)
}

// tagSpans lists the spans of a tag sequence as "from:to:tag" keys.
func tagSpans(tags []int) map[string]bool {
	out := map[string]bool{}
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if t == tagO || t%2 == 0 { // an I- tag alone is not read as a span
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == t+1 {
			j++
		}
		out[fmt.Sprintf("%d:%d:%d", i, j, t)] = true
		i = j - 1
	}
	return out
}

// Soup averages models trained on the same documents with different
// shuffle seeds into one: their weights, feature by feature (a feature
// one model dropped counts as zero there), their transitions and their
// temperatures; the average is quantised again, with at most
// maxFeatures rows (all when 0), the largest kept. The models are
// linear, so the soup scores a token as the mean of their scores, at the
// cost of one: it evens out the luck of one shuffle (a seed moves a tune
// set by up to 0.01, TestCombine).
func Soup(models []*Model, maxFeatures int) (*Model, error) {
	if len(models) == 0 {
		return nil, errors.New("soup: no models")
	}
	k := float64(len(models))
	set := models[0].m.set
	sums := map[uint32]*[numTags]float64{}
	out := &model{set: set}
	temp := 0.0
	for _, mm := range models {
		m := mm.m
		if m.set != set {
			return nil, errors.New("soup: models of different feature sets")
		}
		temp += float64(m.temp) / k
		for i := range m.trans {
			for j := range m.trans[i] {
				out.trans[i][j] += float32(float64(m.trans[i][j]) / k)
			}
		}
		for _, e := range m.table {
			if e.key == 0 {
				continue
			}
			a := sums[e.key]
			if a == nil {
				a = &[numTags]float64{}
				sums[e.key] = a
			}
			for t := range a {
				a[t] += float64(e.w[t]) * float64(m.scale) / k
			}
		}
	}
	out.temp = float32(temp)
	rows := make(map[uint32]int, len(sums))
	avg := make([]float64, 0, len(sums)*numTags)
	for h, a := range sums {
		rows[h] = len(avg) / numTags
		avg = append(avg, a[:]...)
	}
	out.quantise(avg, rows, maxFeatures)
	return &Model{m: out}, nil
}

// ShippedOptions are the options the shipped model is trained with
// ("make model"); the weights were chosen on the tune and train parts of
// the real-news gold set, which the model is never trained on (doc.go,
// "The model").
func ShippedOptions() TrainOptions {
	return TrainOptions{
		Epochs:      10,
		MinCount:    2,
		MaxFeatures: 65000,
		NoRules:     true,
		NoRuns:      true,
		NoContext:   true,
		NoLayout:    true,
		Seed:        1,
		Soup:        3,
		Weights:     map[string]float64{GoldSource: 5},
	}
}
