package search

// postingsIter reads one term's postings (their format is in doc.go): its
// documents in ascending order and, for each, the positions of the term,
// title first, then body, then entity names. It is the one reader of
// postings for phrases and facets (eachPosting) and passages
// (positionsAt). Scoring (scoreTerm) decodes the same format by hand in
// its hot loop, for speed: see there.
type postingsIter struct {
	p     []byte // the loaded shard holding the postings
	base  uint32 // offset of p in the postings section
	off   uint32 // next byte to read in p
	end   uint32 // end of the term's postings in p
	ndocs int32  // documents in the index: a larger one means corrupt data
	doc   int32  // the current document
	entry uint32 // offset in p of the current document's positions entry
	left  uint32 // positions of the current document not read yet
	pos   int32  // the last position read
}

// postings returns the iterator over term t's postings, or ok false and
// the shard to load when t's shard is not loaded.
func (ix *Index) postings(t int32) (it postingsIter, shard int, ok bool) {
	p, base, shard := ix.termBytes(t)
	if p == nil {
		return it, shard, false
	}
	return postingsIter{
		p:     p,
		base:  base,
		off:   ix.postOff[t] - base,
		end:   ix.postOff[t+1] - base,
		ndocs: int32(ix.ids.len()),
		doc:   -1,
	}, shard, true
}

// next moves to the next document, skipping what is left of the current
// one's positions; false at the end of the postings, or on corrupt data
// (stop rather than panic).
func (it *postingsIter) next() bool {
	for ; it.left > 0; it.left-- {
		_, it.off = uvarint(it.p, it.off)
	}
	if it.off >= it.end {
		return false
	}
	var gap uint32
	gap, it.off = uvarint(it.p, it.off)
	it.doc += int32(gap) + 1
	if it.doc >= it.ndocs {
		return false
	}
	it.entry = it.off
	it.left, it.off = uvarint(it.p, it.off)
	it.pos = 0
	return true
}

// nextPos returns the current document's next position; call it while
// left > 0.
func (it *postingsIter) nextPos() int32 {
	var gap uint32
	gap, it.off = uvarint(it.p, it.off)
	it.left--
	it.pos += int32(gap)
	return it.pos
}

// entryOffset is the current document's positions entry as an offset in
// the postings section, for positionsAt.
func (it *postingsIter) entryOffset() uint32 { return it.entry + it.base }
