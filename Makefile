# Lecteur. `make run` builds and serves the site; `make test` runs every test,
# end-to-end ones in headless Chromium included.
CORPUS ?= testdata/corpus
OUT    ?= _site
BASE   ?= /
PORT   ?= 8000
# PAGE_SIZE is how many articles (or entities) each page of the home list
# (and of the entities list) shows; empty for the build's default.
PAGE_SIZE ?= 100
GO     ?= go

.PHONY: build run test unit e2e bench bench-100k bench-build clean chromium fmt vet eval-extract eval-entities eval-cv eval-weights eval-combine eval-folds model linemodel line-cv

build:
	$(GO) run ./build -corpus "$(CORPUS)" -out "$(OUT)" -base "$(BASE)" $(if $(PAGE_SIZE),-page-size "$(PAGE_SIZE)")

run: build
	$(GO) run ./build/serve -dir "$(OUT)" -base "$(BASE)" -port $(PORT)

test: chromium vet
	$(GO) test -count=1 -timeout 30m ./...

unit: vet
	$(GO) test -count=1 -short ./...

# bench measures search in headless Chromium on the seed corpus and on
# synthetic corpora of BENCH_N articles, against MiniSearch, Fuse.js and
# Pagefind (npm, build/bench only, never in the site), and prints the tables
# of README's "Performance". `make bench BENCH_N=1000` for a quicker run;
# BENCH_FLAGS passes more flags (go run ./build/bench -h).
BENCH_N ?= 1000,10000
bench: chromium
	@test -d build/bench/node_modules/pagefind || npm ci --prefix build/bench --no-audit --no-fund
	$(GO) run ./build/bench -n "$(BENCH_N)" $(BENCH_FLAGS)

# bench-100k is the bench on 100,000 generated articles (about 300 MB of
# text), Lecteur and Pagefind only: MiniSearch and Fuse.js index in the
# page and take minutes at this size. It needs some GB of memory and of
# temporary disk, and a long while (the build of the site, then Pagefind's
# index); BENCH_FLAGS passes more flags (go run ./build/bench -h), e.g.
# "-json figures.json".
bench-100k: chromium
	@test -d build/bench/node_modules/pagefind || npm ci --prefix build/bench --no-audit --no-fund
	nice -n 10 $(GO) run ./build/bench -n 100000 -seeds "" -engines lecteur,pagefind -typed 40 -accuracy 200 -budget 90s $(BENCH_FLAGS)

# eval-extract measures the article reader on data kept out of the
# repository (README, "Measuring the reader" says how to get it):
# EXTRACT_BENCH, the Scrapinghub article-extraction benchmark (body F1 as its
# evaluate.py computes it), and EXTRACT_GOLD, the French gold set (tune/ and
# heldout/), per field. A folder that is absent is skipped with a message.
# EVAL_FLAGS passes more flags (-half heldout|both, -v).
EXTRACT_BENCH ?= /work/gold/extraction-benchmark
EXTRACT_GOLD  ?= /work/gold/extract-fr
eval-extract:
	$(GO) run ./build/evalextract -bench "$(EXTRACT_BENCH)" -gold "$(EXTRACT_GOLD)" $(EVAL_FLAGS)

# linemodel retrains the reader's line model, app/corpus/data/lines.bin
# (app/corpus/lines.go; README, "The line model"), on the pages whose
# article is known: LINE_GOLD, comma-separated folders of the French gold
# sets (every one of them a tune set now), and EXTRACT_BENCH. line-cv
# measures it first: 5 folds of sites, each read by a model trained on
# the others, against the rules alone. Folders that are absent are said
# and skipped.
LINE_GOLD ?= /work/gold/extract-fr/tune,/work/gold/extract-fr/heldout,/work/gold/extract-fr2/heldout
linemodel:
	nice -n 10 $(GO) run ./build/evalextract -bench "$(EXTRACT_BENCH)" -line-gold "$(LINE_GOLD)" -train-lines app/corpus/data/lines.bin
line-cv:
	nice -n 10 $(GO) run ./build/evalextract -bench "$(EXTRACT_BENCH)" -line-gold "$(LINE_GOLD)" -line-cv 5 $(EVAL_FLAGS)

# bench-build times the build of BUILD_N copies of the benchmark's saved
# pages (gencorpus -pages, each copy with sentences of its own), through
# empty caches and again with nothing changed, and profiles the first
# (README, "Caches"). /usr/bin/time -v (Debian package "time") adds CPU
# time to the build's own timings when it is there.
BUILD_N   ?= 10000
BUILD_TMP ?= /tmp/lecteur-bench-build
TIME      ?= $(shell test -x /usr/bin/time && echo /usr/bin/time -v)
bench-build:
	@test -f "$(EXTRACT_BENCH)/ground-truth.json" || { echo "bench-build: no benchmark pages in EXTRACT_BENCH=$(EXTRACT_BENCH) (README, \"Measuring the reader\")"; exit 1; }
	rm -rf "$(BUILD_TMP)" && mkdir -p "$(BUILD_TMP)"
	$(GO) run ./build/gencorpus -n $(BUILD_N) -out "$(BUILD_TMP)/corpus" -pages "$(EXTRACT_BENCH)/html"
	$(GO) build -o "$(BUILD_TMP)/lecteur-build" ./build
	$(TIME) "$(BUILD_TMP)/lecteur-build" -corpus "$(BUILD_TMP)/corpus" -out "$(BUILD_TMP)/site" -cache "$(BUILD_TMP)/cache" -cpuprofile "$(BUILD_TMP)/cold.prof"
	$(TIME) "$(BUILD_TMP)/lecteur-build" -corpus "$(BUILD_TMP)/corpus" -out "$(BUILD_TMP)/site" -cache "$(BUILD_TMP)/cache"
	@echo "profile of the cold build: go tool pprof -top -cum $(BUILD_TMP)/lecteur-build $(BUILD_TMP)/cold.prof"

# eval-entities scores the entity recogniser with the shipped model
# (app/entity, TestEval): the rules alone, with the corrections, the
# model alone and all together, on the seeds, our own articles, the
# articles we wrote to train the model (app/entity/testdata/train) and
# the parts of the real-news gold set under NER_FR: tune and train (for
# error analysis and thresholds, never trained on) and the held-out
# parts. SETS chooses the sets; GOLD=dir scores any gold folder instead
# (TestGold). Sets that are not there are said so and skipped.
NER_FR ?= /work/gold/ner-fr
SETS   ?= seeds,own,own-train,heldout3
eval-entities:
ifdef GOLD
	$(GO) test -count=1 -run 'TestGold$$' -v ./app/entity/ -gold "$(abspath $(GOLD))"
else
	$(GO) test -count=1 -run 'TestEval$$' -v ./app/entity/ -ner-fr "$(abspath $(NER_FR))" -sets "$(SETS)" $(if $(CV),-cv "$(abspath $(CV))")
endif

# eval-cv scores the recogniser on our training articles (NER_GOLD) by
# 3-fold cross-validation: the articles, in name order, go to fold
# i mod 3; each fold is scored with a model trained by the shipped
# recipe on NER_TRAIN and the other two folds. CV_DIR keeps the folds
# and their models; a changed rule is re-scored with
# make eval-entities SETS=own-train-cv CV=$(CV_DIR), without retraining.
CV_DIR ?= /tmp/lecteur-ner-cv
eval-cv:
	rm -rf "$(CV_DIR)" && mkdir -p "$(CV_DIR)"
	$(GO) build -o "$(CV_DIR)/nertrain" ./build/nertrain
	i=0; for f in $$(ls "$(NER_GOLD)"/*.txt | sort); do \
		for k in 0 1 2; do \
			if [ $$((i % 3)) = $$k ]; then d="$(CV_DIR)/fold$$k/test"; else d="$(CV_DIR)/fold$$k/train"; fi; \
			mkdir -p "$$d" && cp "$$f" "$${f%.txt}.gold" "$$d/"; \
		done; i=$$((i + 1)); \
	done
	for k in 0 1 2; do nice -n 10 "$(CV_DIR)/nertrain" -corpus "$(NER_TRAIN)" -gold "$(CV_DIR)/fold$$k/train" -out "$(CV_DIR)/fold$$k.bin" || exit 1; done
	$(MAKE) eval-entities SETS=own-train-cv CV="$(CV_DIR)"

# eval-weights compares training recipes by leave-set-out over the
# real-news tune sets (LSO_SETS under NER_FR; TestWeights): each recipe
# of RECIPES (name:nertrain flags, "+" for a space) trains a model into
# WEIGHTS_DIR, each model is scored on every set, and a recipe is chosen
# by the mean over the sets, never by one; the leave-set-out lines say
# what that choice is worth on a set it did not see. Add -seed+N
# variants to see the noise. Rules' changes move the ranking: rerun it
# after them.
WEIGHTS_DIR ?= /tmp/lecteur-ner-weights
LSO_SETS    ?= heldout3,heldout4,heldout5,heldout6
RECIPES     ?= shipped: shipped-seed2:-seed+2 gold3:-weights+gold=3 gold8:-weights+gold=8 \
	epochs15:-epochs+15 min-count3:-min-count+3 runs:-no-runs=false runs-context:-no-runs=false+-no-context=false
eval-weights:
	mkdir -p "$(WEIGHTS_DIR)" && rm -f "$(WEIGHTS_DIR)"/*.bin
	$(GO) build -o "$(WEIGHTS_DIR)/nertrain" ./build/nertrain
	for r in $(RECIPES); do \
		nice -n 10 "$(WEIGHTS_DIR)/nertrain" -corpus "$(NER_TRAIN)" -gold "$(NER_GOLD)" -out "$(WEIGHTS_DIR)/$${r%%:*}.bin" $$(echo "$${r#*:}" | tr + ' ') || exit 1; \
	done
	$(GO) test -count=1 -run 'TestWeights$$' -v ./app/entity/ -ner-fr "$(abspath $(NER_FR))" -lso-sets "$(LSO_SETS)" -models "$(abspath $(WEIGHTS_DIR))"

# eval-combine chooses combine's and correct's thresholds with the
# model by leave-set-out over the real-news tune sets (TestCombine):
# every model of COMBINE_MODELS (a folder of <recipe>-s<seed>.bin, the
# seeds of a recipe averaged; the embedded model when empty) is scored
# with every setting of GRID (knob=v1/v2;...) on each set of
# COMBINE_SETS, and the setting best on the others is scored on each
# set left out. EN_SETS under NER_EN are scored, never chosen on.
NER_EN        ?= /work/gold/ner-en
COMBINE_SETS  ?= heldout3,heldout4,heldout5,heldout6,heldout7
COMBINE_MODELS ?=
EN_SETS       ?= own-en,heldout1
GRID          ?= trustScale=0.5/1/2;orgFloor=0/0.4
eval-combine:
	nice -n 10 $(GO) test -count=1 -timeout 60m -run 'TestCombine$$' -v ./app/entity/ -ner-fr "$(abspath $(NER_FR))" -lso-sets "$(COMBINE_SETS)" -ner-en "$(abspath $(NER_EN))" -en-sets "$(EN_SETS)" -grid "$(GRID)" $(if $(COMBINE_MODELS),-models "$(abspath $(COMBINE_MODELS))")

# eval-folds measures training on the real-news tune sets themselves
# (nertrain -silver: their gold lines projected onto the words), by
# leave-set-out (TestFolds): for each set of FOLD_SETS (French, under
# NER_FR) and FOLD_EN (English, under NER_EN), a model of each recipe
# of FOLD_RECIPES (name:nertrain flags, "+" for a space) is trained on
# the shipped recipe's data and every other tune set, and reads the set
# left out; the embedded model, trained on none, is the baseline.
# FOLD_GRID (knob=v1/v2;..., as GRID) also re-chooses combine's settings
# within each fold, on the other sets.
FOLD_GRID    ?=
FOLDS_DIR    ?= /tmp/lecteur-ner-folds
FOLD_SETS    ?= heldout3,heldout4,heldout5,heldout6,heldout7,heldout8,heldout9
FOLD_EN      ?= heldout1,heldout2,heldout3
FOLD_RECIPES ?= silver5:-weights+gold=5,silver=5
eval-folds:
	mkdir -p "$(FOLDS_DIR)"
	$(GO) build -o "$(FOLDS_DIR)/nertrain" ./build/nertrain
	all="$$(for s in $$(echo $(FOLD_SETS) | tr , ' '); do echo "$(abspath $(NER_FR))/$$s"; done; for s in $$(echo $(FOLD_EN) | tr , ' '); do echo "$(abspath $(NER_EN))/$$s"; done)"; \
	for r in $(FOLD_RECIPES); do \
		mkdir -p "$(FOLDS_DIR)/$${r%%:*}"; \
		for d in $$all; do \
			k=$$(basename $$d); case $$d in "$(abspath $(NER_EN))"/*) k=en-$$k;; esac; \
			test -f "$(FOLDS_DIR)/$${r%%:*}/$$k.bin" && continue; \
			others=$$(echo "$$all" | grep -vx "$$d" | paste -sd, -); \
			nice -n 10 "$(FOLDS_DIR)/nertrain" -corpus "$(NER_TRAIN)" -gold "$(NER_GOLD)" -silver "$$others" -out "$(FOLDS_DIR)/$${r%%:*}/$$k.bin" $$(echo "$${r#*:}" | tr + ' ') || exit 1; \
		done; \
	done
	nice -n 10 $(GO) test -count=1 -timeout 60m -run 'TestFolds$$' -v ./app/entity/ -ner-fr "$(abspath $(NER_FR))" -lso-sets "$(FOLD_SETS)" -ner-en "$(abspath $(NER_EN))" -en-sets "$(FOLD_EN)" -folds "$(abspath $(FOLDS_DIR))" $(if $(FOLD_GRID),-grid "$(FOLD_GRID)")

# model retrains app/entity/data/model.bin with the shipped recipe
# (app/entity/doc.go, "The model"): NER_TRAIN is the folder of openly
# licensed corpora, never committed (its README.md and
# app/entity/data/NOTICE.md say where they come from), NER_GOLD the
# articles we wrote and annotated ourselves. A folder that is not there
# is said and skipped.
NER_TRAIN ?= /work/gold/ner-train
NER_GOLD  ?= app/entity/testdata/train
model:
	nice -n 10 $(GO) run ./build/nertrain -corpus "$(NER_TRAIN)" -gold "$(NER_GOLD)" -out app/entity/data/model.bin

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt would change:"; gofmt -l .; exit 1; }
	GOOS=js GOARCH=wasm $(GO) vet ./app/...

# chromium makes sure a headless Chromium is there for the end-to-end tests:
# installed with apt when running as root, otherwise it says what to install.
chromium:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1; then \
		exit 0; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Chromium for the end-to-end tests (apt-get install chromium)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "The end-to-end tests need Chromium. Install it with: sudo apt-get install chromium"; exit 1; \
	fi

clean:
	rm -rf "$(OUT)" bin
