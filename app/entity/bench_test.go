package entity

import (
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkRecognize runs the recogniser on the four seed articles.
func BenchmarkRecognize(b *testing.B) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	t := &testing.T{}
	var articles [][]string
	for _, f := range files {
		articles = append(articles, readBlocks(t, f))
	}
	lists() // load the word lists outside the timing
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range articles {
			Recognize(a)
		}
	}
}

// BenchmarkLoadLists measures the one-off cost of reading the embedded lists.
func BenchmarkLoadLists(b *testing.B) {
	for i := 0; i < b.N; i++ {
		loadAll()
	}
}

// signatories returns the text of a petition signed by n different people,
// "Ont signé : Aaliyah Abdelli, Aaron Adamov, …", with names made from the
// embedded first-name and surname lists. A reader pasting such a list (about
// 30 bytes a name: 13,000 names is 400 KB) once made Link take minutes.
func signatories(n int) string {
	words := func(name string) []string {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			panic(err)
		}
		var ws []string
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") && !strings.Contains(l, " ") {
				ws = append(ws, l)
			}
		}
		return ws
	}
	first, last := words("firstnames.txt"), words("surnames.txt")
	var b strings.Builder
	b.WriteString("Ont signé : ")
	seen := map[string]bool{}
	for i := 0; len(seen) < n; i++ {
		name := first[i%len(first)] + " " + last[(i*7+i/len(first))%len(last)]
		if seen[name] {
			continue
		}
		if len(seen) > 0 {
			b.WriteString(", ")
		}
		seen[name] = true
		b.WriteString(name)
	}
	b.WriteString(".")
	return b.String()
}

// BenchmarkLinkSignatories links one article that names 13,000 different
// people (mentions found once, outside the timing).
func BenchmarkLinkSignatories(b *testing.B) {
	mentions := Recognize([]string{signatories(13000)})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		docs := []Doc{{ID: "petition", Mentions: append([]Mention(nil), mentions...)}}
		Link(docs)
	}
	b.ReportMetric(float64(len(mentions)), "mentions")
}

// BenchmarkRecognizeSignatories finds the mentions of that petition.
func BenchmarkRecognizeSignatories(b *testing.B) {
	text := signatories(13000)
	lists()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Recognize([]string{text})
	}
}

// BenchmarkLoadModel measures the one-off cost of reading the embedded
// model (the worker pays it on its first article).
func BenchmarkLoadModel(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := decodeModel(modelData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecognizeTrain runs the recogniser on the 80 articles written
// to train the model (testdata/train), one iteration each article in
// turn: more text of more kinds than the seeds, for the build's entity
// stage (articles of the size of the 10,000-page benchmark's).
func BenchmarkRecognizeTrain(b *testing.B) {
	files, _ := filepath.Glob("testdata/train/*.txt")
	t := &testing.T{}
	var articles [][]string
	size := 0
	for _, f := range files {
		blocks := readBlocks(t, f)
		articles = append(articles, blocks)
		for _, bl := range blocks {
			size += len(bl)
		}
	}
	Recognize(articles[0]) // load the word lists and the model outside the timing
	b.SetBytes(int64(size / len(articles)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Recognize(articles[i%len(articles)])
	}
}
