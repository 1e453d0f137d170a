package ingest

import (
	"cmp"
	"math"
	"slices"

	"lecteur/app/corpus"
	"lecteur/app/site"
	"lecteur/app/story"
)

// Sketch is what story grouping needs of an article: a sketch of its
// paragraphs (the title is left out: outlets rewrite headlines).
func Sketch(a *corpus.Article) story.Sketch { return story.NewSketch(a.Paragraphs) }

// Stories groups articles into the stories they are versions of
// (story.Group with story.DefaultParams): sums and sketches describe the
// same articles, in the same order. Stories are sorted by id.
func Stories(sums []site.Summary, sketches []story.Sketch) []site.Story {
	return siteStories(story.Group(sketches, story.DefaultParams), sums, sketches, len(sums))
}

// StoriesAdded groups a reader's added articles with the published ones
// (story.GroupAdded): published and publishedSketches are the catalog's
// articles and the sketches of site.SketchesFile, stories the catalog's
// stories, added and addedSketches the added articles. The published
// stories keep their ids, and their groups unless an added article joins
// them; it returns every story, published and new, sorted by id. A
// story's id is its smallest published article id, so adding never
// renames a published story.
func StoriesAdded(published []site.Summary, publishedSketches []story.Sketch, stories []site.Story, added []site.Summary, addedSketches []story.Sketch) []site.Story {
	sums := append(slices.Clip(published), added...)
	sketches := append(slices.Clip(publishedSketches), addedSketches...)
	at := make(map[string]int, len(published))
	for i, s := range published {
		at[s.ID] = i
	}
	var groups [][]int
	for _, st := range stories {
		var g []int
		for _, id := range st.Articles {
			if i, ok := at[id]; ok {
				g = append(g, i)
			}
		}
		if len(g) > 1 {
			slices.Sort(g)
			groups = append(groups, g)
		}
	}
	return siteStories(story.GroupAdded(sketches, len(published), groups, story.DefaultParams), sums, sketches, len(published))
}

// SetStories sets the Story and Versions of the summaries of the
// articles in stories, and clears them for the others.
func SetStories(sums []site.Summary, stories []site.Story) { site.SetStories(sums, stories) }

// siteStories turns groups of indexes into sums (the first published of
// them) into site stories.
func siteStories(groups [][]int, sums []site.Summary, sketches []story.Sketch, published int) []site.Story {
	out := make([]site.Story, 0, len(groups))
	for _, g := range groups {
		slices.SortFunc(g, func(a, b int) int { return byDate(&sums[a], &sums[b]) })
		st := site.Story{Articles: make([]string, len(g))}
		for k, i := range g {
			st.Articles[k] = sums[i].ID
			if i < published && (st.ID == "" || sums[i].ID < st.ID) {
				st.ID = sums[i].ID
			}
		}
		if st.ID == "" {
			st.ID = slices.Min(st.Articles)
		}
		for a := range g {
			for b := a + 1; b < len(g); b++ {
				s := story.Compare(&sketches[g[a]], &sketches[g[b]])
				st.Shared = append(st.Shared, percent(s.Containment))
				st.Resemblance = append(st.Resemblance, percent(s.Resemblance))
			}
		}
		out = append(out, st)
	}
	slices.SortFunc(out, func(a, b site.Story) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// byDate orders articles earliest first: full ISO dates by value, then
// the others (no date, or no year); then by id.
func byDate(a, b *site.Summary) int {
	da, db := fullDate(a.Date), fullDate(b.Date)
	switch {
	case da && !db:
		return -1
	case !da && db:
		return 1
	case da && db && a.Date != b.Date:
		return cmp.Compare(a.Date, b.Date)
	}
	return cmp.Compare(a.ID, b.ID)
}

func fullDate(d string) bool { return len(d) >= 4 && d[0] >= '0' && d[0] <= '9' }

func percent(x float64) int { return int(math.Round(100 * x)) }
