package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkFile measures what the "Add articles" worker does for each file
// a reader adds: read and clean it, then find its entities. Run it in wasm
// too, as the worker does:
//
//	GOOS=js GOARCH=wasm go test -run - -bench File -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec" ./app/ingest/
//
// One iteration reads every seed article once; ns/op divided by the number
// of articles (reported as ns/article) is the worker's time per article.
func BenchmarkFile(b *testing.B) {
	dir := "../../testdata/corpus"
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	names := map[string][]byte{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		names[e.Name()] = data
	}
	if _, err := File("warm.txt", []byte("Titre\n\nUn premier paragraphe sur Paris et Lyon.\n\nUn second paragraphe, plus long, sur la Banque de France.")); err != nil {
		b.Fatal(err) // load the word lists and the model outside the timing
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for name, data := range names {
			if _, err := File(name, data); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(names)), "ns/article")
}
