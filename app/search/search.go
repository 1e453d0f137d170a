package search

import (
	"math"
	"math/bits"
	"sort"
	"sync"
)

// Hit is one matching article. Para is the paragraph that matches best
// (-1: only the title or the entity names match); Terms are the index terms
// that matched, ready for Passage and Highlight.
type Hit struct {
	ID    string
	Doc   int
	Score float64
	Para  int
	Terms []string
}

// Result is the answer to a query: the best hits, how many articles matched
// at all, and, when some word matched nothing, corrected queries to offer.
// Missing lists the shards the query needed that are not loaded yet (see
// AddShard): the result is then partial, from the loaded shards only, and
// the caller loads them and searches again.
type Result struct {
	Hits        []Hit
	Total       int
	Suggestions []string
	Missing     []int
}

// Field weights and BM25 parameters.
const (
	weightTitle  = 3.0
	weightBody   = 1.0
	weightEntity = 2.0
	bm25K1       = 1.2
	bm25B        = 0.75
)

// scratch holds the per-document arrays of one search, pooled so that a
// keystroke does not allocate them again.
type scratch struct {
	score   []float32 // summed unit scores
	covered []uint32  // bit u: unit u matched
	cur     []float32 // score of the unit being evaluated
	best    []int32   // per unit and doc: postings offset of the best candidate's entry
	cmask   []uint32  // per unit and doc: candidates that matched
	touched []int32
	hit     []int32 // the documents one query word reached (scoreTerm)
	inspect inspectScratch
}

var scratchPool sync.Pool

func (ix *Index) scratch(units int) *scratch {
	n := ix.ids.len()
	s, _ := scratchPool.Get().(*scratch)
	if s == nil || len(s.score) != n {
		s = &scratch{score: make([]float32, n), covered: make([]uint32, n), cur: make([]float32, n)}
	}
	if cap(s.best) < units*n {
		s.best = make([]int32, units*n)
		s.cmask = make([]uint32, units*n)
	}
	s.best = s.best[:units*n]
	s.cmask = s.cmask[:units*n]
	s.touched = s.touched[:0]
	return s
}

func (s *scratch) release() {
	n := len(s.score)
	for _, d := range s.touched {
		s.score[d] = 0
		s.covered[d] = 0
		for u := 0; u*n < len(s.cmask); u++ {
			s.cmask[u*n+int(d)] = 0
		}
	}
	scratchPool.Put(s)
}

// Search returns the articles matching query, best first, at most limit of
// them (all when limit <= 0). Articles matching every word rank above those
// matching some; among them BM25 with field weights decides, raised when
// the words stand close together.
func (ix *Index) Search(query string, limit int) Result {
	units := parseQuery(query)
	if len(units) == 0 || ix.ids.len() == 0 {
		return Result{}
	}
	n := ix.ids.len()
	s := ix.scratch(len(units))
	defer s.release()
	cands := make([][]cand, len(units))
	var phrasePos []map[int32][]int32
	var missing []int
	unmatched := 0
	for u, un := range units {
		known := len(missing)
		best := s.best[u*n : (u+1)*n]
		cmask := s.cmask[u*n : (u+1)*n]
		var hit []int32
		if un.phrase {
			if phrasePos == nil {
				phrasePos = make([]map[int32][]int32, len(units))
			}
			var pos map[int32][]int32
			cands[u], pos, hit = ix.phrase(un, s.cur, cmask, &missing)
			phrasePos[u] = pos
		} else {
			cands[u] = ix.expand(un.words[0].text, un.prefix, true)
			s.hit = ix.scoreTerm(cands[u], s.cur, best, cmask, &missing, s.hit[:0])
			hit = s.hit
		}
		if len(hit) == 0 && len(missing) == known {
			unmatched++
		}
		for _, d := range hit {
			if s.covered[d] == 0 {
				s.touched = append(s.touched, d)
			}
			s.covered[d] |= 1 << uint(u)
			s.score[d] += s.cur[d]
			s.cur[d] = 0
		}
	}
	res := Result{Total: len(s.touched), Missing: missing}
	if unmatched > 0 {
		res.Suggestions = ix.suggest(units, cands)
	}
	if len(s.touched) == 0 {
		return res
	}

	// Rank by coverage then score; refine the leaders with proximity.
	docs := s.touched
	less := func(a, b int32) bool {
		ca, cb := bits.OnesCount32(s.covered[a]), bits.OnesCount32(s.covered[b])
		if ca != cb {
			return ca > cb
		}
		if s.score[a] != s.score[b] {
			return s.score[a] > s.score[b]
		}
		return a < b
	}
	k := len(docs)
	if limit > 0 && limit+10 < k {
		k = limit + 10
	}
	top := topK(docs, k, less)
	hits := make([]Hit, len(top))
	for i, d := range top {
		prox, para, terms := ix.inspect(d, units, cands, s, phrasePos)
		hits[i] = Hit{ID: ix.ids.at(int(d)), Doc: int(d), Score: float64(s.score[d]) * (1 + 0.5*prox), Para: para, Terms: terms}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		ci, cj := bits.OnesCount32(s.covered[hits[i].Doc]), bits.OnesCount32(s.covered[hits[j].Doc])
		if ci != cj {
			return ci > cj
		}
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Doc < hits[j].Doc
	})
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	res.Hits = hits
	return res
}

// topK returns the k best of docs by less, best first, without sorting the
// whole list when k is small.
func topK(docs []int32, k int, less func(a, b int32) bool) []int32 {
	out := make([]int32, 0, k+1)
	for _, d := range docs {
		if len(out) == k && !less(d, out[k-1]) {
			continue
		}
		i := sort.Search(len(out), func(i int) bool { return less(d, out[i]) })
		if len(out) < k {
			out = append(out, 0)
		}
		copy(out[i+1:], out[i:len(out)-1])
		out[i] = d
	}
	return out
}

// idf is BM25's inverse document frequency.
func (ix *Index) idf(t int32) float32 {
	n, df := float64(ix.ids.len()), float64(ix.df[t])
	return float32(math.Log(1 + (n-df+0.5)/(df+0.5)))
}

// bm25 scores field-weighted term frequencies in document d.
func (ix *Index) bm25(d int32, tfTitle, tfBody, tfEntity int) float32 {
	wtf := weightTitle*float32(tfTitle) + weightBody*float32(tfBody) + weightEntity*float32(tfEntity)
	norm := bm25K1 * (1 - bm25B + bm25B*float32(ix.bodyLen[d])/float32(ix.avgLen))
	return wtf * (bm25K1 + 1) / (wtf + norm)
}

// scoreTerm reads the postings of every candidate of one query word and
// keeps, per document, the best candidate's score in cur, the offset of its
// positions in best, and the candidates seen in cmask. It returns the
// documents reached, appended to hit (a buffer kept between searches: a
// common prefix reaches most documents, and growing a new list for each
// keystroke made half of a search's garbage). Candidates whose shard is
// not loaded are skipped and their shards added to missing.
func (ix *Index) scoreTerm(cs []cand, cur []float32, best []int32, cmask []uint32, missing *[]int, hit []int32) []int32 {
	for ci, c := range cs {
		p, base, shard := ix.termBytes(c.term)
		if p == nil {
			addMissing(missing, shard)
			continue
		}
		w := c.weight * ix.idf(c.term)
		// The postings are decoded here by hand, not with postingsIter:
		// this is the search's hot loop, and the iterator's next and
		// nextPos do not inline (about 10% slower per query, measured
		// with BenchmarkSearch at 1,000 and 10,000 articles). Keep the two
		// in step with the format in doc.go.
		off, end := ix.postOff[c.term]-base, ix.postOff[c.term+1]-base
		d := int32(-1)
		for off < end {
			var v uint32
			v, off = uvarint(p, off)
			d += int32(v) + 1
			if int(d) >= ix.ids.len() {
				break // corrupt postings: stop rather than panic
			}
			entry := off
			var npos uint32
			npos, off = uvarint(p, off)
			te, es := ix.titleEnd[d], ix.entStart[d]
			var tt, tb, tent int
			pos := int32(0)
			for ; npos > 0; npos-- {
				v, off = uvarint(p, off)
				pos += int32(v)
				switch {
				case pos < te:
					tt++
				case pos >= es:
					tent++
				default:
					tb++
				}
			}
			sc := w * ix.bm25(d, tt, tb, tent)
			if cmask[d] == 0 && cur[d] == 0 {
				hit = append(hit, d)
			}
			cmask[d] |= 1 << uint(ci)
			if sc > cur[d] {
				cur[d] = sc
				best[d] = int32(entry + base)
			}
		}
	}
	return hit
}

// addMissing adds shard to the sorted set missing.
func addMissing(missing *[]int, shard int) {
	m := *missing
	i := sort.SearchInts(m, shard)
	if i < len(m) && m[i] == shard {
		return
	}
	m = append(m, 0)
	copy(m[i+1:], m[i:])
	m[i] = shard
	*missing = m
}

// uvarint decodes an unsigned varint at off; the fast path covers the one-
// byte case that most gaps fall in.
func uvarint(b []byte, off uint32) (uint32, uint32) {
	if off < uint32(len(b)) && b[off] < 0x80 {
		return uint32(b[off]), off + 1
	}
	var v uint32
	var shift uint
	for off < uint32(len(b)) {
		c := b[off]
		off++
		v |= uint32(c&0x7f) << shift
		if c < 0x80 {
			break
		}
		shift += 7
		if shift > 28 {
			break
		}
	}
	return v, off
}

// positionsAt decodes the positions of the postings entry at off, an
// offset in the postings section whose shard is loaded.
func (ix *Index) positionsAt(off uint32, into []int32) []int32 {
	p, base := ix.bytesAt(off)
	if p == nil {
		return into
	}
	it := postingsIter{p: p, base: base, off: off - base}
	it.left, it.off = uvarint(p, it.off)
	for it.left > 0 {
		into = append(into, it.nextPos())
	}
	return into
}
