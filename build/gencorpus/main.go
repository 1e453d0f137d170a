// Command gencorpus writes a deterministic synthetic French corpus for
// benchmarks: N article files and a probes file of typo queries whose right
// article is known. With -versions, a share of the articles also comes in
// rewritten versions (trimmed, reordered, words changed, a paragraph or a
// quote added, updated), N files in all, and a stories file lists the
// groups of versions, for measuring story grouping. With -pages, it writes
// N copies of real saved web pages instead (each with a sentence of its
// own in its article, see writePages), to measure builds of HTML at scale.
//
//	go run ./build/gencorpus -n 1000 -out DIR [-seed 1] [-probes FILE] [-versions 0.1 [-stories FILE]]
//	go run ./build/gencorpus -n 10000 -out DIR -pages /work/gold/extraction-benchmark/html
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"lecteur/build/gencorpus/synth"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	n := flag.Int("n", 1000, "number of articles")
	out := flag.String("out", "", "folder to write the articles to (required)")
	seed := flag.Uint64("seed", 1, "random seed")
	probes := flag.String("probes", "", "probes file (default: DIR/../probes.json)")
	pages := flag.String("pages", "", "folder of saved .html pages to copy instead of writing synthetic articles")
	versions := flag.Float64("versions", 0, "share of the articles (0 to 0.25) that come in 1 to 4 rewritten versions each")
	stories := flag.String("stories", "", "with -versions, the file listing the groups of versions (default: DIR/../stories.json)")
	flag.Parse()
	if *out == "" {
		return errors.New("gencorpus: -out is required")
	}
	if *n <= 0 {
		return fmt.Errorf("gencorpus: -n must be positive, got %d", *n)
	}
	if *versions < 0 || *versions > 0.25 {
		return fmt.Errorf("gencorpus: -versions must be between 0 and 0.25, got %g", *versions)
	}
	if *probes == "" {
		*probes = filepath.Join(filepath.Dir(filepath.Clean(*out)), "probes.json")
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fmt.Errorf("gencorpus: %w", err)
	}
	if *pages != "" {
		if err := writePages(*pages, *n, *out); err != nil {
			return fmt.Errorf("gencorpus: %w", err)
		}
		return nil
	}
	arts, originals, groups, err := synth.WithVersions(*n, *versions, *seed)
	if err != nil {
		return fmt.Errorf("gencorpus: %w", err)
	}
	for _, a := range arts {
		name := filepath.Join(*out, a.ID+".txt")
		if err := os.WriteFile(name, []byte(a.Text()), 0o644); err != nil {
			return fmt.Errorf("gencorpus: write %s: %w", name, err)
		}
	}
	data, err := json.MarshalIndent(synth.Probes(originals, *seed), "", "  ")
	if err != nil {
		return fmt.Errorf("gencorpus: encode probes: %w", err)
	}
	if err := os.WriteFile(*probes, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("gencorpus: write %s: %w", *probes, err)
	}
	if *versions == 0 {
		return nil
	}
	if *stories == "" {
		*stories = filepath.Join(filepath.Dir(filepath.Clean(*out)), "stories.json")
	}
	data, err = json.MarshalIndent(map[string][][]string{"groups": groups}, "", "  ")
	if err != nil {
		return fmt.Errorf("gencorpus: encode stories: %w", err)
	}
	if err := os.WriteFile(*stories, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("gencorpus: write %s: %w", *stories, err)
	}
	return nil
}
