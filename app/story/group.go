package story

import (
	"cmp"
	"slices"

	"lecteur/app/pool"
)

// Params are the rules that decide which articles are versions of one
// story. DefaultParams holds the values chosen on data (see doc.go).
type Params struct {
	// Threshold is the least Containment for two articles to be versions
	// of one story.
	Threshold float64
	// Chain is the least Containment between every two members of a group:
	// two groups merge only if each member of one shares that much with
	// each member of the other. It keeps a round-up that quotes two
	// dispatches from joining their stories into one.
	Chain float64
	// MinShared is the least number of shingles two versions share, so
	// that a one-line article never joins a story on one common phrase.
	MinShared int
}

// DefaultParams are the grouping rules Lecteur uses; doc.go says how they
// were chosen.
var DefaultParams = Params{Threshold: 0.6, Chain: 0.2, MinShared: 20}

// bands is the number of LSH bands, of rowsPerBand MinHash values each:
// two sketches are compared when all the values of one band agree. With
// two rows, a pair of resemblance J is a candidate with probability
// 1-(1-J²)^64: 0.92 at J = 0.2, 0.998 at J = 0.3, 0.006 at J = 0.01.
const (
	rowsPerBand = 2
	bands       = Hashes / rowsPerBand
)

// bucketAllPairs is the largest LSH bucket whose members are all paired;
// in a larger one (a story republished many times), each member is paired
// with the first bucketStar members only, which keeps candidate pairs
// linear while still joining every member to the story.
const (
	bucketAllPairs = 32
	bucketStar     = 8
)

// Group finds the versions of one story among sketches: it returns the
// groups of two or more, each as sorted indexes into sketches, ordered by
// their first index. Pairs are found by LSH banding over the sketches, so
// the work grows with the number of articles, not with its square.
func Group(sketches []Sketch, p Params) [][]int {
	return cluster(sketches, nil, candidates(sketches, 0, 0), p)
}

// GroupAdded groups articles added to a published corpus without
// regrouping it: sketches holds the published articles' sketches, then
// the added ones (from index published on); groups are the published
// groups, as Group gave them. Only pairs with an added article are
// compared, so the published groups stay as they are, unless an added
// article is a version of two of them that qualify to merge. It returns
// every group, published ones included, as Group does.
func GroupAdded(sketches []Sketch, published int, groups [][]int, p Params) [][]int {
	return cluster(sketches, groups, candidates(sketches, published, 0), p)
}

// pair is two articles, by index, and their similarity.
type pair struct {
	A, B int
	Similarity
}

// candidates returns the pairs (a < b) that share an LSH band, with b ≥
// from, each once, found on workers goroutines (GOMAXPROCS when 0). There
// are two kinds of bands. Two-row bands (two MinHash values that both
// agree) find pairs of resemblance 0.3 or more almost surely. Single
// values find what they miss: a short text contained in a long one, whose
// resemblance is low (a three-sentence brief and its 350-word dispatch:
// 0.13) but whose few real values agree with the long text's. A pair found
// by single values only counts when they agree on two values or more, and
// a single value held by more than bucketAllPairs articles is a common
// phrase and pairs nothing.
func candidates(sk []Sketch, from, workers int) [][2]int32 {
	if len(sk) >= 1<<docBits {
		return nil
	}
	// Each entry is a bucket key and a document in one uint64, so that one
	// ordered sort groups the buckets: single values are bin<<16 | value
	// (23 bits), bands have bit 38 set, the band in bits 32-37 and its two
	// values below. Two entries of different bins or bands never share a
	// bucket, so each bin and band is sorted and read on its own, on
	// every CPU (at 100,000 articles one sort of all entries was most of
	// the grouping, on one core).
	const docMask = 1<<docBits - 1
	banded := make([][]uint64, Hashes+bands)
	single := make([][]uint64, Hashes+bands)
	pool.Each(Hashes+bands, workers, func(g int) {
		entries := make([]uint64, 0, len(sk))
		for d := range sk {
			if sk[d].Shingles == 0 {
				continue
			}
			m := &sk[d].Min
			k := uint64(g)<<16 | uint64(m[g%Hashes])
			if g >= Hashes {
				b := g - Hashes
				k = 1<<38 | uint64(b)<<32 | uint64(m[2*b])<<16 | uint64(m[2*b+1])
			}
			entries = append(entries, k<<docBits|uint64(d))
		}
		slices.Sort(entries)
		add := func(to *[]uint64, a, b uint64) {
			if int(b) >= from {
				*to = append(*to, a<<32|b)
			}
		}
		for i := 0; i < len(entries); {
			key := entries[i] >> docBits
			j := i + 1
			for j < len(entries) && entries[j]>>docBits == key {
				j++
			}
			run := entries[i:j]
			i = j
			to := &banded[g]
			if key < 1<<38 {
				if len(run) > bucketAllPairs {
					continue
				}
				to = &single[g]
			}
			for x := 1; x < len(run); x++ {
				stop := x
				if len(run) > bucketAllPairs {
					stop = min(x, bucketStar)
				}
				for y := 0; y < stop; y++ {
					add(to, run[y]&docMask, run[x]&docMask)
				}
			}
		}
	}, nil)
	return pairsOf(slices.Concat(banded...), slices.Concat(single...))
}

// pairsOf returns the candidate pairs, sorted and each once: the banded
// pairs, and the single-value pairs found twice or more.
func pairsOf(banded, single []uint64) [][2]int32 {
	slices.Sort(single)
	for i := 0; i < len(single); {
		j := i + 1
		for j < len(single) && single[j] == single[i] {
			j++
		}
		if j-i >= 2 {
			banded = append(banded, single[i])
		}
		i = j
	}
	slices.Sort(banded)
	banded = slices.Compact(banded)
	out := make([][2]int32, len(banded))
	for i, p := range banded {
		out[i] = [2]int32{int32(p >> 32), int32(p)}
	}
	return out
}

// docBits is how many bits of a bucket entry hold the document: Group
// handles up to 2^25 (33 million) articles.
const docBits = 25

// cluster joins the candidate pairs that pass p's threshold, most similar
// first, into groups, starting from the groups given; two groups join only
// if every cross pair passes p.Chain (complete linkage), so a chain of
// pairs never carries a group from one story to another.
func cluster(sk []Sketch, initial [][]int, cands [][2]int32, p Params) [][]int {
	var pairs []pair
	for _, c := range cands {
		a, b := int(c[0]), int(c[1])
		s := Compare(&sk[a], &sk[b])
		if s.Containment >= p.Threshold && s.Shared >= p.MinShared {
			pairs = append(pairs, pair{a, b, s})
		}
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		if c := cmp.Compare(y.Containment, x.Containment); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Resemblance, x.Resemblance); c != 0 {
			return c
		}
		if c := cmp.Compare(x.A, y.A); c != 0 {
			return c
		}
		return cmp.Compare(x.B, y.B)
	})
	of := make([]int, len(sk)) // article → its group in members
	for i := range of {
		of[i] = -1
	}
	var members [][]int
	for _, g := range initial {
		for _, a := range g {
			of[a] = len(members)
		}
		members = append(members, slices.Clone(g))
	}
	group := func(a int) int {
		if of[a] < 0 {
			of[a] = len(members)
			members = append(members, []int{a})
		}
		return of[a]
	}
	for _, pr := range pairs {
		x, y := group(pr.A), group(pr.B)
		if x == y || !linked(sk, members[x], members[y], p.Chain) {
			continue
		}
		if len(members[x]) < len(members[y]) {
			x, y = y, x
		}
		for _, a := range members[y] {
			of[a] = x
		}
		members[x] = append(members[x], members[y]...)
		members[y] = nil
	}
	var out [][]int
	for _, m := range members {
		if len(m) > 1 {
			slices.Sort(m)
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(x, y []int) int { return cmp.Compare(x[0], y[0]) })
	return out
}

// linked tells whether every article of xs shares at least chain of the
// shorter text with every article of ys.
func linked(sk []Sketch, xs, ys []int, chain float64) bool {
	for _, x := range xs {
		for _, y := range ys {
			if Compare(&sk[x], &sk[y]).Containment < chain {
				return false
			}
		}
	}
	return true
}
