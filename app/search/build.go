package search

import (
	"encoding/binary"
	"runtime"
	"sort"

	"lecteur/app/pool"
)

// Build indexes docs in the order given; document numbers in hits are
// positions in docs. It tokenises and folds every field, keeps the
// positions of all words (stop words are counted but not indexed), and
// groups terms by stem. It runs on GOMAXPROCS
// workers (one in the browser); the index is the same whatever their
// number.
func Build(docs []Doc) *Index { return build(docs, runtime.GOMAXPROCS(0)) }

// buildPart is the index of a run of consecutive docs: their layout, and
// each term's occurrences, documents numbered in the whole
// corpus. Parts of consecutive runs, joined in order, give each term's
// occurrences in order of document then position, as one pass would.
type buildPart struct {
	ids       []string
	titleEnd  []int32
	paraCount []int32 // paragraphs of each doc
	paraStart []int32
	entStart  []int32
	bodyLen   []int32
	occs      map[string][][2]int32 // term → (doc, position), in order
}

// indexPart indexes docs, the first of which is document number first.
func indexPart(docs []Doc, first int) *buildPart {
	pt := &buildPart{occs: map[string][][2]int32{}}
	add := func(w string, d, p int32) {
		if isStop(w) {
			return
		}
		pt.occs[w] = append(pt.occs[w], [2]int32{d, p})
	}
	for k, doc := range docs {
		di := int32(first + k)
		pt.ids = append(pt.ids, doc.ID)
		var pos int32
		tokenize(doc.Title, func(t token) { add(t.term, di, pos); pos++ })
		pt.titleEnd = append(pt.titleEnd, pos)
		pt.paraCount = append(pt.paraCount, int32(len(doc.Paragraphs)))
		var body int32
		for _, p := range doc.Paragraphs {
			pos += gap
			pt.paraStart = append(pt.paraStart, pos)
			tokenize(p, func(t token) { add(t.term, di, pos); pos++; body++ })
		}
		pt.bodyLen = append(pt.bodyLen, body)
		pos += gap
		pt.entStart = append(pt.entStart, pos)
		seen := map[string]bool{}
		for _, e := range doc.Entities {
			n := Normalize(e)
			if n == "" || seen[n] {
				continue
			}
			seen[n] = true
			tokenize(e, func(t token) { add(t.term, di, pos); pos++ })
			pos += gap
		}
	}
	return pt
}

// partDocs is the least number of docs in a part: below it the join
// costs more than the work shared.
const partDocs = 256

// build is Build on workers workers. The docs are cut into runs of
// consecutive docs, a few per worker so that a slow one does not hold
// the others, each indexed on its own (tokenising and folding are most of
// the work); the runs' occurrences are joined in order, and each term's
// postings are encoded in parallel too.
func build(docs []Doc, workers int) *Index {
	workers = max(workers, 1)
	nparts := 1
	if workers > 1 {
		nparts = min(4*workers, max(1, len(docs)/partDocs))
	}
	parts := make([]*buildPart, nparts)
	pool.Each(nparts, workers, func(p int) {
		lo, hi := p*len(docs)/nparts, (p+1)*len(docs)/nparts
		parts[p] = indexPart(docs[lo:hi], lo)
	}, nil)

	ix := &Index{}
	var ids []string
	ix.paraAt = []uint32{0}
	for _, pt := range parts {
		ids = append(ids, pt.ids...)
		ix.titleEnd = append(ix.titleEnd, pt.titleEnd...)
		for k, c := range pt.paraCount {
			prev := pt.titleEnd[k]
			for _, s := range pt.paraStart[:c] {
				ix.paras = binary.AppendUvarint(ix.paras, uint64(s-prev))
				prev = s
			}
			ix.paraAt = append(ix.paraAt, uint32(len(ix.paras)))
			pt.paraStart = pt.paraStart[c:]
		}
		ix.entStart = append(ix.entStart, pt.entStart...)
		ix.bodyLen = append(ix.bodyLen, pt.bodyLen...)
	}
	ix.ids = newStrTable(ids)

	seen := map[string]bool{}
	var terms []string
	for _, pt := range parts {
		for w := range pt.occs {
			if !seen[w] {
				seen[w] = true
				terms = append(terms, w)
			}
		}
	}
	sort.Strings(terms)
	ix.terms = newStrTable(terms)

	// Each term's stem, and its postings, for runs of terms in parallel;
	// the runs' bytes are then joined in the terms' order.
	termStems := make([]string, len(terms))
	ix.df = make([]int32, len(terms))
	runs := 1
	if workers > 1 {
		runs = min(4*workers, max(1, len(terms)/partDocs))
	}
	postings := make([][]byte, runs)
	ends := make([][]uint32, runs) // end of each term's postings in its run's bytes
	pool.Each(runs, workers, func(r int) {
		lo, hi := r*len(terms)/runs, (r+1)*len(terms)/runs
		var occ [][2]int32
		for t := lo; t < hi; t++ {
			w := terms[t]
			termStems[t] = stem(w)
			occ = occ[:0]
			for _, pt := range parts {
				occ = append(occ, pt.occs[w]...)
			}
			ix.df[t] = docCount(occ)
			postings[r] = appendPostings(postings[r], occ)
			ends[r] = append(ends[r], uint32(len(postings[r])))
		}
	}, nil)
	for _, pt := range parts {
		pt.occs = nil // encoded: let the collector have them
	}

	stemIDs := map[string]int32{}
	var stems []string
	for _, s := range termStems {
		if _, ok := stemIDs[s]; !ok {
			stemIDs[s] = 0
			stems = append(stems, s)
		}
	}
	sort.Strings(stems)
	for i, s := range stems {
		stemIDs[s] = int32(i)
	}
	ix.stems = newStrTable(stems)
	ix.termStem = make([]int32, len(terms))
	for t, s := range termStems {
		ix.termStem[t] = stemIDs[s]
	}
	ix.postOff = make([]uint32, 1, len(terms)+1)
	size := 0
	for _, b := range postings {
		size += len(b)
	}
	all := make([]byte, 0, size)
	for r, b := range postings {
		base := uint32(len(all))
		for _, e := range ends[r] {
			ix.postOff = append(ix.postOff, base+e)
		}
		all = append(all, b...)
	}
	ix.oneShard(all)

	ix.finish()
	return ix
}

// docCount is the number of documents in occ, a term's occurrences in
// order of document.
func docCount(occ [][2]int32) int32 {
	var df int32
	for i := range occ {
		if i == 0 || occ[i][0] != occ[i-1][0] {
			df++
		}
	}
	return df
}

// appendPostings writes one term's postings: for each document (ascending)
// the gap from the previous document, the number of positions, then the
// positions as gaps. Every number is an unsigned varint.
func appendPostings(b []byte, occ [][2]int32) []byte {
	prevDoc := int32(-1)
	for i := 0; i < len(occ); {
		j := i
		for j < len(occ) && occ[j][0] == occ[i][0] {
			j++
		}
		b = binary.AppendUvarint(b, uint64(occ[i][0]-prevDoc-1))
		b = binary.AppendUvarint(b, uint64(j-i))
		prev := int32(0)
		for k := i; k < j; k++ {
			b = binary.AppendUvarint(b, uint64(occ[k][1]-prev))
			prev = occ[k][1]
		}
		prevDoc = occ[i][0]
		i = j
	}
	return b
}
