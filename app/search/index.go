package search

import (
	"sort"
	"sync/atomic"
)

// Doc is one article as the index sees it. Entities lists the names (and
// aliases) of people, places and organisations the article mentions; they
// form a field of their own, weighted above the body.
type Doc struct {
	ID         string
	Title      string
	Paragraphs []string
	Entities   []string
}

// gap separates fields, paragraphs and entity names in the position space,
// so a phrase or a proximity window never joins words across them.
const gap = 8

// Index is the searchable form of a corpus. It holds no article text: only
// ids, the position layout of each article, the vocabulary with stems, and
// positional postings. Build makes one natively; Decode reads one in the
// browser. An Index is safe for concurrent searches.
type Index struct {
	ids strTable

	// Position layout of document d: title tokens sit at [0, titleEnd[d]);
	// its paragraphs start at the positions paras[paraAt[d]:paraAt[d+1]]
	// holds, as varint gaps from titleEnd[d] (read only for the documents
	// shown: see para); entity names start at entStart[d]. bodyLen[d]
	// counts the body's tokens, for BM25.
	titleEnd []int32
	paraAt   []uint32
	paras    []byte
	entStart []int32
	bodyLen  []int32
	avgLen   float64

	// Vocabulary, sorted. Term t has stem stems[termStem[t]], appears in
	// df[t] documents, and its postings are the bytes [postOff[t],
	// postOff[t+1]) of the postings section.
	terms    strTable
	termStem []int32
	df       []int32
	postOff  []uint32

	// The postings section is cut into shards at term boundaries: shard i
	// holds terms [shardTerm[i], shardTerm[i+1]), and shards[i] its bytes
	// once loaded (nil until then). Build and Decode make one shard, loaded;
	// DecodeMeta makes them all empty, to be filled by AddShard.
	shardTerm []int32
	shards    []atomic.Pointer[[]byte]

	stems     strTable
	stemOff   []int32 // CSR: stemTerms[stemOff[s]:stemOff[s+1]] are the terms of stem s
	stemTerms []int32

	// Typo search helpers, derived at decode time.
	mask     []uint32 // letterMask of each term
	lenOff   []int32  // CSR by rune length: lenTerms[lenOff[n]:lenOff[n+1]]
	lenTerms []int32

	// queryStems remembers the stems of recent query words (see
	// queryStem).
	queryStems stemMemo
}

// Len returns the number of documents in the index.
func (ix *Index) Len() int { return ix.ids.len() }

// ID returns the id of document d.
func (ix *Index) ID(d int) string { return ix.ids.at(d) }

// finish derives the helper tables that are not stored: stem groups,
// letter masks, length buckets and the average body length. They would
// make the meta part a third larger; deriving them is a few simple loops
// over the terms.
func (ix *Index) finish() {
	n := ix.terms.len()
	ix.stemOff = make([]int32, ix.stems.len()+1)
	for _, s := range ix.termStem {
		ix.stemOff[s+1]++
	}
	for i := 1; i < len(ix.stemOff); i++ {
		ix.stemOff[i] += ix.stemOff[i-1]
	}
	ix.stemTerms = make([]int32, n)
	fill := append([]int32(nil), ix.stemOff[:ix.stems.len()]...)
	for t, s := range ix.termStem {
		ix.stemTerms[fill[s]] = int32(t)
		fill[s]++
	}

	ix.mask = make([]uint32, n)
	lens := make([]int32, n)
	maxLen := 0
	var buf [maxRunes]rune
	for t := range n {
		r := runesOf(ix.terms.at(t), &buf)
		ix.mask[t] = letterMask(r)
		lens[t] = int32(len(r))
		if len(r) > maxLen {
			maxLen = len(r)
		}
	}
	ix.lenOff = make([]int32, maxLen+2)
	for _, l := range lens {
		ix.lenOff[l+1]++
	}
	for i := 1; i < len(ix.lenOff); i++ {
		ix.lenOff[i] += ix.lenOff[i-1]
	}
	ix.lenTerms = make([]int32, n)
	fill = append(fill[:0], ix.lenOff[:maxLen+1]...)
	for t, l := range lens {
		ix.lenTerms[fill[l]] = int32(t)
		fill[l]++
	}

	total := 0
	for _, l := range ix.bodyLen {
		total += int(l)
	}
	ix.avgLen = 1
	if len(ix.bodyLen) > 0 && total > 0 {
		ix.avgLen = float64(total) / float64(len(ix.bodyLen))
	}
}

// maxRunes bounds the length of a term handled without allocation; longer
// terms are cut for typo matching only.
const maxRunes = 64

// runesOf decodes s into buf without allocating, cut at maxRunes.
func runesOf(s string, buf *[maxRunes]rune) []rune {
	n := 0
	for _, r := range s {
		if n == maxRunes {
			break
		}
		buf[n] = r
		n++
	}
	return buf[:n]
}

// termBytes returns the bytes of the shard holding term t's postings and
// the offset in the postings section where they start, or nil when that
// shard is not loaded. Offsets in postOff minus base index into the bytes.
func (ix *Index) termBytes(t int32) (p []byte, base uint32, shard int) {
	shard = sort.Search(len(ix.shardTerm)-1, func(i int) bool { return ix.shardTerm[i+1] > t })
	return ix.shardBytes(shard)
}

// bytesAt is termBytes for an offset in the postings section.
func (ix *Index) bytesAt(off uint32) (p []byte, base uint32) {
	shard := sort.Search(len(ix.shardTerm)-1, func(i int) bool { return ix.postOff[ix.shardTerm[i+1]] > off })
	p, base, _ = ix.shardBytes(shard)
	return p, base
}

func (ix *Index) shardBytes(shard int) ([]byte, uint32, int) {
	if shard >= len(ix.shards) {
		return nil, 0, shard
	}
	base := ix.postOff[ix.shardTerm[shard]]
	if p := ix.shards[shard].Load(); p != nil {
		return *p, base, shard
	}
	return nil, base, shard
}

// oneShard makes the whole postings section the one loaded shard.
func (ix *Index) oneShard(postings []byte) {
	if postings == nil {
		postings = []byte{} // loaded, though empty
	}
	ix.shardTerm = []int32{0, int32(ix.terms.len())}
	ix.shards = make([]atomic.Pointer[[]byte], 1)
	ix.shards[0].Store(&postings)
}

// termID returns the id of a folded term, or -1.
func (ix *Index) termID(w string) int {
	i := ix.terms.search(w)
	if i < ix.terms.len() && ix.terms.at(i) == w {
		return i
	}
	return -1
}

// stemID returns the id of a stem, or -1.
func (ix *Index) stemID(s string) int {
	i := ix.stems.search(s)
	if i < ix.stems.len() && ix.stems.at(i) == s {
		return i
	}
	return -1
}

// para returns the paragraph of document d holding position p, or -1 when
// p is in the title or among the entity names.
func (ix *Index) para(d int, p int32) int {
	if p < ix.titleEnd[d] || p >= ix.entStart[d] {
		return -1
	}
	b := ix.paras[ix.paraAt[d]:ix.paraAt[d+1]]
	start, i := ix.titleEnd[d], -1
	for off := uint32(0); off < uint32(len(b)); {
		var g uint32
		g, off = uvarint(b, off)
		if start+int32(g) > p {
			break
		}
		start += int32(g)
		i++
	}
	return i
}

// paraCount returns the number of paragraphs of document d: one varint
// each, and a varint's last byte is the one under 0x80.
func (ix *Index) paraCount(d int) int {
	n := 0
	for _, c := range ix.paras[ix.paraAt[d]:ix.paraAt[d+1]] {
		if c < 0x80 {
			n++
		}
	}
	return n
}

// field tells where position p of document d lies.
func (ix *Index) field(d int, p int32) int {
	switch {
	case p < ix.titleEnd[d]:
		return fieldTitle
	case p >= ix.entStart[d]:
		return fieldEntity
	}
	return fieldBody
}

const (
	fieldTitle = iota
	fieldBody
	fieldEntity
)
