package corpus

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// syntheticArticle writes a messy ~3,000-character article: site chrome,
// a title, a date line, a caption shown twice, paragraphs and a footer.
func syntheticArticle(rng *rand.Rand, n int) string {
	words := strings.Fields("le la les un une des gouvernement ministre sécurité informatique cyberattaque entreprise données réseau pirates enquête police France Europe État président rapport annoncé mardi selon attaque systèmes protection numérique été déclaré")
	sentence := func() string {
		k := 8 + rng.Intn(14)
		var w []string
		for i := 0; i < k; i++ {
			w = append(w, words[rng.Intn(len(words))])
		}
		r := []rune(strings.Join(w, " "))
		return strings.ToUpper(string(r[:1])) + string(r[1:]) + "."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Rechercher\nMenu\n\nArticle numéro %d sur la %s\n\n", n, words[rng.Intn(len(words))])
	fmt.Fprintf(&b, "mardi %d mars 20%02d 10h%02d\n\n", 1+rng.Intn(28), rng.Intn(25), rng.Intn(60))
	caption := sentence()
	fmt.Fprintf(&b, "%s\n\n%s - JEAN DUPONT / AFP\n\n", caption, caption)
	for b.Len() < 2900 {
		fmt.Fprintf(&b, "%s %s %s\n\n", sentence(), sentence(), sentence())
	}
	b.WriteString("Tous droits réservés\n\nDernières nouvelles")
	return b.String()
}

// BenchmarkReadDir reads a corpus of 10,000 synthetic articles.
func BenchmarkReadDir(b *testing.B) {
	dir := b.TempDir()
	rng := rand.New(rand.NewSource(1))
	var size int64
	for i := 0; i < 10000; i++ {
		text := syntheticArticle(rng, i)
		size += int64(len(text))
		name := filepath.Join(dir, fmt.Sprintf("%02d", i%100), fmt.Sprintf("article-%05d.txt", i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		articles, problems, err := ReadDir(dir, nil)
		if err != nil || len(articles) != 10000 || len(problems) != 0 {
			b.Fatalf("ReadDir: %d articles, %d problems, error %v", len(articles), len(problems), err)
		}
	}
}

// BenchmarkParse parses one synthetic article.
func BenchmarkParse(b *testing.B) {
	data := []byte(syntheticArticle(rand.New(rand.NewSource(1)), 1))
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse("a.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSyntheticArticle checks that the benchmark's articles are cleaned
// like real ones, so the benchmark measures the real work.
func TestSyntheticArticle(t *testing.T) {
	text := syntheticArticle(rand.New(rand.NewSource(1)), 7)
	if n := utf8.RuneCountInString(text); n < 2800 || n > 3400 {
		t.Errorf("synthetic article has %d characters, want about 3,000", n)
	}
	a, err := Parse("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Title, "Article numéro 7 ") || a.Date == "" || len(a.Captions) != 1 || len(a.Removed) != 6 {
		t.Errorf("Parse(synthetic) title %q, date %q, captions %q, removed %q", a.Title, a.Date, a.Captions, a.Removed)
	}
}

// benchPageNames lists the saved pages of the Scrapinghub benchmark
// (kept out of the repository: LECTEUR_BENCH_PAGES, else
// $EXTRACT_BENCH/html, else /work/gold/extraction-benchmark/html), or
// skips the benchmark when there are none.
func benchPageNames(b *testing.B) []string {
	dir := os.Getenv("LECTEUR_BENCH_PAGES")
	if dir == "" && os.Getenv("EXTRACT_BENCH") != "" {
		dir = filepath.Join(os.Getenv("EXTRACT_BENCH"), "html")
	}
	if dir == "" {
		dir = "/work/gold/extraction-benchmark/html"
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(names) == 0 {
		b.Skipf("no saved pages (*.html) in %s: README, \"Measuring the reader\", says how to get them", dir)
	}
	return names
}

// BenchmarkParseHTML reads the real saved pages of the Scrapinghub
// article-extraction benchmark (kept out of the repository, README's
// "Measuring the reader"; set LECTEUR_BENCH_PAGES to their folder, else
// $EXTRACT_BENCH/html, else /work/gold/extraction-benchmark/html), one
// page an iteration in turn.
func BenchmarkParseHTML(b *testing.B) {
	names := benchPageNames(b)
	pages := make([][]byte, len(names))
	var size int64
	for i, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = data
		size += int64(len(data))
	}
	b.SetBytes(size / int64(len(pages)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Parse("page.html", pages[i%len(pages)])
	}
}

// BenchmarkIsNotice runs the notice patterns (isNotice) on every block of
// the benchmark's saved pages (see BenchmarkParseHTML for where they
// are), one iteration all the lines: about 5,000 lines of real pages,
// most of them prose the patterns must reject quickly.
func BenchmarkIsNotice(b *testing.B) {
	names := benchPageNames(b)
	var lines []string
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		text, err := decode(data)
		if err != nil {
			continue
		}
		blocks, _ := htmlBlocks(text)
		for _, bl := range blocks {
			lines = append(lines, bl.text)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			isNotice(l)
		}
	}
	b.ReportMetric(float64(len(lines)), "lines")
}
