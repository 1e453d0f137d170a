package search

import (
	"strings"
	"testing"
)

// TestNextShardsCoverTheNextLetter checks that once the shards NextShards
// lists for a word being typed are in, the completions of that word with
// any one more letter are all loaded, and that it lists nothing when the
// word is longer, finished or quoted.
func TestNextShardsCoverTheNextLetter(t *testing.T) {
	meta, shards := Build(seedDocs(t)).EncodeShards(500)
	for _, tc := range []struct {
		name, query, word string // word: what NextShards must cover, "" for nothing
	}{
		{"one letter", "c", "c"},
		{"two letters", "ch", "ch"},
		{"second word", "securite in", "in"},
		{"accented, folded", "É", "e"},
		{"three letters", "cyb", ""},
		{"word finished", "ch ", ""},
		{"phrase", `"ch`, ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, err := DecodeMeta(meta)
			if err != nil {
				t.Fatal(err)
			}
			got := ix.NextShards(tc.query)
			if tc.word == "" {
				if len(got) != 0 {
					t.Fatalf("NextShards(%q) = %v, want none", tc.query, got)
				}
				return
			}
			if len(got) == 0 {
				t.Fatalf("NextShards(%q) = none, want the shards of %q's next letter", tc.query, tc.word)
			}
			for _, n := range got {
				if ix.Loaded(n) {
					t.Errorf("NextShards(%q) lists shard %d, which is loaded", tc.query, n)
				}
				if err := ix.AddShard(n, shards[n]); err != nil {
					t.Fatal(err)
				}
			}
			nexts := map[string]bool{}
			for _, term := range ix.terms.list() {
				if rest, ok := strings.CutPrefix(term, tc.word); ok && rest != "" {
					nexts[tc.word+string([]rune(rest)[:1])] = true
				}
			}
			for next := range nexts {
				for _, c := range ix.completions(next, nil, func(int32) bool { return false }) {
					if p, _, shard := ix.termBytes(c.term); p == nil {
						t.Errorf("after NextShards(%q), completion %q of %q is in shard %d, not loaded", tc.query, ix.terms.at(int(c.term)), next, shard)
					}
				}
			}
			if again := ix.NextShards(tc.query); len(again) != 0 {
				t.Errorf("NextShards(%q) once they are in = %v, want none", tc.query, again)
			}
		})
	}
}
