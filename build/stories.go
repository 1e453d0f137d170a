package main

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	"lecteur/app/corpus"
	"lecteur/app/ingest"
	"lecteur/app/pool"
	"lecteur/app/site"
	"lecteur/app/story"
)

// findStories finds the versions of one story among arts (app/story,
// through the ingest functions the browser runs on a reader's own files)
// and returns the stories and every article's sketch, in the order of
// arts. Sketching is per article: GOMAXPROCS workers share it; grouping
// compares only the pairs LSH finds, so the stage grows with the corpus,
// not with its square.
func findStories(arts []corpus.Article) ([]site.Story, []story.Sketch) {
	sketches := make([]story.Sketch, len(arts))
	pool.Each(len(arts), 0, func(i int) { sketches[i] = ingest.Sketch(&arts[i]) }, nil)
	sums := make([]site.Summary, len(arts))
	for i := range arts {
		sums[i] = site.Summary{ID: arts[i].ID, Date: arts[i].Date}
	}
	return ingest.Stories(sums, sketches), sketches
}

// storyDiffBytes is the target size of a file of story differences: a
// compare page loads one, with the differences of its story and of the
// stories next to it.
const storyDiffBytes = 64 << 10

// storyDiffs works out the differences and sentence matrix of every story
// (ingest.StoryDiffs, in parallel) and packs them into files of about
// storyDiffBytes, setting each story's Diffs to its file's number + 1.
// Stories grow the work with their versions, not the corpus: a story of
// n ≤ site.AllPairsUpTo versions has n(n-1)/2 pairs, a bigger one n-1.
func storyDiffs(arts []corpus.Article, stories []site.Story) ([][]byte, error) {
	at := make(map[string]int, len(arts))
	for i := range arts {
		at[arts[i].ID] = i
	}
	enc := make([][]byte, len(stories))
	errs := make([]error, len(stories))
	pool.Each(len(stories), 0, func(k int) {
		st := &stories[k]
		texts := make([]*site.Text, len(st.Articles))
		dates := make([]string, len(st.Articles))
		for v, id := range st.Articles {
			a := &arts[at[id]]
			t := ingest.Text(a, nil)
			texts[v], dates[v] = &t, a.Date
		}
		enc[k], errs[k] = site.EncodeStoryDiffs([]site.StoryDiffs{ingest.StoryDiffs(st, texts, dates)})
	}, nil)
	// A file of stories is their count then each one as encoded alone
	// (after its count of 1).
	var files [][]byte
	var cur [][]byte
	size := 0
	flush := func() {
		if len(cur) > 0 {
			b := binary.AppendUvarint(nil, uint64(len(cur)))
			for _, e := range cur {
				b = append(b, e[1:]...)
			}
			files = append(files, b)
		}
		cur, size = nil, 0
	}
	for k := range stories {
		if errs[k] != nil {
			return nil, fmt.Errorf("story %s: %w", stories[k].ID, errs[k])
		}
		if size+len(enc[k]) > storyDiffBytes {
			flush()
		}
		cur = append(cur, enc[k])
		size += len(enc[k])
		stories[k].Diffs = len(files) + 1
	}
	flush()
	return files, nil
}

// storyIDs returns the ids of the stories of a catalog file, for their
// pages.
func storyIDs(catalog []byte) ([]string, error) {
	var cat struct {
		Stories []struct {
			ID string `json:"id"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(catalog, &cat); err != nil {
		return nil, fmt.Errorf("read the catalog's stories: %w", err)
	}
	ids := make([]string, len(cat.Stories))
	for i, s := range cat.Stories {
		ids[i] = s.ID
	}
	return ids, nil
}
