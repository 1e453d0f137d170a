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
	m, err := entity.Train(docs, entity.TrainOptions{
		Epochs: *epochs, MaxFeatures: *maxFeatures, MinCount: *minCount,
		NoLists: *noLists, NoRules: *noRules, Seed: *seed,
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
