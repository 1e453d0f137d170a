// Command evalextract measures how well Lecteur reads real pages, on data
// kept out of the repository (see README, "What is read from a page"):
//
//   - the Scrapinghub article-extraction benchmark (-bench): 181 real
//     English news pages with hand-made bodies; it prints body F1,
//     precision and recall computed as the benchmark's evaluate.py does,
//     the pages refused, and how many pages got a title, date and author;
//   - the French gold set (-gold): pages and copied texts with a
//     hand-written <slug>.json of expected fields in tune/ and heldout/;
//     it prints, for each half, the accuracy of each field.
//
// Neither is in the repository (README, "Measuring the reader", says how
// to get them). The folders default to $EXTRACT_BENCH and $EXTRACT_GOLD,
// else /work/gold/extraction-benchmark and /work/gold/extract-fr; a
// folder that is absent is skipped with a message saying so, so the
// command runs anywhere. The benchmark's pages may be kept as the
// repository has them (html/<id>.html.gz) or gunzipped (html/<id>.html).
// Usage:
//
//	go run ./build/evalextract [-bench DIR] [-gold DIR] [-half tune|heldout|both] [-v]
//	make eval-extract [EXTRACT_BENCH=DIR] [EXTRACT_GOLD=DIR] [EVAL_FLAGS=...]
package main

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"lecteur/app/corpus"
)

func main() {
	log.SetFlags(0)
	if err := run(); err != nil {
		log.Fatal("evalextract: ", err)
	}
}

func run() error {
	bench := flag.String("bench", envOr("EXTRACT_BENCH", "/work/gold/extraction-benchmark"), "folder of the Scrapinghub benchmark (html/, ground-truth.json); default $EXTRACT_BENCH")
	gold := flag.String("gold", envOr("EXTRACT_GOLD", "/work/gold/extract-fr"), "folder of the French gold set (tune/, heldout/); default $EXTRACT_GOLD")
	half := flag.String("half", "tune", "halves of the gold set to read: tune, heldout or both")
	verbose := flag.Bool("v", false, "list every page that misses a field")
	predictions := flag.String("predictions", "", "write the benchmark bodies read to this file, in evaluate.py's output format")
	lineGold := flag.String("line-gold", "", "comma-separated folders of gold pages (<slug>.json and the page) for -line-cv and -train-lines, with the benchmark")
	lineCVFolds := flag.Int("line-cv", 0, "cross-validate the line model over this many folds of sites, against the rules alone, and stop")
	trainTo := flag.String("train-lines", "", "train the line model on -line-gold and the benchmark, write it to this file, and stop")
	flag.Parse()
	if *lineCVFolds > 0 || *trainTo != "" {
		var dirs []string
		if *lineGold != "" {
			dirs = strings.Split(*lineGold, ",")
		}
		pages, err := loadPages(dirs, *bench)
		if err != nil {
			return err
		}
		if *trainTo != "" {
			return os.WriteFile(*trainTo, corpus.EncodeLineModel(trainLines(pages)), 0o644)
		}
		return lineCV(pages, *lineCVFolds, *verbose)
	}
	halves := []string{*half}
	switch *half {
	case "tune", "heldout":
	case "both":
		halves = []string{"tune", "heldout"}
	default:
		return fmt.Errorf("-half %q: want tune, heldout or both", *half)
	}
	if err := runBenchmark(*bench, *predictions, *verbose); err != nil {
		return err
	}
	for _, h := range halves {
		if err := runGold(filepath.Join(*gold, h), *verbose); err != nil {
			return err
		}
	}
	return nil
}

// envOr is the environment variable key, or def when it is unset or empty.
func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// readPage reads a benchmark page, gunzipped (<id>.html) or as the
// benchmark's repository keeps it (<id>.html.gz).
func readPage(dir, id string) ([]byte, error) {
	name := filepath.Join(dir, "html", id+".html")
	data, err := os.ReadFile(name)
	if !errors.Is(err, fs.ErrNotExist) {
		return data, err
	}
	f, err := os.Open(name + ".gz")
	if err != nil {
		return nil, fmt.Errorf("page %s: neither %s nor its .gz: %w", id, name, err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s.gz: %w", name, err)
	}
	defer z.Close()
	data, err = io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("%s.gz: %w", name, err)
	}
	return data, nil
}

// runBenchmark reads every page of the benchmark and prints its figures.
func runBenchmark(dir, predictions string, verbose bool) error {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Printf("benchmark: %s has no ground-truth.json, skipped (clone github.com/scrapinghub/article-extraction-benchmark there, or set EXTRACT_BENCH / -bench; README, \"Measuring the reader\")\n", dir)
		return nil
	}
	if err != nil {
		return err
	}
	var truth map[string]struct {
		Body string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		return fmt.Errorf("read %s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	keys := make([]string, 0, len(truth))
	for k := range truth {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var (
		scores                           []overlap
		refused, fallback, titled, dated int
		authored                         int
		elapsed                          time.Duration
		out                              = map[string]map[string]string{}
		low                              []string
	)
	for _, k := range keys {
		data, err := readPage(dir, k)
		if err != nil {
			return err
		}
		start := time.Now()
		a, err := corpus.Parse(k+".html", data)
		elapsed += time.Since(start)
		body := ""
		if err != nil {
			refused++
			low = append(low, fmt.Sprintf("%s refused: %v", k[:12], err))
		} else {
			body = strings.Join(a.Paragraphs, "\n")
			if a.Fallback {
				fallback++
			}
			if a.Title != "" {
				titled++
			}
			if len(a.Date) == 10 {
				dated++
			}
			if len(a.Authors) > 0 {
				authored++
			}
		}
		o := shingleOverlap(truth[k].Body, body)
		scores = append(scores, o)
		if o.tp < 0.7 && err == nil {
			low = append(low, fmt.Sprintf("%s tp %.2f fp %.2f fn %.2f  %q", k[:12], o.tp, o.fp, o.fn, a.Title))
		}
		out[k] = map[string]string{"articleBody": body}
	}
	f, p, r := f1(scores)
	n := len(keys)
	fmt.Printf("benchmark: %d English pages (Scrapinghub article-extraction-benchmark)\n", n)
	fmt.Printf("  body     F1 %.3f  precision %.3f  recall %.3f\n", f, p, r)
	fmt.Printf("  refused  %d   read by the fallback %d\n", refused, fallback)
	fmt.Printf("  found    title %d/%d  date %d/%d  authors %d/%d (no truth for these)\n", titled, n, dated, n, authored, n)
	fmt.Printf("  speed    %.1f ms a page (corpus.Parse, one core)\n", float64(elapsed.Microseconds())/1000/float64(n))
	if verbose {
		for _, l := range low {
			fmt.Println("   ", l)
		}
	}
	if predictions != "" {
		b, err := json.MarshalIndent(out, "", " ")
		if err != nil {
			return err
		}
		return os.WriteFile(predictions, b, 0o644)
	}
	return nil
}
