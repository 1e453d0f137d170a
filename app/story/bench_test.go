package story

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// benchWords is a vocabulary of made-up words with a long tail, like a
// news corpus's.
var benchWords = func() []string {
	syl := []string{"ber", "cha", "dré", "fon", "gal", "jou", "ker", "lan", "mé", "nau", "pré", "quer", "ros", "sé", "tin", "vel", "zan", "bou", "cor", "dal"}
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]string, 5000)
	for i := range out {
		var b strings.Builder
		for k := 1 + r.IntN(3); k > 0; k-- {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		out[i] = b.String()
	}
	return out
}()

// benchArticle writes an article of about words words in paragraphs of
// four sentences of 10 to 30 words.
func benchArticle(r *rand.Rand, words int) []string {
	var paras []string
	var p []string
	for n := 0; n < words; {
		k := 10 + r.IntN(21)
		ws := make([]string, k)
		for i := range ws {
			// Zipf-like: frequent words often, the tail rarely.
			ws[i] = benchWords[int(float64(len(benchWords))*r.Float64()*r.Float64()*r.Float64())]
		}
		ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
		p = append(p, strings.Join(ws, " ")+".")
		n += k
		if len(p) == 4 {
			paras = append(paras, strings.Join(p, " "))
			p = nil
		}
	}
	if len(p) > 0 {
		paras = append(paras, strings.Join(p, " "))
	}
	return paras
}

// benchVersion rewrites paras: the first paragraphs kept (60 to 100 %),
// one paragraph moved, a word changed in some sentences, a paragraph
// added.
func benchVersion(r *rand.Rand, paras []string) []string {
	v := append([]string(nil), paras[:max(1, len(paras)*(6+r.IntN(5))/10)]...)
	if len(v) > 2 {
		i := 1 + r.IntN(len(v)-1)
		v[0], v[i] = v[i], v[0]
	}
	for i, p := range v {
		if r.IntN(3) == 0 {
			ws := strings.Split(p, " ")
			ws[r.IntN(len(ws))] = benchWords[r.IntN(len(benchWords))]
			v[i] = strings.Join(ws, " ")
		}
	}
	return append(v, benchArticle(r, 60)...)
}

// benchCorpus is n articles of about 500 words, a tenth of them with two
// versions each.
func benchCorpus(n int) [][]string {
	r := rand.New(rand.NewPCG(uint64(n), 3))
	var out [][]string
	for len(out) < n {
		a := benchArticle(r, 500)
		out = append(out, a)
		if len(out)%10 == 0 {
			for k := 0; k < 2 && len(out) < n; k++ {
				out = append(out, benchVersion(r, a))
			}
		}
	}
	return out
}

// BenchmarkGroup measures the build's stories stage without its
// parallelism: sketching every article, then grouping.
func BenchmarkGroup(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		texts := benchCorpus(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				sk := make([]Sketch, len(texts))
				for i, t := range texts {
					sk[i] = NewSketch(t)
				}
				Group(sk, DefaultParams)
			}
		})
		sk := make([]Sketch, len(texts))
		for i, t := range texts {
			sk[i] = NewSketch(t)
		}
		b.Run(fmt.Sprintf("%d/group-only", n), func(b *testing.B) {
			for b.Loop() {
				Group(sk, DefaultParams)
			}
		})
	}
}

// BenchmarkSketch measures sketching one article of about 500 words.
func BenchmarkSketch(b *testing.B) {
	a := benchArticle(rand.New(rand.NewPCG(4, 5)), 500)
	for b.Loop() {
		NewSketch(a)
	}
}

// BenchmarkAlign aligns two versions of a 1,000-word article: trimmed,
// a paragraph moved, words changed, a paragraph added.
func BenchmarkAlign(b *testing.B) {
	r := rand.New(rand.NewPCG(6, 7))
	left := benchArticle(r, 1000)
	right := benchVersion(r, left)
	right = append(right, left[len(right)-1:]...)
	a := Align(left, right)
	b.ReportMetric(float64(len(a.Units)), "units")
	for b.Loop() {
		Align(left, right)
	}
}

// BenchmarkAlignPathological aligns texts no article has but any file
// could: a 20,000-word sentence, and 3,000 alike sentences on each side.
func BenchmarkAlignPathological(b *testing.B) {
	cases := []struct {
		name        string
		left, right string
	}{
		{"long sentence", strings.Repeat("mot ", 20000), strings.Repeat("mot ", 19990) + "autre"},
		{"alike sentences", strings.Repeat("Une phrase courte ici. ", 3000), strings.Repeat("Une phrase courte là. ", 3000)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				Align([]string{c.left}, []string{c.right})
			}
		})
	}
}
