package search

import (
	"encoding/binary"
	"errors"
	"strconv"
)

// magic starts every encoded index; the last byte is the format version.
const magic = "LXS\x02"

// Encode returns the index as compact binary (see the format in doc.go).
// The same index always gives the same bytes. The index must be complete
// (made by Build or Decode, or with every shard added): a missing shard
// gives bytes that Decode rejects.
func (ix *Index) Encode() []byte {
	b := ix.appendHead([]byte(magic))
	b = binary.LittleEndian.AppendUint32(b, ix.postOff[ix.terms.len()])
	for i := range ix.shards {
		p, _, _ := ix.shardBytes(i)
		b = append(b, p...)
	}
	return b
}

// appendHead writes everything but the postings: documents, stems and
// terms, in the layout read in place (layout.go, doc.go). b's length must
// be a multiple of four.
func (ix *Index) appendHead(b []byte) []byte {
	w := layoutWriter{b: b}
	w.u32(uint32(ix.ids.len()))
	w.i32s(ix.titleEnd)
	w.i32s(ix.entStart)
	w.i32s(ix.bodyLen)
	w.u32s(ix.paraAt)
	w.blob(string(ix.paras))
	w.table(ix.ids)
	w.table(ix.stems)
	w.table(ix.terms)
	w.i32s(ix.termStem)
	w.i32s(ix.df)
	w.u32s(ix.postOff)
	return w.b
}

// Decode reads an index made by Encode. It copies nothing large: the
// documents, terms and postings stay in data, which the caller must not
// modify afterwards.
func Decode(data []byte) (*Index, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("decode index: not a Lecteur search index (bad magic or version)")
	}
	data = aligned(data)
	r := layoutReader{b: data, off: len(magic)}
	ix := &Index{}
	ix.readHead(&r)
	np := r.u32()
	if r.err == nil && (uint64(np) != uint64(len(data)-r.off) || np != ix.postOff[ix.terms.len()]) {
		r.fail("postings size mismatch")
	}
	if r.err != nil {
		return nil, errors.New("decode index at byte " + strconv.Itoa(r.off) + ": " + r.err.Error())
	}
	ix.oneShard(data[r.off:])
	ix.finish()
	return ix, nil
}

// readHead reads what appendHead wrote, in place: it checks the counts
// and the offsets, never the documents or terms one by one.
func (ix *Index) readHead(r *layoutReader) {
	nd := r.count(16)
	ix.titleEnd = r.i32s(nd)
	ix.entStart = r.i32s(nd)
	ix.bodyLen = r.i32s(nd)
	ix.paraAt = r.offsets(nd)
	if r.err == nil {
		ix.paras = r.blob(int(ix.paraAt[nd]))
	}
	ix.ids = r.table()
	if r.err == nil && ix.ids.len() != nd {
		r.fail("ids and documents differ in number")
	}
	ix.stems = r.table()
	ix.terms = r.table()
	nt := ix.terms.len()
	ix.termStem = r.i32s(nt)
	ix.df = r.i32s(nt)
	ix.postOff = r.offsets(nt)
	if r.err != nil {
		return
	}
	ns := int32(ix.stems.len())
	for _, s := range ix.termStem {
		if s < 0 || s >= ns {
			r.fail("stem id out of range")
			return
		}
	}
}
