package search

import (
	"encoding/binary"
	"errors"
	"strconv"
	"strings"
)

// magic starts every encoded index; the last byte is the format version.
const magic = "LXS\x01"

// Encode returns the index as compact binary (see the format in doc.go).
// The same index always gives the same bytes. The index must be complete
// (made by Build or Decode, or with every shard added): a missing shard
// gives bytes that Decode rejects.
func (ix *Index) Encode() []byte {
	b := ix.appendHead([]byte(magic))
	b = binary.AppendUvarint(b, uint64(ix.postOff[len(ix.terms)]))
	for i := range ix.shards {
		p, _, _ := ix.shardBytes(i)
		b = append(b, p...)
	}
	return b
}

// appendHead writes everything but the postings: documents, stems, terms
// and entity names.
func (ix *Index) appendHead(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(ix.ids)))
	for d, id := range ix.ids {
		b = appendString(b, id)
		b = binary.AppendUvarint(b, uint64(ix.titleEnd[d]))
		starts := ix.paraStart[ix.paraOff[d]:ix.paraOff[d+1]]
		b = binary.AppendUvarint(b, uint64(len(starts)))
		prev := ix.titleEnd[d]
		for _, s := range starts {
			b = binary.AppendUvarint(b, uint64(s-prev))
			prev = s
		}
		b = binary.AppendUvarint(b, uint64(ix.entStart[d]-prev))
		b = binary.AppendUvarint(b, uint64(ix.bodyLen[d]))
	}
	b = appendSorted(b, ix.stems)
	b = appendSorted(b, ix.terms)
	for t := range ix.terms {
		b = binary.AppendUvarint(b, uint64(ix.termStem[t]))
		b = binary.AppendUvarint(b, uint64(ix.df[t]))
		b = binary.AppendUvarint(b, uint64(ix.postOff[t+1]-ix.postOff[t]))
	}
	b = appendSorted(b, ix.names)
	for n := range ix.names {
		docs := ix.nameDocs[ix.nameOff[n]:ix.nameOff[n+1]]
		b = binary.AppendUvarint(b, uint64(len(docs)))
		prev := int32(-1)
		for _, d := range docs {
			b = binary.AppendUvarint(b, uint64(d-prev-1))
			prev = d
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// appendSorted front-codes a sorted list: for each string, the length of
// the prefix it shares with the previous one, then the rest.
func appendSorted(b []byte, list []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(list)))
	prev := ""
	for _, s := range list {
		n := 0
		for n < len(s) && n < len(prev) && s[n] == prev[n] {
			n++
		}
		b = binary.AppendUvarint(b, uint64(n))
		b = appendString(b, s[n:])
		prev = s
	}
	return b
}

// Decode reads an index made by Encode. It copies nothing large: postings
// stay in data, which the caller must not modify afterwards.
func Decode(data []byte) (*Index, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("decode index: not a Lecteur search index (bad magic or version)")
	}
	r := reader{b: data, off: len(magic)}
	ix := &Index{}
	ix.readHead(&r)
	np := r.count(1)
	if r.err == nil && (np != len(data)-r.off || uint32(np) != ix.postOff[len(ix.terms)]) {
		r.fail("postings size mismatch")
	}
	if r.err != nil {
		return nil, errors.New("decode index at byte " + strconv.Itoa(r.off) + ": " + r.err.Error())
	}
	ix.oneShard(data[r.off:])
	ix.finish()
	return ix, nil
}

// readHead reads what appendHead wrote.
func (ix *Index) readHead(r *reader) {
	nd := r.count(4)
	docsStart := r.off
	ix.paraStart = make([]int32, 0, countParagraphs(*r, nd))
	idSpan := make([][2]int32, 0, nd) // in the docs section, as ids are read
	ix.titleEnd = make([]int32, 0, nd)
	ix.entStart = make([]int32, 0, nd)
	ix.bodyLen = make([]int32, 0, nd)
	ix.paraOff = make([]int32, 0, nd+1)
	for d := 0; d < nd && r.err == nil; d++ {
		id := r.bytes()
		idSpan = append(idSpan, [2]int32{int32(r.off - len(id) - docsStart), int32(r.off - docsStart)})
		te := r.int32()
		ix.titleEnd = append(ix.titleEnd, te)
		ix.paraOff = append(ix.paraOff, int32(len(ix.paraStart)))
		np := r.count(1)
		prev := te
		for i := 0; i < np; i++ {
			prev += r.int32()
			ix.paraStart = append(ix.paraStart, prev)
		}
		ix.entStart = append(ix.entStart, prev+r.int32())
		ix.bodyLen = append(ix.bodyLen, r.int32())
	}
	ix.paraOff = append(ix.paraOff, int32(len(ix.paraStart)))
	ix.ids = idsOf(r, docsStart, idSpan)
	ix.stems = r.sorted()
	ix.terms = r.sorted()
	nt := len(ix.terms)
	ix.termStem = make([]int32, nt)
	ix.df = make([]int32, nt)
	ix.postOff = make([]uint32, nt+1)
	for t := 0; t < nt && r.err == nil; t++ {
		s := r.int32()
		if int(s) >= len(ix.stems) {
			r.fail("stem id out of range")
		}
		ix.termStem[t] = s
		ix.df[t] = r.int32()
		next := uint64(ix.postOff[t]) + uint64(r.int32())
		if next > 1<<32-1 {
			r.fail("postings larger than 4 GB")
		}
		ix.postOff[t+1] = uint32(next)
	}
	ix.names = r.sorted()
	ix.nameOff = make([]int32, 1, len(ix.names)+1)
	for range ix.names {
		n := r.count(1)
		prev := int32(-1)
		for i := 0; i < n; i++ {
			prev += r.int32() + 1
			if int(prev) >= nd {
				r.fail("entity document out of range")
			}
			ix.nameDocs = append(ix.nameDocs, prev)
		}
		ix.nameOff = append(ix.nameOff, int32(len(ix.nameDocs)))
	}
}

// countParagraphs returns the number of paragraph starts of the nd
// documents at r (a copy: the caller's reader does not move), so that
// readHead allocates them once; 0 on bad data, which readHead reports.
func countParagraphs(r reader, nd int) int {
	total := 0
	for d := 0; d < nd && r.err == nil; d++ {
		r.bytes()
		r.uvarint()
		np := r.count(1)
		total += np
		for i := 0; i < np; i++ {
			r.uvarint()
		}
		r.uvarint()
		r.uvarint()
	}
	if r.err != nil {
		return 0
	}
	return total
}

// idsOf returns the document ids read by readHead, idSpan[d] being id
// d's start and end from docsStart, as slices of one string: one
// allocation instead of one per document.
func idsOf(r *reader, docsStart int, idSpan [][2]int32) []string {
	if r.err != nil {
		return nil
	}
	docs := r.b[docsStart:]
	total := 0
	for _, sp := range idSpan {
		total += int(sp[1] - sp[0])
	}
	var all strings.Builder
	all.Grow(total)
	for _, sp := range idSpan {
		all.Write(docs[sp[0]:sp[1]])
	}
	joined := all.String()
	ids := make([]string, len(idSpan))
	at := 0
	for d, sp := range idSpan {
		n := int(sp[1] - sp[0])
		ids[d] = joined[at : at+n]
		at += n
	}
	return ids
}

// reader reads varints and strings, remembering the first error so that
// Decode checks once; bad input never panics.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New(msg)
	}
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.fail("truncated or bad varint")
		return 0
	}
	r.off += n
	return v
}

func (r *reader) int32() int32 {
	v := r.uvarint()
	if v > 1<<31-1 {
		r.fail("number out of range")
		return 0
	}
	return int32(v)
}

// count reads a count of items that each take at least min bytes, refusing
// counts the remaining data cannot hold (so a corrupt count cannot make
// Decode allocate gigabytes).
func (r *reader) count(min int) int {
	v := r.uvarint()
	if v > uint64(len(r.b)-r.off)/uint64(min) {
		r.fail("count larger than the data")
		return 0
	}
	return int(v)
}

func (r *reader) bytes() []byte {
	n := r.count(1)
	if r.err != nil {
		return nil
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) str() string { return string(r.bytes()) }

// sorted reads a front-coded list into one shared buffer: one allocation
// for the whole vocabulary, which matters in the browser.
func (r *reader) sorted() []string {
	n := r.count(2)
	if r.err != nil {
		return nil
	}
	start := r.off
	// First pass: total length.
	total, prevLen := 0, 0
	for i := 0; i < n && r.err == nil; i++ {
		shared := int(r.uvarint())
		if shared > prevLen {
			r.fail("front coding refers past the previous string")
		}
		suffix := r.bytes()
		prevLen = shared + len(suffix)
		total += prevLen
	}
	if r.err != nil {
		return nil
	}
	r.off = start
	buf := make([]byte, 0, total)
	ends := make([]int, n)
	prev := 0
	for i := 0; i < n; i++ {
		shared := int(r.uvarint())
		begin := len(buf)
		buf = append(buf, buf[prev:prev+shared]...)
		buf = append(buf, r.bytes()...)
		prev = begin
		ends[i] = len(buf)
	}
	all := string(buf)
	out := make([]string, n)
	b := 0
	for i, e := range ends {
		out[i] = all[b:e]
		b = e
	}
	return out
}
