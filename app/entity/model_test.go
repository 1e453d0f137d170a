package entity

import (
	"bytes"
	"compress/gzip"
	"reflect"
	"sort"
	"testing"
)

// TestModelMatchesFeatures checks that the embedded model loads with this
// code's features: a change to features.go without retraining (go run
// ./build/nertrain, doc.go) fails here rather than silently falling back
// to the rules.
func TestModelMatchesFeatures(t *testing.T) {
	m, err := decodeModel(modelData)
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	if m == nil {
		t.Fatal("no model embedded in data/model.bin")
	}
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(modelData)
	w.Close()
	if z.Len() > 1<<20 {
		t.Errorf("model is %d bytes gzip, want at most 1 MB (ingest.wasm's budget)", z.Len())
	}
}

// TestModelRoundTrip checks that encode and decode agree.
func TestModelRoundTrip(t *testing.T) {
	m := defaultModel()
	if m == nil {
		t.Skip("no model embedded")
	}
	back, err := decodeModel(m.encode())
	if err != nil {
		t.Fatal(err)
	}
	if back.scale != m.scale || back.temp != m.temp || back.trans != m.trans || !reflect.DeepEqual(back.w, m.w) {
		t.Error("decode(encode(m)) differs from m")
	}
	otherFold := append([]byte(nil), m.encode()...)
	otherFold[len(modelMagic)+2] ^= 1 // the fold print, after the version
	for _, bad := range [][]byte{otherFold, []byte("nope"), []byte(modelMagic + "\x00"), m.encode()[:40]} {
		if _, err := decodeModel(bad); err == nil {
			t.Errorf("decodeModel(%q...) = nil error, want one", bad[:min(len(bad), 8)])
		}
	}
}

// TestSoup checks that a soup of models scores each token with the mean
// of their scores: hand-made models of three features, whose weights
// are chosen so that the mean is known (one feature only in one model
// counts as zero in the other), and the cap on features keeps the
// largest.
func TestSoup(t *testing.T) {
	mk := func(scale float32, temp float32, rows map[uint32][numTags]int8) *Model {
		m := &model{set: useLists, scale: scale, temp: temp}
		m.trans[0][tagBPER] = 2 * scale
		var ids []uint32
		for h := range rows {
			ids = append(ids, h)
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
		for _, h := range ids {
			r := rows[h]
			m.w = append(m.w, r[:]...)
		}
		m.index(ids)
		return &Model{m: m}
	}
	a := mk(0.5, 2, map[uint32][numTags]int8{
		10: {0, 100, 0, 0, 0, 0, -100},
		20: {50, 0, 0, 0, 0, 0, 0},
	})
	b := mk(1, 4, map[uint32][numTags]int8{
		10: {0, 0, 0, 100, 0, 0, -100},
		30: {0, 0, 0, 0, 0, 20, 0},
	})
	s, err := Soup([]*Model{a, b}, 0)
	if err != nil {
		t.Fatal(err)
	}
	fs := blockFeatures{{10}, {20}, {30}, {10, 20, 30}}
	ea, eb, es := a.m.emissions(fs), b.m.emissions(fs), s.m.emissions(fs)
	for i := range fs {
		for tag := 0; tag < numTags; tag++ {
			want := (ea[i][tag] + eb[i][tag]) / 2
			// Quantising again moves each weight by half a step at most.
			if d := es[i][tag] - want; d > 1 || d < -1 {
				t.Errorf("soup emission token %d tag %d = %.2f, want the mean %.2f", i, tag, es[i][tag], want)
			}
		}
	}
	if s.m.temp != 3 || s.m.trans[0][tagBPER] != 1.5 {
		t.Errorf("soup temperature %v, transition %v, want 3 and 1.5 (the means)", s.m.temp, s.m.trans[0][tagBPER])
	}
	capped, err := Soup([]*Model{a, b}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(capped.m.w) / numTags; n != 2 || capped.m.lookup(30) != nil {
		t.Errorf("soup capped at 2 features kept %d, with feature 30 (the smallest) %v; want 2, without it", n, capped.m.lookup(30) != nil)
	}
	if _, err := Soup(nil, 0); err == nil {
		t.Error("Soup(no models) = nil error, want one")
	}
}
