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
// order; an article without a source counts under its title.
func versionSources(arts []*site.Summary) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range arts {
		s := a.Source
		if s == "" {
			s = a.Title
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
