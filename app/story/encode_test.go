package story

import (
	"reflect"
	"testing"
)

func TestEncodeSketches(t *testing.T) {
	sk := sketchAll(corpusOf("trimmed", "other story"))
	sk = append(sk, Sketch{})
	b := EncodeSketches(sk)
	got, err := DecodeSketches(b)
	if err != nil {
		t.Fatalf("DecodeSketches: %v", err)
	}
	if !reflect.DeepEqual(got, sk) {
		t.Errorf("DecodeSketches(EncodeSketches(s)) differs from s")
	}
	if got, err := DecodeSketches(EncodeSketches(nil)); err != nil || len(got) != 0 {
		t.Errorf("DecodeSketches(EncodeSketches(nil)) = %v, %v; want none", got, err)
	}
	bad := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"other magic", append([]byte("LSK0"), b[4:]...)},
		{"cut short", b[:len(b)-1]},
		{"trailing bytes", append(append([]byte{}, b...), 0)},
		{"huge count", []byte("LSK1\xff\xff\xff\xff\x0f\x80\x01")},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DecodeSketches(tt.b); err == nil {
				t.Errorf("DecodeSketches(%s) gave no error", tt.name)
			}
		})
	}
}
