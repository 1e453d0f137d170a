package compare

import (
	"math"
	"unicode"

	"lecteur/app/search"
	"lecteur/app/site"
)

// Thresholds of a passage link; see the package documentation.
const (
	MinScore  = 0.2
	MinShared = 2
	// entityWeight multiplies the weight of an entity feature.
	entityWeight = 2
)

// Links are the passage links between two articles. Left[i] is the
// paragraph of the right article most similar to paragraph i of the left
// one, or -1 when none is similar enough; Right is the same the other way.
// Score holds the similarity of each link (0 without one).
type Links struct {
	Left, Right           []int
	LeftScore, RightScore []float64
}

// Passages links the paragraphs of two articles.
func Passages(left, right *site.Text) Links {
	f := newFeaturizer()
	lp := f.paragraphs(left)
	rp := f.paragraphs(right)
	weights(lp, rp, len(f.ids))
	var out Links
	out.Left, out.LeftScore = best(lp, rp, len(f.ids))
	out.Right, out.RightScore = best(rp, lp, len(f.ids))
	return out
}

// feature is one weighted term or entity of a paragraph.
type feature struct {
	id int32
	w  float64
}

// paragraph is a paragraph's features, each once, and its vector norm.
type paragraph struct {
	feats []feature
	norm  float64
}

// featurizer turns text into feature ids, caching stems.
type featurizer struct {
	ids   map[string]int32
	stems map[string]string
}

func newFeaturizer() *featurizer {
	return &featurizer{ids: map[string]int32{}, stems: map[string]string{}}
}

func (f *featurizer) id(key string) int32 {
	id, ok := f.ids[key]
	if !ok {
		id = int32(len(f.ids))
		f.ids[key] = id
	}
	return id
}

// paragraphs returns the features of each paragraph of t; a feature's
// weight is its count for now.
func (f *featurizer) paragraphs(t *site.Text) []paragraph {
	out := make([]paragraph, len(t.Paragraphs))
	first := 1 + len(t.Captions) // block index of paragraph 0
	count := map[int32]int{}
	for i, p := range t.Paragraphs {
		clear(count)
		words(search.Normalize(p), func(w string) {
			count[f.id(f.stem(w))]++
		})
		for _, m := range t.MarksOf(first + i) {
			if m.Entity != "" {
				count[f.id("\x00"+m.Entity)] += entityWeight
			}
		}
		feats := make([]feature, 0, len(count))
		for id, n := range count {
			feats = append(feats, feature{id: id, w: float64(n)})
		}
		out[i].feats = feats
	}
	return out
}

// stem returns the stem the search index gives the folded word w, cached:
// a paragraph repeats its words.
func (f *featurizer) stem(w string) string {
	if s, ok := f.stems[w]; ok {
		return s
	}
	s := search.Stem(w)
	f.stems[w] = s
	return s
}

// words calls emit for each content word of folded text s.
func words(s string, emit func(string)) {
	start := -1
	flush := func(end int) {
		if start >= 0 {
			if w := s[start:end]; end-start >= 3 && !isStop(w) {
				emit(w)
			}
		}
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
}

// weights turns counts into tf-idf weights over the paragraphs of both
// articles and sets each paragraph's norm.
func weights(a, b []paragraph, nfeat int) {
	df := make([]int, nfeat)
	for _, side := range [][]paragraph{a, b} {
		for _, p := range side {
			for _, ft := range p.feats {
				df[ft.id]++
			}
		}
	}
	n := float64(len(a) + len(b))
	for _, side := range [][]paragraph{a, b} {
		for i := range side {
			p := &side[i]
			var sum float64
			for j := range p.feats {
				ft := &p.feats[j]
				ft.w = (1 + math.Log(ft.w)) * math.Log(n/float64(df[ft.id]))
				sum += ft.w * ft.w
			}
			p.norm = math.Sqrt(sum)
		}
	}
}

// best returns, for each paragraph of from, the most similar paragraph of
// to and the similarity, or -1 and 0.
func best(from, to []paragraph, nfeat int) ([]int, []float64) {
	// postings[f] lists the paragraphs of to holding feature f, with its weight.
	type posting struct {
		para int32
		w    float64
	}
	postings := make([][]posting, nfeat)
	for j, p := range to {
		for _, ft := range p.feats {
			if ft.w > 0 {
				postings[ft.id] = append(postings[ft.id], posting{int32(j), ft.w})
			}
		}
	}
	links := make([]int, len(from))
	scores := make([]float64, len(from))
	dot := make([]float64, len(to))
	shared := make([]int, len(to))
	for i, p := range from {
		clear(dot)
		clear(shared)
		for _, ft := range p.feats {
			if ft.w <= 0 {
				continue
			}
			for _, ps := range postings[ft.id] {
				dot[ps.para] += ft.w * ps.w
				shared[ps.para]++
			}
		}
		links[i] = -1
		for j := range to {
			if shared[j] < MinShared || p.norm == 0 || to[j].norm == 0 {
				continue
			}
			s := dot[j] / (p.norm * to[j].norm)
			if s >= MinScore && s > scores[i] {
				links[i], scores[i] = j, s
			}
		}
	}
	return links, scores
}
