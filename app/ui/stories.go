package ui

import (
	"lecteur/app/site"
	"lecteur/app/ui/resultrows"
)

// card is one entry of an article list: an article, and the other
// versions of its story that the list would have shown after it, folded
// into the card ("also in N other versions"); resultrows.FoldStories makes
// the cards of a list.
type card = resultrows.Card

// storiesOf returns the story id of each article of shown (catalog
// indexes).
func storiesOf(arts []site.Summary, shown []int) []string {
	out := make([]string, len(shown))
	for k, i := range shown {
		out[k] = arts[i].Story
	}
	return out
}

// storyOf returns the story article id is a version of in cat, or nil.
func storyOf(cat *site.Catalog, id string) *site.Story {
	if cat == nil {
		return nil
	}
	for i := range cat.Stories {
		for _, a := range cat.Stories[i].Articles {
			if a == id {
				return &cat.Stories[i]
			}
		}
	}
	return nil
}

// version is another version of a story and how much text it shares
// with the one read, in percent (Story.Pair).
type version struct {
	ID                  string
	Shared, Resemblance int
}

// otherVersions returns the versions of st other than id, in the story's
// order (earliest first), with their similarity to id.
func otherVersions(st *site.Story, id string) []version {
	if st == nil {
		return nil
	}
	var out []version
	for _, a := range st.Articles {
		if a == id {
			continue
		}
		sh, re, ok := st.Pair(id, a)
		if ok {
			out = append(out, version{ID: a, Shared: sh, Resemblance: re})
		}
	}
	return out
}
