package ui

import "lecteur/app/site"

// card is one entry of an article list: an article, and the other
// versions of its story that the list would have shown after it, folded
// into the card ("also in N other versions").
type card struct {
	first  int   // the article shown
	others []int // the other versions listed, in list order
}

// foldStories turns a list of articles, given as the story id of each
// ("" for none), into cards of indexes in the list: the first article of
// each story carries the story's other listed versions, which do not show
// again. With all set, or for an article in no story, each article is
// its own card.
func foldStories(stories []string, all bool) []card {
	cards := make([]card, 0, len(stories))
	at := map[string]int{} // story id → its card
	for i, s := range stories {
		if all || s == "" {
			cards = append(cards, card{first: i})
			continue
		}
		if c, ok := at[s]; ok {
			cards[c].others = append(cards[c].others, i)
			continue
		}
		at[s] = len(cards)
		cards = append(cards, card{first: i})
	}
	return cards
}

// storiesOf returns the story id of each article of shown (catalog
// indexes).
func storiesOf(arts []site.Summary, shown []int) []string {
	out := make([]string, len(shown))
	for k, i := range shown {
		out[k] = arts[i].Story
	}
	return out
}

// versionSources names the sources of the articles idx, each once, in
// order; articles without a source are left out.
func versionSources(arts []*site.Summary) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range arts {
		s := a.Source
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
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
