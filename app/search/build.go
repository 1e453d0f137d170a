package search

import (
	"encoding/binary"
	"sort"
)

// Build indexes docs in the order given; document numbers in hits are
// positions in docs. It tokenises and folds every field, keeps the
// positions of all words (stop words are counted but not indexed), groups
// terms by stem, and collects the entity names.
func Build(docs []Doc) *Index {
	ix := &Index{}
	ids := map[string]int32{}
	var occs [][][2]int32 // per temporary term id: (doc, position) in order
	add := func(w string, d, p int32) {
		if isStop(w) {
			return
		}
		id, ok := ids[w]
		if !ok {
			id = int32(len(occs))
			ids[w] = id
			occs = append(occs, nil)
		}
		occs[id] = append(occs[id], [2]int32{d, p})
	}
	names := map[string][]int32{}
	for d, doc := range docs {
		di := int32(d)
		ix.ids = append(ix.ids, doc.ID)
		var pos int32
		tokenize(doc.Title, func(t token) { add(t.term, di, pos); pos++ })
		ix.titleEnd = append(ix.titleEnd, pos)
		ix.paraOff = append(ix.paraOff, int32(len(ix.paraStart)))
		var body int32
		for _, p := range doc.Paragraphs {
			pos += gap
			ix.paraStart = append(ix.paraStart, pos)
			tokenize(p, func(t token) { add(t.term, di, pos); pos++; body++ })
		}
		ix.bodyLen = append(ix.bodyLen, body)
		pos += gap
		ix.entStart = append(ix.entStart, pos)
		seen := map[string]bool{}
		for _, e := range doc.Entities {
			n := Normalize(e)
			if n == "" || seen[n] {
				continue
			}
			seen[n] = true
			names[n] = append(names[n], di)
			tokenize(e, func(t token) { add(t.term, di, pos); pos++ })
			pos += gap
		}
	}
	ix.paraOff = append(ix.paraOff, int32(len(ix.paraStart)))

	ix.terms = make([]string, 0, len(ids))
	for w := range ids {
		ix.terms = append(ix.terms, w)
	}
	sort.Strings(ix.terms)
	stemIDs := map[string]int32{}
	var stemList []string
	for _, w := range ix.terms {
		s := stem(w)
		if _, ok := stemIDs[s]; !ok {
			stemIDs[s] = 0
			stemList = append(stemList, s)
		}
	}
	sort.Strings(stemList)
	for i, s := range stemList {
		stemIDs[s] = int32(i)
	}
	ix.stems = stemList
	ix.postOff = make([]uint32, 1, len(ix.terms)+1)
	var postings []byte
	for _, w := range ix.terms {
		ix.termStem = append(ix.termStem, stemIDs[stem(w)])
		os := occs[ids[w]]
		var df int32
		for i := 0; i < len(os); {
			j := i
			for j < len(os) && os[j][0] == os[i][0] {
				j++
			}
			df++
			i = j
		}
		ix.df = append(ix.df, df)
		postings = appendPostings(postings, os)
		ix.postOff = append(ix.postOff, uint32(len(postings)))
	}
	ix.oneShard(postings)

	for n := range names {
		ix.names = append(ix.names, n)
	}
	sort.Strings(ix.names)
	ix.nameOff = []int32{0}
	for _, n := range ix.names {
		ix.nameDocs = append(ix.nameDocs, names[n]...)
		ix.nameOff = append(ix.nameOff, int32(len(ix.nameDocs)))
	}
	ix.finish()
	return ix
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
