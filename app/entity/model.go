package entity

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"
)

// The model's tags: outside, and the beginning and inside of a person,
// an organisation and a place.
const (
	tagO = iota
	tagBPER
	tagIPER
	tagBORG
	tagIORG
	tagBLOC
	tagILOC
	numTags
)

// tagType is the entity type of each tag.
var tagType = [numTags]Type{"", PER, PER, ORG, ORG, LOC, LOC}

// beginTag is the B- tag of each type.
func beginTag(t Type) int {
	switch t {
	case PER:
		return tagBPER
	case ORG:
		return tagBORG
	case LOC:
		return tagBLOC
	}
	return tagO
}

// allowed reports whether tag cur may follow tag prev (prev -1 at a
// block's start): an I- tag only continues its own type.
func allowed(prev, cur int) bool {
	if cur == tagIPER || cur == tagIORG || cur == tagILOC {
		return prev == cur || prev == cur-1
	}
	return true
}

// modelMagic opens a model file.
const modelMagic = "LNERM1"

// model is a linear-chain tagger: a weight per feature and tag, a weight
// per pair of tags, read with Viterbi, and a temperature that turns
// scores into probabilities (forward-backward) for each mention's
// confidence.
type model struct {
	set   featureSet
	scale float32 // weight = int8 value × scale
	temp  float32
	// trans[p+1][c] is the score of tag c after tag p (p = -1: start).
	trans [numTags + 1][numTags]float32
	// table is an open-addressing table from feature id to its row of
	// weights, the weights next to the key so that a lookup reads one
	// place in memory, not three; a key of 0 is an empty slot.
	table []tableEntry
	w     []int8 // row r holds w[r*numTags : (r+1)*numTags]
}

// tableEntry is a feature id and its row of weights, in model.table.
type tableEntry struct {
	key uint32
	row int32
	w   [numTags]int8
}

//go:embed data/model.bin
var modelData []byte

var (
	modelOnce   sync.Once
	embedded    *model
	embeddedErr error
)

// defaultModel is the embedded model, loaded on first use; nil when the
// package was built without one or with one for other features, in which
// case Recognize falls back to the rules alone.
func defaultModel() *model {
	modelOnce.Do(func() {
		embedded, embeddedErr = decodeModel(modelData)
	})
	return embedded
}

// lookup returns the entry of feature h, or nil.
func (m *model) lookup(h uint32) *tableEntry {
	if len(m.table) == 0 {
		return nil
	}
	mask := uint32(len(m.table) - 1)
	for i := (h * 0x9E3779B1) & mask; ; i = (i + 1) & mask {
		switch e := &m.table[i]; e.key {
		case h:
			return e
		case 0:
			return nil
		}
	}
}

// emissions scores each tag of each token of a block.
func (m *model) emissions(fs blockFeatures) [][numTags]float32 {
	out := make([][numTags]float32, len(fs))
	for i, ids := range fs {
		var acc [numTags]int32
		for _, h := range ids {
			e := m.lookup(h)
			if e == nil {
				continue
			}
			for t := range acc {
				acc[t] += int32(e.w[t])
			}
		}
		for t := range acc {
			out[i][t] = float32(acc[t]) * m.scale
		}
	}
	return out
}

// viterbi returns the best tag sequence under em and trans.
func viterbi(em [][numTags]float32, trans *[numTags + 1][numTags]float32) []int {
	n := len(em)
	if n == 0 {
		return nil
	}
	score := make([][numTags]float32, n)
	back := make([][numTags]int8, n)
	inf := float32(math.Inf(-1))
	for c := 0; c < numTags; c++ {
		score[0][c] = inf
		if allowed(-1, c) {
			score[0][c] = em[0][c] + trans[0][c]
		}
	}
	for i := 1; i < n; i++ {
		for c := 0; c < numTags; c++ {
			best, arg := inf, 0
			for p := 0; p < numTags; p++ {
				if !allowed(p, c) || score[i-1][p] == inf {
					continue
				}
				if s := score[i-1][p] + trans[p+1][c]; s > best {
					best, arg = s, p
				}
			}
			score[i][c] = best + em[i][c]
			back[i][c] = int8(arg)
		}
	}
	path := make([]int, n)
	best := inf
	for c := 0; c < numTags; c++ {
		if score[n-1][c] > best {
			best, path[n-1] = score[n-1][c], c
		}
	}
	for i := n - 1; i > 0; i-- {
		path[i-1] = int(back[i][path[i]])
	}
	return path
}

// marginals returns, for each token and tag, the probability of that tag
// under the chain's distribution with scores divided by temp. It runs the
// scaled forward-backward algorithm: each position's values are
// normalised, so no logarithm is needed.
func marginals(em [][numTags]float32, trans *[numTags + 1][numTags]float32, temp float32) [][numTags]float64 {
	n := len(em)
	if n == 0 {
		return nil
	}
	t := float64(temp)
	if t <= 0 {
		t = 1
	}
	var tr [numTags + 1][numTags]float64
	for p := range tr {
		for c := range tr[p] {
			if allowed(p-1, c) {
				tr[p][c] = math.Exp(float64(trans[p][c]) / t)
			}
		}
	}
	// The exponentials, forward and backward values in one allocation.
	work := make([][numTags]float64, 3*n)
	ex, alpha, beta := work[:n:n], work[n:2*n:2*n], work[2*n:]
	for i := range em {
		m := float32(math.Inf(-1))
		for _, v := range em[i] {
			m = max(m, v)
		}
		for c := range em[i] {
			ex[i][c] = math.Exp(float64(em[i][c]-m) / t)
		}
	}
	norm := func(v *[numTags]float64) {
		s := 0.0
		for _, x := range v {
			s += x
		}
		if s > 0 {
			for c := range v {
				v[c] /= s
			}
		}
	}
	for c := 0; c < numTags; c++ {
		alpha[0][c] = tr[0][c] * ex[0][c]
	}
	norm(&alpha[0])
	for i := 1; i < n; i++ {
		for c := 0; c < numTags; c++ {
			s := 0.0
			for p := 0; p < numTags; p++ {
				s += alpha[i-1][p] * tr[p+1][c]
			}
			alpha[i][c] = s * ex[i][c]
		}
		norm(&alpha[i])
	}
	for c := 0; c < numTags; c++ {
		beta[n-1][c] = 1
	}
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < numTags; p++ {
			s := 0.0
			for c := 0; c < numTags; c++ {
				s += tr[p+1][c] * ex[i+1][c] * beta[i+1][c]
			}
			beta[i][p] = s
		}
		norm(&beta[i])
	}
	out := make([][numTags]float64, n)
	for i := range out {
		for c := 0; c < numTags; c++ {
			out[i][c] = alpha[i][c] * beta[i][c]
		}
		norm(&out[i])
	}
	return out
}

// encode writes the model in its file format: the magic, the feature
// version and set, scale, temperature, transitions, then the feature ids
// sorted and delta-encoded as varints, then the weights tag by tag (all
// features' weight for tag 0, then tag 1...), which gzip packs best.
func (m *model) encode() []byte {
	rows := make([]struct {
		key uint32
		row int32
	}, 0, len(m.w)/numTags)
	for _, e := range m.table {
		if e.key != 0 {
			rows = append(rows, struct {
				key uint32
				row int32
			}{e.key, e.row})
		}
	}
	sortRows(rows)
	b := []byte(modelMagic)
	b = binary.LittleEndian.AppendUint16(b, featureVersion)
	b = binary.LittleEndian.AppendUint32(b, foldPrint())
	b = append(b, byte(m.set))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.scale))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.temp))
	for p := range m.trans {
		for c := range m.trans[p] {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.trans[p][c]))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(rows)))
	var last uint32
	for _, r := range rows {
		b = binary.AppendUvarint(b, uint64(r.key-last))
		last = r.key
	}
	for t := 0; t < numTags; t++ {
		for _, r := range rows {
			b = append(b, byte(m.w[int(r.row)*numTags+t]))
		}
	}
	return b
}

func sortRows(rows []struct {
	key uint32
	row int32
}) {
	sort.Slice(rows, func(i, j int) bool { return rows[i].key < rows[j].key })
}

// decodeModel reads a model file. An empty file gives no model and no
// error; a model for another feature version is an error.
func decodeModel(b []byte) (*model, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if len(b) < len(modelMagic)+7 || string(b[:len(modelMagic)]) != modelMagic {
		return nil, errors.New("entity model: not a model file")
	}
	p := len(modelMagic)
	if v := binary.LittleEndian.Uint16(b[p:]); v != featureVersion {
		return nil, fmt.Errorf("entity model: features version %d, this code has %d: retrain it (go run ./build/nertrain)", v, featureVersion)
	}
	p += 2
	if v, want := binary.LittleEndian.Uint32(b[p:]), foldPrint(); v != want {
		return nil, fmt.Errorf("entity model: trained on text folded or tokenized otherwise (print %08x, this code %08x): retrain it (make model)", v, want)
	}
	p += 4
	m := &model{set: featureSet(b[p])}
	p++
	need := 8 + 4*(numTags+1)*numTags
	if len(b) < p+need {
		return nil, errors.New("entity model: truncated header")
	}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(b[p:]))
	m.temp = math.Float32frombits(binary.LittleEndian.Uint32(b[p+4:]))
	p += 8
	for i := range m.trans {
		for c := range m.trans[i] {
			m.trans[i][c] = math.Float32frombits(binary.LittleEndian.Uint32(b[p:]))
			p += 4
		}
	}
	n, k := binary.Uvarint(b[p:])
	if k <= 0 || n > uint64(len(b)) {
		return nil, errors.New("entity model: bad feature count")
	}
	p += k
	ids := make([]uint32, n)
	var last uint64
	for i := range ids {
		d, k := binary.Uvarint(b[p:])
		if k <= 0 {
			return nil, errors.New("entity model: truncated features")
		}
		p += k
		last += d
		ids[i] = uint32(last)
	}
	if len(b)-p != int(n)*numTags {
		return nil, errors.New("entity model: weights do not match the features")
	}
	m.w = make([]int8, int(n)*numTags)
	for t := 0; t < numTags; t++ {
		for i := 0; i < int(n); i++ {
			m.w[i*numTags+t] = int8(b[p])
			p++
		}
	}
	m.index(ids)
	return m, nil
}

// index builds the lookup table of ids, whose rows are 0..len(ids)-1 of
// m.w.
func (m *model) index(ids []uint32) {
	size := 1
	for size < 2*len(ids) {
		size <<= 1
	}
	m.table = make([]tableEntry, size)
	mask := uint32(size - 1)
	for r, h := range ids {
		i := (h * 0x9E3779B1) & mask
		for m.table[i].key != 0 {
			i = (i + 1) & mask
		}
		e := &m.table[i]
		e.key, e.row = h, int32(r)
		copy(e.w[:], m.w[r*numTags:(r+1)*numTags])
	}
}
