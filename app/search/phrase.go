package search

// phrase finds the documents where the words of a quoted phrase stand at
// their relative offsets. Each word matches its exact form or a form with
// the same stem, never a typo: quoting asks for precision. It returns the
// flattened candidates, the phrase's start positions per document, and the
// documents found, with their scores in cur and candidates in cmask.
func (ix *Index) phrase(un unit, cur []float32, cmask []uint32, missing *[]int) ([]cand, map[int32][]int32, []int32) {
	var all []cand
	var starts map[int32][]int32
	var masks map[int32]uint32
	idf := float32(0)
	for j, w := range un.words {
		cs := ix.expand(w.text, false, false)
		if len(cs) == 0 {
			return nil, nil, nil
		}
		idf += ix.idf(cs[0].term)
		base := len(all)
		if base+len(cs) > maxCands {
			cs = cs[:maxCands-base]
		}
		all = append(all, cs...)
		positions := map[int32][]int32{}
		docMask := map[int32]uint32{}
		for ci, c := range cs {
			ix.eachPosting(c.term, missing, func(d int32, entry uint32) {
				if j > 0 {
					if _, ok := starts[d]; !ok {
						return
					}
				}
				positions[d] = ix.positionsAt(entry, positions[d])
				docMask[d] |= 1 << uint(base+ci)
			})
		}
		if j == 0 {
			starts, masks = positions, docMask
			continue
		}
		for d, ss := range starts {
			kept := ss[:0]
			for _, p := range ss {
				if contains(positions[d], p+int32(w.offset)) {
					kept = append(kept, p)
				}
			}
			if len(kept) == 0 {
				delete(starts, d)
				continue
			}
			starts[d] = kept
			masks[d] |= docMask[d]
		}
	}
	var hit []int32
	for d, ss := range starts {
		var tt, tb, te int
		for _, p := range ss {
			switch ix.field(int(d), p) {
			case fieldTitle:
				tt++
			case fieldEntity:
				te++
			default:
				tb++
			}
		}
		cur[d] = idf * ix.bm25(d, tt, tb, te)
		cmask[d] = masks[d]
		hit = append(hit, d)
	}
	sortInt32(hit)
	return all, starts, hit
}

// eachPosting calls f for each document of term t with the offset of its
// positions entry. When t's shard is not loaded it adds it to missing.
func (ix *Index) eachPosting(t int32, missing *[]int, f func(d int32, entry uint32)) {
	it, shard, ok := ix.postings(t)
	if !ok {
		addMissing(missing, shard)
		return
	}
	for it.next() {
		f(it.doc, it.entryOffset())
	}
}

func contains(list []int32, v int32) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func sortInt32(s []int32) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
