package search

import (
	"encoding/binary"
	"errors"
	"strconv"
	"sync/atomic"
	"unicode/utf8"
)

// Magic strings of the two parts of a sharded index; the last byte is the
// format version.
const (
	metaMagic  = "LXM\x02"
	shardMagic = "LXP\x01"
)

// EncodeShards returns the index cut for loading on demand: a meta part
// with everything Encode writes but the postings, plus the shard table, and
// the postings in shards of about shardBytes each, cut at term boundaries
// (a term's postings are never split, so a shard may be larger). The index
// must be complete, as for Encode. The same index and size always give the
// same bytes.
func (ix *Index) EncodeShards(shardBytes int) (meta []byte, shards [][]byte) {
	var all []byte
	for i := range ix.shards {
		p, _, _ := ix.shardBytes(i)
		all = append(all, p...)
	}
	firsts := []int32{}
	nt := int32(ix.terms.len())
	for t := int32(0); t < nt; {
		first := t
		start := ix.postOff[t]
		for t < nt && (t == first || int(ix.postOff[t+1]-start) <= shardBytes) {
			t++
		}
		firsts = append(firsts, first)
		b := []byte(shardMagic)
		b = binary.AppendUvarint(b, uint64(len(shards)))
		shards = append(shards, append(b, all[start:ix.postOff[t]]...))
	}
	meta = ix.appendHead([]byte(metaMagic))
	w := layoutWriter{b: meta}
	w.u32(uint32(len(firsts)))
	w.i32s(firsts)
	return w.b, shards
}

// DecodeMeta reads the meta part made by EncodeShards. The index it returns
// knows every document and term but holds no postings: a search reports the
// shards it needs in Result.Missing, and AddShard fills them in. It reads
// the documents and terms in place (layout.go): data must not be modified
// afterwards.
func DecodeMeta(data []byte) (*Index, error) {
	if len(data) < len(metaMagic) || string(data[:len(metaMagic)]) != metaMagic {
		return nil, errors.New("decode index meta: not a Lecteur index meta part (bad magic or version)")
	}
	data = aligned(data)
	r := layoutReader{b: data, off: len(metaMagic)}
	ix := &Index{}
	ix.readHead(&r)
	nt := int32(ix.terms.len())
	n := r.count(4)
	firsts := r.i32s(n)
	// The shard table is copied (a few hundred numbers), so that the
	// end added to it is not written into data.
	ix.shardTerm = make([]int32, 0, n+1)
	for i := 0; i < n && r.err == nil; i++ {
		f := firsts[i]
		switch {
		case i == 0 && f != 0:
			r.fail("first shard does not start at the first term")
		case i > 0 && f <= ix.shardTerm[i-1]:
			r.fail("empty shard")
		case f >= nt:
			r.fail("shard starts past the last term")
		}
		ix.shardTerm = append(ix.shardTerm, f)
	}
	if r.err == nil && n == 0 && nt > 0 {
		r.fail("no shards for a non-empty vocabulary")
	}
	if r.err == nil && r.off != len(data) {
		r.fail("trailing bytes")
	}
	if r.err != nil {
		return nil, errors.New("decode index meta at byte " + strconv.Itoa(r.off) + ": " + r.err.Error())
	}
	ix.shardTerm = append(ix.shardTerm, nt)
	ix.shards = make([]atomic.Pointer[[]byte], n)
	ix.finish()
	return ix, nil
}

// shardError is AddShard's error for shard i. The errors of the decoding
// that search.wasm (app/earlysearch) runs are built without fmt: fmt, and
// the reflect it brings, were a tenth of that program, which must
// download and compile before the first result of a cold search page.
func shardError(i int, msg string) error {
	return errors.New("index shard " + strconv.Itoa(i) + ": " + msg)
}

// Shards returns the number of postings shards.
func (ix *Index) Shards() int { return len(ix.shards) }

// Loaded reports whether shard i is loaded.
func (ix *Index) Loaded(i int) bool {
	return i >= 0 && i < len(ix.shards) && ix.shards[i].Load() != nil
}

// AddShard loads shard i from data, made by EncodeShards with the same
// meta part. Data that is not that shard (another number, another size, a
// stale file) is refused. It is safe to call while searches run: they see
// the shard from their next read of it. The index keeps data, which the
// caller must not modify afterwards.
func (ix *Index) AddShard(i int, data []byte) error {
	if i < 0 || i >= len(ix.shards) {
		return shardError(i, "the index has "+strconv.Itoa(len(ix.shards))+" shards")
	}
	if len(data) < len(shardMagic) || string(data[:len(shardMagic)]) != shardMagic {
		return shardError(i, "not a Lecteur index shard (bad magic or version)")
	}
	num, n := binary.Uvarint(data[len(shardMagic):])
	if n <= 0 || num != uint64(i) {
		return shardError(i, "the file holds another shard")
	}
	p := data[len(shardMagic)+n:]
	want := ix.postOff[ix.shardTerm[i+1]] - ix.postOff[ix.shardTerm[i]]
	if uint64(len(p)) != uint64(want) {
		return shardError(i, strconv.Itoa(len(p))+" bytes of postings, want "+strconv.FormatUint(uint64(want), 10)+" (a file from another build?)")
	}
	if p == nil {
		p = []byte{}
	}
	ix.shards[i].Store(&p)
	return nil
}

// ShardKeys returns, per postings shard, the shortest key that tells its
// terms from the previous shard's: shard i holds exactly the vocabulary
// terms t with keys[i] <= t < keys[i+1] (keys[0] is ""). A program that
// has not decoded the meta part (web/early-search.js, as the page starts)
// finds with them the shard of a folded query word, and fetches it while
// the search itself is still loading.
func (ix *Index) ShardKeys() []string {
	n := len(ix.shards)
	keys := make([]string, n)
	for i := 1; i < n; i++ {
		prev, first := ix.terms.at(int(ix.shardTerm[i]-1)), ix.terms.at(int(ix.shardTerm[i]))
		// The shortest prefix of first that sorts after prev: prev < first,
		// so it is one byte longer than their common prefix (or first itself).
		l := 0
		for l < len(prev) && l < len(first) && prev[l] == first[l] {
			l++
		}
		end := min(l+1, len(first))
		for end < len(first) && !utf8.RuneStart(first[end]) {
			end++ // a whole rune: the page holds the keys as text
		}
		keys[i] = first[:end]
	}
	return keys
}
