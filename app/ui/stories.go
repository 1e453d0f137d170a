package ui

import "lecteur/app/site"

// card is one entry of an article list: an article, and the other
// versions of its story that the list would have shown after it, folded
// into the card ("also in N other versions").
type card struct {
	first  int   // the article shown, a catalog index
	others []int // the other versions listed, catalog indexes, in list order
}

// foldStories turns a list of articles (catalog indexes, in order) into
// cards: the first article of each story carries the story's other
// listed versions, which do not show again. With all set, or for an
// article in no story, each article is its own card.
func foldStories(arts []site.Summary, shown []int, all bool) []card {
	cards := make([]card, 0, len(shown))
	at := map[string]int{} // story id → its card
	for _, i := range shown {
		s := arts[i].Story
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

// versionSources names the sources of the articles idx, each once, in
// order; an article without a source counts under its title.
func versionSources(arts []site.Summary, idx []int) []string {
	seen := map[string]bool{}
	var out []string
	for _, i := range idx {
		s := arts[i].Source
		if s == "" {
			s = arts[i].Title
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
