// Command nertrain trains the entity model that app/entity embeds
// (app/entity/data/model.bin) from annotated French news.
//
//	go run ./build/nertrain -corpus /work/gold/ner-train -gold app/entity/testdata/train -out app/entity/data/model.bin
//
// The corpus folder holds "*.bio" (Europeana Newspapers) and "*.tsv"
// (HIPE: NewsEye) files, one source per sub-folder; its README names
// their sources and licences, which app/entity/data/NOTICE.md repeats.
// The corpora are never committed, only the weights. The gold folders
// are news-style articles we wrote and annotated ourselves
// (app/entity/testdata/train): third-party press articles, such as the
// real-news gold set, are for evaluation only, never for training the
// shipped weights (-silver trains on them for experiments only: make
// eval-folds). A folder that is not there is said and skipped. The
// defaults are the shipped recipe
// (entity.ShippedOptions); training is deterministic for a given corpus
// and -seed.
package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"lecteur/app/entity"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	def := entity.ShippedOptions()
	corpus := flag.String("corpus", "", "folder of openly licensed training files (*.bio, *.tsv), one source per sub-folder; skipped when absent")
	out := flag.String("out", "app/entity/data/model.bin", "model file to write")
	epochs := flag.Int("epochs", def.Epochs, "training epochs")
	maxFeatures := flag.Int("max-features", def.MaxFeatures, "features kept at most (the largest weights)")
	minCount := flag.Int("min-count", def.MinCount, "features seen fewer times (weighted) are dropped")
	noLists := flag.Bool("no-lists", def.NoLists, "leave out the word-list features (ablation)")
	noRules := flag.Bool("no-rules", def.NoRules, "leave out the rule features (ablation)")
	noRuns := flag.Bool("no-runs", def.NoRuns, "leave out the features of the run of capitalised words a token is in (ablation)")
	noContext := flag.Bool("no-context", def.NoContext, "leave out the features of the article's other mentions of a word (ablation)")
	noLayout := flag.Bool("no-layout", def.NoLayout, "leave out the features of where a token stands: block length, title case, brackets, colon, place in its sentence (ablation)")
	seed := flag.Uint64("seed", def.Seed, "shuffle seed")
	soup := flag.Int("soup", def.Soup, "train this many models, with seeds -seed, -seed+1, ..., and average them into one")
	gold := flag.String("gold", "", "comma-separated gold folders (<slug>.txt, <slug>.gold) also trained on: articles we wrote ourselves, app/entity/testdata/train")
	silver := flag.String("silver", "", "comma-separated folders of real press articles with their gold lines (the real-news gold sets), projected onto the words and trained on as source \""+entity.SilverSource+"\": for experiments; the shipped weights are not trained on press text")
	weights := flag.String("weights", formatWeights(def.Weights), "source=weight,...: how much one document of each source counts (corpus sub-folders, \""+entity.GoldSource+"\" for the gold folders, \""+entity.SilverSource+"\" for the silver ones); 1 when not named")
	flag.Parse()
	if *corpus == "" && *gold == "" {
		return errors.New("-corpus or -gold is required: the folders of training files (see app/entity/doc.go)")
	}
	w, err := parseWeights(*weights)
	if err != nil {
		return err
	}
	start := time.Now()
	var docs []entity.TrainDoc
	if present(*corpus, "corpus") {
		cd, report, err := entity.ReadTrainDir(*corpus)
		if err != nil {
			return err
		}
		for _, line := range report {
			log.Print(line)
		}
		if len(cd) == 0 {
			log.Printf("%s: no training files (*.bio, *.tsv), skipped", *corpus)
		}
		docs = append(docs, cd...)
	}
	for _, dir := range strings.Split(*gold, ",") {
		if dir = strings.TrimSpace(dir); !present(dir, "gold") {
			continue
		}
		gd, err := entity.ReadGoldDir(dir)
		if err != nil {
			return err
		}
		log.Printf("%s: %d articles", dir, len(gd))
		docs = append(docs, gd...)
	}
	for _, dir := range strings.Split(*silver, ",") {
		if dir = strings.TrimSpace(dir); !present(dir, "silver") {
			continue
		}
		sd, err := entity.ReadSilverDir(dir)
		if err != nil {
			return err
		}
		spans := 0
		for _, d := range sd {
			spans += len(d.Spans)
		}
		log.Printf("%s: %d articles, %d mentions projected", dir, len(sd), spans)
		docs = append(docs, sd...)
	}
	if len(docs) == 0 {
		return errors.New("nothing to train on: no corpus files and no gold articles (see app/entity/doc.go, \"The model\")")
	}
	m, err := entity.Train(docs, entity.TrainOptions{
		Epochs: *epochs, MaxFeatures: *maxFeatures, MinCount: *minCount,
		NoLists: *noLists, NoRules: *noRules, NoRuns: *noRuns, NoContext: *noContext, NoLayout: *noLayout, Seed: *seed, Soup: *soup, Weights: w,
		Log: func(s string) { log.Print(s) },
	})
	if err != nil {
		return err
	}
	b := m.Encode()
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return err
	}
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	log.Printf("wrote %s: %s, %d bytes gzip, in %s", *out, m.Stats(), z.Len(), time.Since(start).Round(time.Second))
	return nil
}

// present reports whether a training folder is given and there; an absent
// one is said and skipped, so that the model can be retrained from what
// one has (the open corpora are never in the repository).
func present(dir, what string) bool {
	if dir == "" {
		return false
	}
	if _, err := os.Stat(dir); err != nil {
		log.Printf("%s folder %s is not there: skipped", what, dir)
		return false
	}
	return true
}

// parseWeights reads "source=weight,...".
func parseWeights(s string) (map[string]float64, error) {
	out := map[string]float64{}
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		name, v, ok := strings.Cut(part, "=")
		f, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil || f < 0 {
			return nil, fmt.Errorf("-weights: %q is not source=weight", part)
		}
		out[name] = f
	}
	return out, nil
}

func formatWeights(w map[string]float64) string {
	var parts []string
	for k, v := range w {
		parts = append(parts, fmt.Sprintf("%s=%g", k, v))
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}
