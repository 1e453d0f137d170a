package entity

import (
	"reflect"
	"strings"
	"testing"
)

// TestCapRuns checks the runs of capitalised words the run features
// read: particles join two capitalised words, a function word opening a
// sentence opens no run.
func TestCapRuns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"person after a role", "le ministre Jean-Noël Barrot a parlé", []string{"Jean-Noël Barrot"}},
		{"particle inside", "selon la Banque de France et Bercy", []string{"Banque de France", "Bercy"}},
		{"particles of the list only", "le Conseil de la Concurrence a tranché", []string{"Conseil", "Concurrence"}},
		{"particle before a lower-case word", "la Banque de réserve", []string{"Banque"}},
		{"function word opening a sentence", "Dans Paris, la Mairie ferme", []string{"Paris", "Mairie"}},
		{"name opening a sentence", "Emmanuel Macron est arrivé", []string{"Emmanuel Macron"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text)
			markSentences(toks)
			runs := capRuns(toks, infos(toks))
			var got []string
			for i, r := range runs {
				if r.to == 0 || i != r.from {
					continue
				}
				var ws []string
				for _, tk := range toks[r.from:r.to] {
					ws = append(ws, tk.text)
				}
				got = append(got, strings.Join(ws, " "))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("capRuns(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestContextOf checks that every mention of a word carries the cues of
// the others: "Transdev" bare in the second block gets "de" (the word
// before it in the first) among its features, and the same features as
// its first mention.
func TestContextOf(t *testing.T) {
	blocks := []string{"Le patron de Transdev a démissionné.", "Transdev a publié ses comptes."}
	a := analyse(blocks)
	in0, in1 := a.input(0, allFeatures), a.input(1, allFeatures)
	if in0.ctx == nil || in1.ctx == nil {
		t.Fatal("input(b, allFeatures) has no article context")
	}
	c := in1.ctx["transdev"]
	if c == nil {
		t.Fatalf("context of %q missing: %v", "transdev", in1.ctx)
	}
	has := func(h uint32) bool {
		for _, f := range c.feats {
			if f == h {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"de", "<s>"} {
		if !has(feat(fAggBefore, w)) {
			t.Errorf("context of transdev lacks the word %q before a mention", w)
		}
	}
	if !has(feat(fAggAfter, "a")) {
		t.Errorf("context of transdev lacks the word %q after a mention", "a")
	}
	if b := analyse(blocks); b.input(0, useLists|useRuns).ctx != nil {
		t.Errorf("a model without useContext made the article context")
	}
}
