package story

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// ShingleWords is how many consecutive words make a shingle. Four words
// survive a changed word in all but the four shingles that hold it, and
// are rare enough that two unrelated articles on one subject share few.
const ShingleWords = 4

// Hashes is the number of MinHash values in a Sketch. The standard error
// of a resemblance estimate is about sqrt(J(1-J)/Hashes): 0.04 at J = 0.5.
// It must stay a power of two (NewSketch's bins).
const Hashes = 128

// Sketch is what grouping needs of an article: how many distinct shingles
// its text has and, for each of Hashes bins, the low 16 bits of the
// smallest shingle hash that falls in it (one-permutation MinHash, b-bit).
// Sixteen bits keep it at 256 bytes, shipped as is to the browser, while
// two different minima agree by chance once in 65,536.
type Sketch struct {
	// Shingles is the number of distinct shingles of the text.
	Shingles int
	Min      [Hashes]uint16
}

// NewSketch sketches an article's text, given as its paragraphs (the title
// is left out: outlets rewrite headlines, not the story). Words are runs of
// letters and digits, lower-cased; apostrophes and hyphens split them, so
// "l’État" and "l'État" give the same shingles. Shingles run across
// paragraph breaks.
//
// The sketch is one-permutation MinHash: each shingle hash goes to one of
// Hashes bins by its top bits and each bin keeps its smallest; an empty
// bin (a text of fewer shingles than bins) borrows the minimum of a full
// bin picked by a fixed pseudo-random sequence of its own (optimal
// densification, Shrivastava 2017). Two sketches then agree on a bin with
// probability about the resemblance of the texts, as with Hashes
// independent hash functions, for one hash per shingle instead of Hashes:
// on 731 pairs of real articles and their trimmed parts, the containment
// it estimates is off by 0.041 on average, against 0.044 with 128
// independent hashes (and 0.044 borrowing from the next full bin), while
// sketching a 500-word article costs a hundredth.
func NewSketch(paragraphs []string) Sketch {
	sh := Shingles(paragraphs)
	var s Sketch
	s.Shingles = len(sh)
	if len(sh) == 0 {
		return s
	}
	const (
		binBits = 7 // Hashes = 1 << binBits
		empty   = ^uint64(0)
	)
	var mins [Hashes]uint64
	for i := range mins {
		mins[i] = empty
	}
	for _, x := range sh {
		bin, v := x>>(64-binBits), x&(1<<(64-binBits)-1)
		if v < mins[bin] {
			mins[bin] = v
		}
	}
	for i := range mins {
		j := i
		for try := uint64(0); mins[j] == empty; try++ {
			j = int(mix(uint64(i)<<32|try) >> (64 - binBits))
		}
		s.Min[i] = uint16(mix(mins[j]))
	}
	return s
}

// mix is splitmix64's finaliser: every input bit flips about half the
// output bits.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// Shingles returns the distinct shingle hashes of paragraphs, sorted. A
// text shorter than ShingleWords words has one shingle, its words.
func Shingles(paragraphs []string) []uint64 {
	var words []uint64
	for _, p := range paragraphs {
		words = appendWordHashes(words, p)
	}
	if len(words) == 0 {
		return nil
	}
	n := len(words) - ShingleWords + 1
	if n < 1 {
		n = 1
	}
	out := make([]uint64, 0, n)
	for i := range n {
		h := uint64(ShingleWords)
		for _, w := range words[i:min(i+ShingleWords, len(words))] {
			h = mix(h*0x100000001b3 ^ w)
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// appendWordHashes appends the FNV-1a hash of each lower-cased word of s.
func appendWordHashes(dst []uint64, s string) []uint64 {
	const offset, prime = 0xcbf29ce484222325, 0x100000001b3
	h, in := uint64(offset), false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
			for k := 0; k < 3 && r != 0; k++ {
				h = (h ^ uint64(r&0xff)) * prime
				r >>= 8
			}
			in = true
			continue
		}
		if in {
			dst = append(dst, h)
			h, in = offset, false
		}
	}
	if in {
		dst = append(dst, h)
	}
	return dst
}

// Similarity is how much text two articles share, estimated from their
// sketches.
type Similarity struct {
	// Resemblance is the Jaccard index of the two shingle sets: shared
	// shingles over all shingles. 1 for copies.
	Resemblance float64
	// Containment is the share of the shorter text's shingles found in the
	// other (the overlap coefficient): 1 for a version trimmed from
	// another, or one with a paragraph added.
	Containment float64
	// Shared is the estimated number of shingles in common.
	Shared int
}

// Compare estimates the similarity of the texts sketched as a and b.
func Compare(a, b *Sketch) Similarity {
	if a.Shingles == 0 || b.Shingles == 0 {
		return Similarity{}
	}
	eq := 0
	for i := range a.Min {
		if a.Min[i] == b.Min[i] {
			eq++
		}
	}
	// Two different minima agree by chance with probability 2⁻¹⁶: remove
	// that from the fraction of agreeing values.
	const chance = 1.0 / 65536
	j := (float64(eq)/Hashes - chance) / (1 - chance)
	if j < 0 {
		j = 0
	}
	small := min(a.Shingles, b.Shingles)
	// |A∩B| = J·|A∪B| = J·(|A|+|B|)/(1+J).
	shared := j * float64(a.Shingles+b.Shingles) / (1 + j)
	if shared > float64(small) {
		shared = float64(small)
	}
	return Similarity{Resemblance: j, Containment: shared / float64(small), Shared: int(shared + 0.5)}
}
