package entity

import (
	"bytes"
	"compress/gzip"
	"reflect"
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
