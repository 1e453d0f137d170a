package search

import (
	"bytes"
	"reflect"
	"testing"
)

func TestEncodeRoundTrip(t *testing.T) {
	docs := seedDocs(t)
	docs[0].Entities = []string{"Steven Mnuchin", "Bari", "Steven Mnuchin"}
	ix := Build(docs)
	data := ix.Encode()
	if !bytes.Equal(data, Build(docs).Encode()) {
		t.Fatal("Encode is not deterministic: two builds of the same docs differ")
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatalf("Decode(Encode()) error: %v", err)
	}
	if again := got.Encode(); !bytes.Equal(again, data) {
		t.Fatalf("Encode(Decode(data)) differs from data (%d vs %d bytes)", len(again), len(data))
	}
	for _, q := range []string{"mnuchin", "cazneuve", `"appel de paris"`, "securite informatique", "cyb"} {
		if a, b := ix.Search(q, 5), got.Search(q, 5); !reflect.DeepEqual(a, b) {
			t.Errorf("Search(%q) after decode = %v, want %v", q, b, a)
		}
	}
}

// TestDecodeBadInput feeds every truncation and some corruptions of a real
// index: Decode must return an error or an index, never panic.
func TestDecodeBadInput(t *testing.T) {
	data := Build(seedDocs(t)).Encode()
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", []byte("XXXX")},
		{"only magic", []byte(magic)},
		{"huge count", append([]byte(magic), 0xff, 0xff, 0xff, 0xff, 0x0f)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Decode(tt.data); err == nil {
				t.Errorf("Decode(%q) = nil error, want an error", tt.data)
			}
		})
	}
	for n := 0; n < len(data); n += 1 + n/50 {
		if _, err := Decode(data[:n]); err == nil {
			t.Errorf("Decode(first %d of %d bytes) = nil error, want an error", n, len(data))
		}
	}
	for i := len(magic); i < len(data); i += 7 {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0x5a
		if ix, err := Decode(bad); err == nil {
			ix.Search("securite cyber", 3) // must not panic either
		}
	}
}
