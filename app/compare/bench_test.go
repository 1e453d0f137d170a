package compare

import (
	"strings"
	"testing"

	"lecteur/app/site"
	"lecteur/build/gencorpus/synth"
)

// longArticle joins the paragraphs of synthetic articles into one article
// of at least minWords words, with every entity name of those articles
// marked.
func longArticle(id string, arts []synth.Article, minWords int) *site.Text {
	t := &site.Text{ID: id, Title: arts[0].Title}
	names := map[string]site.Mark{}
	words := 0
	for _, a := range arts {
		for _, n := range a.Entities {
			names[n] = site.Mark{Type: "PER", Entity: "e-" + strings.ToLower(n)}
		}
		for _, p := range a.Paragraphs {
			if words >= minWords {
				break
			}
			t.Paragraphs = append(t.Paragraphs, p)
			words += len(strings.Fields(p))
		}
	}
	return withMarks(t, names)
}

// BenchmarkPassages links two 5,000-word articles that tell half of the
// same stories: the work the browser does when a compare view opens.
func BenchmarkPassages(b *testing.B) {
	arts := synth.Generate(40, 7)
	left := longArticle("left", arts[0:12], 5000)
	right := longArticle("right", arts[6:18], 5000)
	var links int
	for b.Loop() {
		l := Passages(left, right)
		links = 0
		for _, j := range l.Left {
			if j >= 0 {
				links++
			}
		}
	}
	b.ReportMetric(float64(len(left.Paragraphs)), "left-paras")
	b.ReportMetric(float64(len(right.Paragraphs)), "right-paras")
	b.ReportMetric(float64(links), "links")
}
