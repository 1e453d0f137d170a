// Command nertrain trains the entity model that app/entity embeds
// (app/entity/data/model.bin) from annotated French news.
//
//	go run ./build/nertrain -corpus /work/shared/ner-train -out app/entity/data/model.bin
//
// The corpus folder holds "*.bio" (Europeana Newspapers) and "*.tsv"
// (HIPE: NewsEye) files; its README names their sources and licences,
// which app/entity/data/NOTICE.md repeats. The corpus itself is never
// committed, only the weights. Training is deterministic for a given
// corpus and -seed.
package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"lecteur/app/entity"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	corpus := flag.String("corpus", "", "folder of training files (required)")
	out := flag.String("out", "app/entity/data/model.bin", "model file to write")
	epochs := flag.Int("epochs", 10, "training epochs")
	maxFeatures := flag.Int("max-features", 120000, "features kept at most (the largest weights)")
	minCount := flag.Int("min-count", 2, "features seen fewer times are dropped")
	noLists := flag.Bool("no-lists", false, "leave out the word-list features (ablation)")
	noRules := flag.Bool("no-rules", false, "leave out the rule features (ablation)")
	seed := flag.Uint64("seed", 1, "shuffle seed")
	gold := flag.String("gold", "", "also train on this gold folder of real news (<slug>.txt, <slug>.gold), e.g. the tune part of /work/shared/goldsets/ner-fr")
	goldWeight := flag.Int("gold-weight", 5, "how many times each -gold article counts")
	fold := flag.String("fold", "", "k/n: leave out the k-th of n parts of -gold (cross-validation; the part's articles are those whose index mod n is k)")
	flag.Parse()
	if *corpus == "" {
		return errors.New("-corpus is required: the folder of training files (see app/entity/doc.go)")
	}
	start := time.Now()
	docs, report, err := entity.ReadTrainDir(*corpus)
	if err != nil {
		return err
	}
	for _, line := range report {
		log.Print(line)
	}
	if len(docs) == 0 {
		return fmt.Errorf("no training files (*.bio, *.tsv) in %s", *corpus)
	}
	var extra []entity.TrainDoc
	if *gold != "" {
		var k, n int
		if *fold != "" {
			if _, err := fmt.Sscanf(*fold, "%d/%d", &k, &n); err != nil || n < 2 || k < 0 || k >= n {
				return fmt.Errorf("-fold %q: want k/n with 0 <= k < n", *fold)
			}
		}
		i := -1
		gd, err := entity.ReadGoldDir(*gold, func(string) bool {
			i++
			return n > 0 && i%n == k
		})
		if err != nil {
			return err
		}
		log.Printf("%s: %d articles, each counted %d times", *gold, len(gd), *goldWeight)
		for w := 0; w < *goldWeight; w++ {
			extra = append(extra, gd...)
		}
	}
	m, err := entity.Train(docs, entity.TrainOptions{
		Epochs: *epochs, MaxFeatures: *maxFeatures, MinCount: *minCount,
		NoLists: *noLists, NoRules: *noRules, Seed: *seed, Extra: extra,
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
	w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	w.Write(b)
	w.Close()
	log.Printf("wrote %s: %s, %d bytes gzip, in %s", *out, m.Stats(), z.Len(), time.Since(start).Round(time.Second))
	return nil
}
