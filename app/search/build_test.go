package search

import (
	"bytes"
	"fmt"
	"testing"
)

// TestBuildSameWithAnyWorkers keeps the parallel build deterministic: the
// index of the same docs encodes to the same bytes on one worker or many,
// whether the docs make one run or several (runs of at least partDocs).
func TestBuildSameWithAnyWorkers(t *testing.T) {
	tests := []struct {
		name string
		docs []Doc
	}{
		{"none", nil},
		{"one", []Doc{{ID: "a", Title: "Élection à Paris", Paragraphs: []string{"Le maire de Paris, Anne Hidalgo, parle.", "Les élections ont lieu en mars."}, Entities: []string{"Anne Hidalgo", "Paris"}}}},
		{"no paragraphs nor entities", []Doc{{ID: "a", Title: "Titre seul"}, {ID: "b"}}},
		{"many runs", syntheticDocs(3*partDocs*4 + 17)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := build(tt.docs, 1).Encode()
			meta1, shards1 := build(tt.docs, 1).EncodeShards(4 << 10)
			for _, w := range []int{2, 3, 8} {
				if got := build(tt.docs, w).Encode(); !bytes.Equal(got, want) {
					t.Errorf("build(%d docs, %d workers).Encode() differs from one worker's (%d bytes, want %d)", len(tt.docs), w, len(got), len(want))
				}
				meta, shards := build(tt.docs, w).EncodeShards(4 << 10)
				if !bytes.Equal(meta, meta1) || len(shards) != len(shards1) {
					t.Errorf("build(%d docs, %d workers).EncodeShards: meta or shard count differs from one worker's", len(tt.docs), w)
					continue
				}
				for i := range shards {
					if !bytes.Equal(shards[i], shards1[i]) {
						t.Errorf("build(%d docs, %d workers) shard %d differs from one worker's", len(tt.docs), w, i)
					}
				}
			}
		})
	}
}

// TestBuildFindsAcrossRuns checks that a term in the docs of every run
// finds all of them, in order, and an entity name too.
func TestBuildFindsAcrossRuns(t *testing.T) {
	docs := syntheticDocs(5 * partDocs)
	for _, w := range []int{1, 4} {
		ix := build(docs, w)
		if got := ix.Len(); got != len(docs) {
			t.Fatalf("build(%d docs, %d workers).Len() = %d", len(docs), w, got)
		}
		id := ix.termID("commun")
		if id < 0 {
			t.Fatalf("build(%d workers): no term %q", w, "commun")
		}
		if got := ix.df[id]; got != int32(len(docs)) {
			t.Errorf("build(%d workers): df(%q) = %d, want %d", w, "commun", got, len(docs))
		}
	}
}

// syntheticDocs are n docs of words drawn in a fixed way from a small
// vocabulary with accents and stop words, each with one word ("commun")
// they all share, and entity names that repeat across docs.
func syntheticDocs(n int) []Doc {
	words := []string{"élection", "président", "Paris", "la", "de", "cyber", "sécurité", "diplomatie", "accord", "Chine", "États-Unis", "réunion", "2024", "ministre", "défense", "œuvre"}
	people := []string{"Anne Hidalgo", "Emmanuel Macron", "Xi Jinping", "ONU", "Union européenne"}
	docs := make([]Doc, n)
	x := uint32(7)
	next := func(m int) int {
		x = x*1103515245 + 12345
		return int(x>>16) % m
	}
	for d := range docs {
		var paras []string
		for range 1 + next(4) {
			var b bytes.Buffer
			for range 3 + next(20) {
				b.WriteString(words[next(len(words))])
				b.WriteByte(' ')
			}
			paras = append(paras, b.String())
		}
		paras[0] += " commun"
		docs[d] = Doc{
			ID:         fmt.Sprintf("doc-%05d", d),
			Title:      words[next(len(words))] + " " + words[next(len(words))],
			Paragraphs: paras,
			Entities:   []string{people[next(len(people))], people[next(len(people))]},
		}
	}
	return docs
}
