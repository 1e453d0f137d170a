package search

import (
	"bytes"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// loadAll searches q on ix, adding the shards each try reports missing,
// until the result is complete; it returns the result and the number of
// tries.
func loadAll(t *testing.T, ix *Index, shards [][]byte, q string) (Result, int) {
	t.Helper()
	for try := 1; try <= 3; try++ {
		res := ix.Search(q, 5)
		if len(res.Missing) == 0 {
			return res, try
		}
		for _, i := range res.Missing {
			if err := ix.AddShard(i, shards[i]); err != nil {
				t.Fatalf("AddShard(%d): %v", i, err)
			}
		}
	}
	t.Fatalf("Search(%q) still misses shards after two loads", q)
	return Result{}, 0
}

func TestShardsGiveTheSameResults(t *testing.T) {
	docs := seedDocs(t)
	docs[0].Entities = []string{"Steven Mnuchin", "Bari"}
	full := Build(docs)
	meta, shards := full.EncodeShards(500)
	if len(shards) < 5 {
		t.Fatalf("EncodeShards(500) made %d shards of a %d-byte index, want at least 5", len(shards), len(full.Encode()))
	}
	meta2, shards2 := Build(docs).EncodeShards(500)
	if !bytes.Equal(meta, meta2) || !reflect.DeepEqual(shards, shards2) {
		t.Fatal("EncodeShards is not deterministic")
	}
	for _, q := range []string{"mnuchin", "cazneuve", `"appel de paris"`, "securite informatique", "cyb", "chine nouvelle", "zzzz"} {
		t.Run(q, func(t *testing.T) {
			ix, err := DecodeMeta(meta)
			if err != nil {
				t.Fatalf("DecodeMeta: %v", err)
			}
			got, tries := loadAll(t, ix, shards, q)
			if want := full.Search(q, 5); !reflect.DeepEqual(got, want) {
				t.Errorf("Search(%q) with shards = %+v, want %+v", q, got, want)
			}
			loaded := 0
			for i := 0; i < ix.Shards(); i++ {
				if ix.Loaded(i) {
					loaded++
				}
			}
			if loaded == ix.Shards() {
				t.Errorf("Search(%q) loaded all %d shards, want only those it touches", q, loaded)
			}
			if tries > 2 {
				t.Errorf("Search(%q) needed %d tries, want at most 2 (one load)", q, tries)
			}
		})
	}
}

func TestShardsReencode(t *testing.T) {
	full := Build(seedDocs(t))
	meta, shards := full.EncodeShards(300)
	ix, err := DecodeMeta(meta)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range shards {
		if err := ix.AddShard(i, s); err != nil {
			t.Fatalf("AddShard(%d): %v", i, err)
		}
	}
	if !bytes.Equal(ix.Encode(), full.Encode()) {
		t.Error("Encode of a fully loaded sharded index differs from Encode of the built one")
	}
}

// TestSearchNeedsOnlyItsShards uses one shard per term, so the shards a
// query needs are exactly its candidate terms, written by hand.
func TestSearchNeedsOnlyItsShards(t *testing.T) {
	docs := []Doc{
		{ID: "a", Title: "Alpha", Paragraphs: []string{"bravo charlie"}},
		{ID: "b", Title: "Zoulou", Paragraphs: []string{"bravo delta"}},
	}
	// Terms in order: alpha 0, bravo 1, charlie 2, delta 3, zoulou 4.
	meta, shards := Build(docs).EncodeShards(1)
	if len(shards) != 5 {
		t.Fatalf("EncodeShards(1) made %d shards, want one per term: 5", len(shards))
	}
	tests := []struct {
		query   string
		missing []int
		loaded  []int // shards loaded before the search
	}{
		{"zoulou ", []int{4}, nil},
		{"charlie delta ", []int{2, 3}, nil},
		{"charlie delta ", []int{3}, []int{2}},
		{`"bravo charlie"`, []int{1, 2}, nil},
		{"alpha ", nil, []int{0}},
		{"nothing ", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			ix, err := DecodeMeta(meta)
			if err != nil {
				t.Fatal(err)
			}
			for _, i := range tt.loaded {
				if err := ix.AddShard(i, shards[i]); err != nil {
					t.Fatal(err)
				}
			}
			res := ix.Search(tt.query, 5)
			if !reflect.DeepEqual(res.Missing, tt.missing) {
				t.Errorf("Search(%q).Missing = %v, want %v", tt.query, res.Missing, tt.missing)
			}
			if len(tt.missing) > 0 && len(res.Suggestions) > 0 {
				t.Errorf("Search(%q) suggests %q while shards are missing, want no suggestion yet", tt.query, res.Suggestions)
			}
		})
	}
}

func TestPartialResultShowsWhatIsLoaded(t *testing.T) {
	docs := []Doc{
		{ID: "a", Title: "Alpha", Paragraphs: []string{"bravo"}},
		{ID: "b", Title: "Zoulou", Paragraphs: []string{"bravo"}},
	}
	meta, shards := Build(docs).EncodeShards(1) // alpha 0, bravo 1, zoulou 2
	ix, err := DecodeMeta(meta)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.AddShard(0, shards[0]); err != nil {
		t.Fatal(err)
	}
	res := ix.Search("alpha zoulou ", 5)
	if len(res.Hits) != 1 || res.Hits[0].ID != "a" || !reflect.DeepEqual(res.Missing, []int{2}) {
		t.Errorf("Search with zoulou's shard missing = %+v, want hit a and Missing [2]", res)
	}
}

func TestAddShardRefusesOtherData(t *testing.T) {
	meta, shards := Build(seedDocs(t)).EncodeShards(500)
	ix, err := DecodeMeta(meta)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		i    int
		data []byte
		want string
	}{
		{"out of range", len(shards), shards[0], "has"},
		{"negative", -1, shards[0], "has"},
		{"empty", 0, nil, "bad magic"},
		{"whole index", 0, Build(seedDocs(t)).Encode(), "bad magic"},
		{"another shard", 1, shards[2], "another shard"},
		{"truncated", 1, shards[1][:len(shards[1])-1], "want"},
		{"longer", 1, append(append([]byte(nil), shards[1]...), 0), "want"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ix.AddShard(tt.i, tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("AddShard(%d, %s) = %v, want an error containing %q", tt.i, tt.name, err, tt.want)
			}
			if ix.Loaded(tt.i) {
				t.Errorf("Loaded(%d) after a refused shard = true", tt.i)
			}
		})
	}
}

// TestDecodeMetaBadInput: every truncation and some corruptions of a real
// meta part give an error or a usable index, never a panic.
func TestDecodeMetaBadInput(t *testing.T) {
	meta, shards := Build(seedDocs(t)).EncodeShards(500)
	if _, err := DecodeMeta(Build(seedDocs(t)).Encode()); err == nil {
		t.Error("DecodeMeta(a whole index) = nil error, want an error")
	}
	for n := 0; n < len(meta); n += 1 + n/50 {
		if _, err := DecodeMeta(meta[:n]); err == nil {
			t.Errorf("DecodeMeta(first %d of %d bytes) = nil error, want an error", n, len(meta))
		}
	}
	for i := len(metaMagic); i < len(meta); i += 7 {
		bad := append([]byte(nil), meta...)
		bad[i] ^= 0x5a
		if ix, err := DecodeMeta(bad); err == nil {
			for s := range shards {
				ix.AddShard(s, shards[s])
			}
			ix.Search("securite cyber", 3) // must not panic either
		}
	}
}

func TestShardKeys(t *testing.T) {
	tests := []struct {
		name       string
		titles     []string
		shardBytes int
		want       []string
	}{
		// One term a shard: each key is the first term cut one letter
		// past what it shares with the term before.
		{"one term a shard", []string{"alpha", "alphabet", "bravo", "brume"}, 1, []string{"", "alphab", "b", "bru"}},
		// A key never cuts a letter in two: Cyrillic letters are two
		// bytes, and "мир" and "мис" share three.
		{"whole letters", []string{"мир", "мис"}, 1, []string{"", "мис"}},
		{"one shard", []string{"alpha", "bravo"}, 1 << 20, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []Doc
			for i, title := range tt.titles {
				docs = append(docs, Doc{ID: strings.Repeat("d", i+1), Title: title})
			}
			meta, _ := Build(docs).EncodeShards(tt.shardBytes)
			ix, err := DecodeMeta(meta)
			if err != nil {
				t.Fatal(err)
			}
			if got := ix.ShardKeys(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ShardKeys() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestShardKeysFindEveryTerm checks the keys' promise on the seed
// articles: the shard the keys give for each term is the one holding it.
func TestShardKeysFindEveryTerm(t *testing.T) {
	meta, shards := Build(seedDocs(t)).EncodeShards(500)
	ix, err := DecodeMeta(meta)
	if err != nil {
		t.Fatal(err)
	}
	keys := ix.ShardKeys()
	if len(keys) != len(shards) {
		t.Fatalf("ShardKeys() gave %d keys for %d shards", len(keys), len(shards))
	}
	for term, w := range ix.terms.list() {
		byKeys := sort.SearchStrings(keys, w+"\x00") - 1 // the last key <= w
		if _, _, want := ix.termBytes(int32(term)); byKeys != want {
			t.Errorf("term %q: the keys give shard %d, want %d", w, byKeys, want)
		}
	}
}
